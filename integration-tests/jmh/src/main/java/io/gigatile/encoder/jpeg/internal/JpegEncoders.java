/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.jpeg.internal;

import io.gigatile.api.Encoder;

/**
 * Makes the JPEG encoder bundle's own encoder outside a framework: its plain constructor is package-private, so
 * this lives in its package (a split package is harmless on a class path).
 */
public final class JpegEncoders {

    private JpegEncoders() {
    }

    /**
     * @param quality default quality, 1 to 100
     * @return the encoder the server uses
     */
    public static Encoder withQuality(int quality) {
        return new JpegEncoder(quality);
    }
}
