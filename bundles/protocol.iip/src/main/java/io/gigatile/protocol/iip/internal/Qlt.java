/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import java.util.Locale;
import java.util.Set;

/**
 * QLT's value: {@code q} or, as iipsrv 1.3 reads it, {@code compression:q}, a TIFF compression and the quality that
 * goes to every encoder.
 *
 * @param compression lzw, deflate, jpeg, webp, zstd, none (any other name, as in iipsrv), or null when none is named
 * @param quality the quality
 */
record Qlt(String compression, int quality) {
    /** The compressions iipsrv 1.3's QLT names for TIFF output. */
    private static final Set<String> TIFF_COMPRESSIONS = Set.of("lzw", "deflate", "jpeg", "webp", "zstd");

    /**
     * @param value QLT's argument
     * @return it read
     * @throws io.gigatile.api.BadRequestException if the quality is not a natural number
     */
    static Qlt parse(String value) {
        int colon = value.indexOf(':');
        String compression = null;
        if (colon >= 0) {
            String name = value.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            compression = TIFF_COMPRESSIONS.contains(name) ? name : "none";
        }
        return new Qlt(compression, IipNumbers.natural("QLT", value.substring(colon + 1)));
    }
}
