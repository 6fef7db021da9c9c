/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Level;
import io.gigatile.api.Rect;

/** One resolution level of a TIFF: its geometry, where its tiles are, and how they decode. Immutable. */
final class TiffLevel {
    /** Smallest valid tile offset: the header comes first. */
    private static final long FIRST_DATA = 8;

    private final Level level;
    private final int bands;
    private final int photometric;
    private final UnsignedArray offsets;
    private final UnsignedArray byteCounts;
    private final long maxStored;
    private final TileCodec codec;

    /**
     * @param level the geometry
     * @param bands samples per pixel
     * @param photometric the TIFF photometric interpretation
     * @param offsets where each tile starts, row by row
     * @param byteCounts how long each tile is
     * @param maxStored the largest believable stored tile
     * @param codec how the tiles decode
     */
    TiffLevel(Level level, int bands, int photometric, UnsignedArray offsets, UnsignedArray byteCounts,
            long maxStored, TileCodec codec) {
        this.level = level;
        this.bands = bands;
        this.photometric = photometric;
        this.offsets = offsets;
        this.byteCounts = byteCounts;
        this.maxStored = maxStored;
        this.codec = codec;
    }

    Level level() {
        return level;
    }

    int bands() {
        return bands;
    }

    int photometric() {
        return photometric;
    }

    TileCodec codec() {
        return codec;
    }

    /**
     * @param file the TIFF
     * @param tileX tile column, inside the level
     * @param tileY tile row, inside the level
     * @return the tile's stored bytes
     * @throws DecodeFailureException if the tile index points nowhere sensible
     */
    byte[] stored(SharedFile file, int tileX, int tileY) {
        int index = tileY * level.tilesAcross() + tileX;
        long offset = offsets.get(index);
        long length = byteCounts.get(index);
        if (length <= 0) {
            throw new DecodeFailureException("a TIFF tile is empty");
        }
        if (length > maxStored) {
            throw new DecodeFailureException("a TIFF tile is too large");
        }
        if (offset < FIRST_DATA) {
            throw new DecodeFailureException("a TIFF tile offset is invalid");
        }
        return file.read(offset, (int) length);
    }

    /**
     * @param file the TIFF
     * @param tileX tile column
     * @param tileY tile row
     * @return the tile's samples, MinIsWhite turned into MinIsBlack
     */
    byte[] decode(SharedFile file, int tileX, int tileY) {
        Rect rect = level.tileRect(tileX, tileY);
        byte[] samples = codec.decode(stored(file, tileX, tileY), rect.width(), rect.height());
        if (photometric == Tag.PHOTOMETRIC_MIN_IS_WHITE) {
            // the samples come from a fresh read, so no one else sees them change
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (byte) ~samples[i];
            }
        }
        return samples;
    }
}
