/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The compressions this encoder writes, with iipsrv's TIFF_COMPRESSION code, QLT name, TIFF's tag value and the
 * range of the quality iipsrv gives each: a zlib level for deflate, a zstd level (iipsrv stops at 19), a quality
 * for JPEG and WebP. LZW and none take no level.
 */
enum TiffCompression {
    NONE(0, "none", 1, 0, 9),
    LZW(1, "lzw", 5, 0, 9),
    DEFLATE(2, "deflate", 8, 0, 9),
    /** libjpeg takes 0 as 1. */
    JPEG(3, "jpeg", 7, 1, 100),
    WEBP(4, "webp", 50001, 0, 100),
    ZSTD(5, "zstd", 50000, 0, 19);

    private final int code;
    private final String label;
    private final int tag;
    private final int minLevel;
    private final int maxLevel;

    TiffCompression(int code, String label, int tag, int minLevel, int maxLevel) {
        this.code = code;
        this.label = label;
        this.tag = tag;
        this.minLevel = minLevel;
        this.maxLevel = maxLevel;
    }

    /** @return the value of TIFF's Compression tag */
    int tag() {
        return tag;
    }

    /** @return the name a request gives it, as in IIP's QLT */
    String label() {
        return label;
    }

    /**
     * @param quality a request's or the configured quality, 0 or more
     * @return it within this compression's range, as iipsrv clamps it
     */
    int level(int quality) {
        return Math.max(minLevel, Math.min(maxLevel, quality));
    }

    /** @return whether each strip is a picture of its own, written by an image encoder (8-bit samples only) */
    boolean isImage() {
        return this == JPEG || this == WEBP;
    }

    /**
     * @param code iipsrv's TIFF_COMPRESSION code
     * @return the compression, or empty for a code iipsrv does not know
     */
    static Optional<TiffCompression> ofCode(int code) {
        for (TiffCompression c : values()) {
            if (c.code == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a compression's name, as IIP's QLT gives it ({@code deflate} in {@code QLT=deflate:6})
     * @return the compression, or empty for a name iipsrv does not know
     */
    static Optional<TiffCompression> ofName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (TiffCompression c : values()) {
            if (c.label.equals(n)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
