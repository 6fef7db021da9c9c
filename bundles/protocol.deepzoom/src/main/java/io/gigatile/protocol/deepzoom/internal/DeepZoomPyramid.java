/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.deepzoom.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.protocol.PowerOfTwoTiles;
import java.util.Locale;

/**
 * An image's DeepZoom pyramid. Level {@code maxLevel = ceil(log2(max(width, height)))} is the full
 * resolution and each level below halves it, rounding up, down to 1x1 pixel at level 0; tiles are squares of
 * the full resolution's tile width, numbered from the top left. Level {@code maxLevel - i} is stored level
 * {@code i} where the image has one of that size, as in iipsrv; the levels below the smallest stored one are
 * scaled from the stored levels.
 */
final class DeepZoomPyramid {
    private final ImageInfo info;
    private final int tileSize;
    private final int maxLevel;
    private final PowerOfTwoTiles mapping;

    /**
     * @param info the image
     */
    DeepZoomPyramid(ImageInfo info) {
        this.info = info;
        this.tileSize = info.levels().get(0).tileWidth();
        this.maxLevel = maxLevel(Math.max(info.width(), info.height()));
        this.mapping = new PowerOfTwoTiles(info, tileSize);
    }

    /**
     * iipsrv's {@code ceil(log2(max))}, in integers so that powers of two are exact.
     *
     * @param longest the longer side of the image
     * @return the level of the full resolution
     */
    static int maxLevel(int longest) {
        return longest <= 1 ? 0 : Integer.SIZE - Integer.numberOfLeadingZeros(longest - 1);
    }

    int maxLevel() {
        return maxLevel;
    }

    int tileSize() {
        return tileSize;
    }

    /**
     * @param level a level from 0 to {@link #maxLevel()}
     * @return its width: the full width divided by {@code 2^(maxLevel - level)}, rounded up
     */
    int width(int level) {
        return halved(info.width(), maxLevel - level);
    }

    /**
     * @param level a level from 0 to {@link #maxLevel()}
     * @return its height, rounded up like the width
     */
    int height(int level) {
        return halved(info.height(), maxLevel - level);
    }

    int columns(int level) {
        return (int) (((long) width(level) + tileSize - 1) / tileSize);
    }

    int rows(int level) {
        return (int) (((long) height(level) + tileSize - 1) / tileSize);
    }

    /**
     * @param level the DeepZoom level
     * @param column the tile column
     * @param row the tile row
     * @return what to ask the engine for
     * @throws BadRequestException if the level or the tile does not exist
     */
    PowerOfTwoTiles.Target tile(int level, int column, int row) {
        if (level > maxLevel) {
            throw new BadRequestException("DeepZoom levels of this image go from 0 to " + maxLevel);
        }
        if (column >= columns(level) || row >= rows(level)) {
            throw new BadRequestException("DeepZoom level " + level + " has " + columns(level) + "x" + rows(level)
                    + " tiles");
        }
        long x = (long) column * tileSize;
        long y = (long) row * tileSize;
        return mapping.target(maxLevel - level, column, row, (int) Math.min(tileSize, width(level) - x),
                (int) Math.min(tileSize, height(level) - y));
    }

    /** @return the descriptor, byte for byte as iipsrv 1.2 and later write it */
    String descriptor() {
        return String.format(Locale.ROOT, "<Image xmlns=\"http://schemas.microsoft.com/deepzoom/2008\" "
                + "TileSize=\"%d\" Overlap=\"0\" Format=\"jpg\"><Size Width=\"%d\" Height=\"%d\"/></Image>",
                tileSize, info.width(), info.height());
    }

    private static int halved(int side, int shift) {
        return (int) (((long) side + (1L << shift) - 1) >> shift);
    }
}
