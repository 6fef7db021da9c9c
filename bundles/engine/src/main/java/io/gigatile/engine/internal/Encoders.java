/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Encoder;
import io.gigatile.api.Raster;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.EncoderFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** The Encoder services by output format, the best-ranked one for each format. */
final class Encoders {

    /**
     * The encoder chosen for a format.
     *
     * @param encoder the service
     * @param mediaType the media type it writes
     */
    record Chosen(Encoder encoder, String mediaType) {

        /**
         * @param raster the pixels
         * @param options quality and embedded profiles
         * @return the encoded image
         */
        byte[] encode(Raster raster, EncodeOptions options) {
            long guess = (long) raster.width() * raster.height() * raster.bands() / 8;
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(1 << 20, Math.max(1024, guess)));
            try {
                encoder.encode(raster, options, out);
            } catch (IOException e) {
                throw new DecodeFailureException("image could not be encoded", e);
            }
            return out.toByteArray();
        }
    }

    private final Ranked<Encoder> encoders = new Ranked<>();

    void add(Encoder encoder, Map<String, Object> properties) {
        encoders.add(encoder, properties);
    }

    void remove(Encoder encoder) {
        encoders.remove(encoder);
    }

    /**
     * @param format an output format name
     * @return the encoder for it, if one is present
     */
    Optional<Chosen> find(String format) {
        return encoders.firstWith(EncoderFormat.FORMAT, format).map(e -> new Chosen(e.service(),
                e.strings(EncoderFormat.MEDIATYPE).stream().findFirst().orElse("application/octet-stream")));
    }

    /**
     * @param format an output format name
     * @return the encoder for it
     * @throws UnsupportedFormatException (a feature) if none is present
     */
    Chosen require(String format) {
        return find(format).orElseThrow(() -> new UnsupportedFormatException("output format not supported", true));
    }
}
