/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;

/**
 * Where a directory's blocks (tiles or strips, plane after plane) lie in the file, and their stored bytes.
 * Immutable; every offset and length is checked before anything is read.
 */
final class BlockIndex {
    /** Smallest valid block offset: the header comes first. */
    private static final long FIRST_DATA = 8;

    private final SharedFile file;
    private final UnsignedArray offsets;
    private final UnsignedArray byteCounts;
    private final long maxStored;

    /**
     * @param file the TIFF
     * @param offsets where each block starts
     * @param byteCounts how long each block is
     * @param maxStored the largest believable stored block
     */
    BlockIndex(SharedFile file, UnsignedArray offsets, UnsignedArray byteCounts, long maxStored) {
        this.file = file;
        this.offsets = offsets;
        this.byteCounts = byteCounts;
        this.maxStored = maxStored;
    }

    SharedFile file() {
        return file;
    }

    /**
     * @param index the block's index
     * @return its stored bytes
     * @throws DecodeFailureException if the index points nowhere sensible
     */
    byte[] stored(int index) {
        long length = byteCounts.get(index);
        if (length > maxStored) {
            throw new DecodeFailureException("a TIFF tile is too large");
        }
        return part(index, 0, (int) length);
    }

    /**
     * @param index the block's index
     * @param skip bytes to skip from the block's start
     * @param length bytes wanted
     * @return those bytes of an uncompressed block
     * @throws DecodeFailureException if they lie outside the block or the file
     */
    byte[] part(int index, long skip, int length) {
        long offset = offsets.get(index);
        long stored = byteCounts.get(index);
        if (stored <= 0) {
            throw new DecodeFailureException("a TIFF tile is empty");
        }
        if (offset < FIRST_DATA) {
            throw new DecodeFailureException("a TIFF tile offset is invalid");
        }
        if (skip + length > stored) {
            throw new DecodeFailureException("an uncompressed TIFF strip is too short");
        }
        return file.read(offset + skip, length);
    }
}
