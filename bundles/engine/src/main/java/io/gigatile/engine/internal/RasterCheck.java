/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;

/**
 * What a decoder returns is checked against what was asked before any pixel is used: a third-party decoder that
 * answers with no raster or one of another size fails its image with a clear message, where the copy that
 * composes the output would otherwise fail somewhere deep with an index out of bounds.
 */
final class RasterCheck {
    private static final String WRONG = "the image's decoder returned pixels that do not fit the image";

    private RasterCheck() {
    }

    /**
     * @return the tile, if it has the size the SPI promises: the tile size, cut at the level's edge
     * @throws DecodeFailureException otherwise
     */
    static Raster tile(Raster tile, ImageInfo info, int level, int tileX, int tileY) {
        if (tile == null || level < 0 || level >= info.levels().size()) {
            throw new DecodeFailureException(WRONG);
        }
        Level l = info.levels().get(level);
        long x = (long) tileX * l.tileWidth();
        long y = (long) tileY * l.tileHeight();
        long width = Math.min(l.tileWidth(), l.width() - x);
        long height = Math.min(l.tileHeight(), l.height() - y);
        if (tile.width() != width || tile.height() != height) {
            throw new DecodeFailureException(WRONG);
        }
        return tile;
    }

    /**
     * @return the raster, if it has the region's size
     * @throws DecodeFailureException otherwise
     */
    static Raster region(Raster raster, Rect region) {
        if (raster == null || raster.width() != region.width() || raster.height() != region.height()) {
            throw new DecodeFailureException(WRONG);
        }
        return raster;
    }
}
