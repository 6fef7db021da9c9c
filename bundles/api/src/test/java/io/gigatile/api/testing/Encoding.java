/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.testing;

import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Encoder;
import io.gigatile.api.Raster;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Helpers for encoder tests: encoding to bytes, and reading the bytes back with the JDK's ImageIO, an
 * implementation independent of the encoders under test.
 *
 * @since 1.0
 */
public final class Encoding {

    private Encoding() {
    }

    /**
     * @param encoder the encoder under test
     * @param raster what to encode
     * @param options how
     * @return the encoded bytes
     */
    public static byte[] encode(Encoder encoder, Raster raster, EncodeOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            encoder.encode(raster, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * @param quality the quality or compression level to ask for
     * @return options with only that set
     */
    public static EncodeOptions quality(int quality) {
        return new EncodeOptions(quality, null, null);
    }

    /**
     * @param encoded an image file in a format the JDK reads (JPEG, PNG)
     * @return the decoded image
     * @throws AssertionError if ImageIO cannot read it
     */
    public static BufferedImage decode(byte[] encoded) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(encoded));
            if (image == null) {
                throw new AssertionError("ImageIO cannot read the encoded bytes");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
