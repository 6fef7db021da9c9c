/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import java.util.Locale;
import java.util.Optional;

/** The compressions this encoder writes, with iipsrv's TIFF_COMPRESSION code, QLT name and TIFF's tag value. */
enum TiffCompression {
    NONE(0, "none", 1),
    LZW(1, "lzw", 5),
    DEFLATE(2, "deflate", 8);

    private final int code;
    private final String label;
    private final int tag;

    TiffCompression(int code, String label, int tag) {
        this.code = code;
        this.label = label;
        this.tag = tag;
    }

    /** @return the value of TIFF's Compression tag */
    int tag() {
        return tag;
    }

    /**
     * @param code iipsrv's TIFF_COMPRESSION code
     * @return the compression, or empty for one this encoder does not write (3 JPEG, 4 WebP, 5 Zstandard)
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
     * @return the compression, or empty for one this encoder does not write
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
