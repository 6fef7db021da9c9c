/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import io.gigatile.api.Encoder;

/**
 * The codecs one export may use besides the JDK's: the server's JPEG and WebP encoders, bound and unbound while
 * the TIFF encoder runs, and libzstd where it loaded. Taken once per export, so that a strip never finds the
 * codec its first strip had gone.
 *
 * @param jpeg the JPEG encoder, or null
 * @param webp the WebP encoder, or null
 * @param zstd libzstd, or null
 */
record TiffCodecs(Encoder jpeg, Encoder webp, ZstdCodec zstd) {
    /** None but the JDK's. */
    static final TiffCodecs NONE = new TiffCodecs(null, null, null);

    /** @return whether this compression can be written with these codecs */
    boolean has(TiffCompression compression) {
        return switch (compression) {
            case JPEG -> jpeg != null;
            case WEBP -> webp != null;
            case ZSTD -> zstd != null;
            default -> true;
        };
    }

    /** @return the encoder writing this compression's strips, JPEG or WebP */
    Encoder imageEncoder(TiffCompression compression) {
        return compression == TiffCompression.JPEG ? jpeg : webp;
    }
}
