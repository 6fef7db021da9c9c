/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Encoder;
import io.gigatile.api.Raster;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.EncoderFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Formats (lower case) whose encoders left and that no encoder present writes: unavailable, not unknown. */
    private final Set<String> departed = ConcurrentHashMap.newKeySet();

    synchronized void add(Encoder encoder, Map<String, Object> properties) {
        List<String> before = formatsOf(encoder);
        encoders.add(encoder, properties);
        leave(before);
        formatsOf(encoder).forEach(f -> departed.remove(f.toLowerCase(Locale.ROOT)));
    }

    synchronized void remove(Encoder encoder) {
        List<String> formats = formatsOf(encoder);
        encoders.remove(encoder);
        leave(formats);
    }

    private void leave(List<String> formats) {
        for (String format : formats) {
            if (find(format).isEmpty()) {
                departed.add(format.toLowerCase(Locale.ROOT));
            }
        }
    }

    private List<String> formatsOf(Encoder encoder) {
        for (Ranked.Entry<Encoder> e : encoders.entries()) {
            if (e.service() == encoder) {
                return e.strings(EncoderFormat.FORMAT);
            }
        }
        return List.of();
    }

    /**
     * @param format an output format name
     * @return whether an encoder writes it, or wrote it and may come back (a bundle being updated or restarted)
     */
    boolean knows(String format) {
        return find(format).isPresent() || departed.contains(format.toLowerCase(Locale.ROOT));
    }

    /**
     * @param format an output format name
     * @return the encoder for it, if one is present
     */
    Optional<Chosen> find(String format) {
        return encoders.firstWith(EncoderFormat.FORMAT, format).map(e -> new Chosen(e.service(),
                e.firstString(EncoderFormat.MEDIATYPE).orElse("application/octet-stream")));
    }

    /**
     * @param format an output format name
     * @return the encoder for it
     * @throws UnsupportedFormatException (a feature) if none is present and none ever was
     * @throws SourceUnavailableException if the format's encoder went away
     */
    Chosen require(String format) {
        Optional<Chosen> chosen = find(format);
        if (chosen.isEmpty() && departed.contains(format.toLowerCase(Locale.ROOT))) {
            throw new SourceUnavailableException("the encoder of this output format is not available", null);
        }
        return chosen.orElseThrow(() -> new UnsupportedFormatException("output format not supported", true));
    }
}
