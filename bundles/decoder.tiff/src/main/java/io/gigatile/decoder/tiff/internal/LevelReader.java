/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;

/**
 * One resolution level as a source serves it: stored tiles, tiles cut from strips, or a lower resolution made
 * on the fly. Immutable and safe for concurrent use; every read decodes on the calling thread.
 */
interface LevelReader {
    /** The most bytes of samples one read may produce or decode at once: a bound whatever the image's size. */
    long MAX_READ_BYTES = 256L << 20;

    /** @return the geometry, with the tile size the level is served in */
    Level level();

    /** @return the raster format of every read */
    PixelFormat format();

    /**
     * @param tileX tile column
     * @param tileY tile row
     * @return the tile, cut at the level's edges
     * @throws BadRequestException if the tile lies outside the level
     * @throws DecodeFailureException if the file is corrupt
     */
    Raster tile(int tileX, int tileY);

    /**
     * @param region a rectangle inside the level
     * @return its pixels
     * @throws LimitExceededException if the rectangle, or what must be decoded for it, exceeds {@link #MAX_READ_BYTES}
     */
    Raster region(Rect region);

    /** @return rows that are cheapest to read together: a tile's height, or a strip's */
    int bandHeight();

    /**
     * @param bytes bytes a read would hold
     * @throws LimitExceededException when they exceed {@link #MAX_READ_BYTES}
     */
    static void checkReadSize(long bytes) {
        if (bytes > MAX_READ_BYTES) {
            throw new LimitExceededException("the TIFF read would exceed " + (MAX_READ_BYTES >> 20) + " MB");
        }
    }
}
