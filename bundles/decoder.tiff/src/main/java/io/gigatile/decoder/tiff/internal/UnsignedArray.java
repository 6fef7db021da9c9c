/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import java.nio.ByteBuffer;

/**
 * Unsigned integers of one TIFF field as stored (1, 2, 4 or 8 bytes each), read on access: a large tile index
 * then takes 4 bytes per tile in a classic TIFF instead of 8. Read-only and safe to share: only absolute gets.
 */
final class UnsignedArray {
    private final ByteBuffer values;
    private final int size;

    UnsignedArray(ByteBuffer values, int size) {
        this.values = values;
        this.size = size;
    }

    /** @return the number of values */
    int length() {
        return values.capacity() / size;
    }

    /**
     * @param index from 0
     * @return the value; one of 8 bytes above 2^63 comes back negative, which every caller rejects as out of
     *         range
     */
    long get(int index) {
        int at = index * size;
        return switch (size) {
            case 1 -> values.get(at) & 0xffL;
            case 2 -> values.getShort(at) & 0xffffL;
            case 4 -> values.getInt(at) & 0xffffffffL;
            default -> values.getLong(at);
        };
    }
}
