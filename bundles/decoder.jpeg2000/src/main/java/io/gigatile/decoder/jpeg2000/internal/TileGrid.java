/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import io.gigatile.api.Rect;
import io.gigatile.jp2.codestream.Jp2Header;
import java.util.ArrayList;
import java.util.List;

/**
 * The codestream's tiles as they fall on a resolution: a tile spans {@code [ceil(a / 2^r), ceil(b / 2^r))} of the
 * reference grid's {@code [a, b)} (ISO 15444-1 B.3, B.5), counted here from the image's corner at that resolution.
 */
final class TileGrid {
    private final Jp2Header header;
    private final int across;
    private final int down;

    TileGrid(Jp2Header header) {
        this.header = header;
        across = header.tilesAcross();
        down = header.tilesDown();
    }

    /** @return the number of tiles */
    int tiles() {
        return across * down;
    }

    /** @return the number of tile columns */
    int across() {
        return across;
    }

    /**
     * One tile at a resolution.
     *
     * @param column tile column
     * @param row tile row
     * @param rect where it lies at the resolution, from the image's corner; never empty
     */
    record Tile(int column, int row, Rect rect) {
    }

    /**
     * @param reduction how many times the resolution is halved from full
     * @param region a rectangle of that resolution
     * @return the tiles that hold some of the region and some pixels at that resolution, row by row
     */
    List<Tile> covering(int reduction, Rect region) {
        long ox = ceilShift(header.x0(), reduction);
        long oy = ceilShift(header.y0(), reduction);
        int firstColumn = index(region.x() + ox, reduction, header.tileX0(), header.tileWidth(), across);
        int lastColumn = index(region.right() - 1 + ox, reduction, header.tileX0(), header.tileWidth(), across);
        int firstRow = index(region.y() + oy, reduction, header.tileY0(), header.tileHeight(), down);
        int lastRow = index(region.bottom() - 1 + oy, reduction, header.tileY0(), header.tileHeight(), down);
        List<Tile> tiles = new ArrayList<>();
        for (int row = firstRow; row <= lastRow; row++) {
            long top = ceilShift(Math.max(header.tileY0() + (long) row * header.tileHeight(), header.y0()),
                    reduction);
            long bottom = ceilShift(Math.min(header.tileY0() + (row + 1L) * header.tileHeight(),
                    (long) header.y0() + header.height()), reduction);
            for (int column = firstColumn; column <= lastColumn; column++) {
                long left = ceilShift(Math.max(header.tileX0() + (long) column * header.tileWidth(), header.x0()),
                        reduction);
                long right = ceilShift(Math.min(header.tileX0() + (column + 1L) * header.tileWidth(),
                        (long) header.x0() + header.width()), reduction);
                if (right > left && bottom > top) {
                    tiles.add(new Tile(column, row,
                            new Rect((int) (left - ox), (int) (top - oy), (int) (right - left), (int) (bottom - top))));
                }
            }
        }
        return tiles;
    }

    /**
     * The tile holding a pixel of a resolution: the one whose span on the reference grid holds the pixel's place
     * there, since {@code ceil(a / 2^r) <= q < ceil(b / 2^r)} exactly when {@code a <= q * 2^r < b}.
     *
     * @param absolute the pixel's coordinate at the resolution, from the reference grid's origin
     */
    private static int index(long absolute, int reduction, int tileOrigin, int tileSize, int count) {
        long i = ((absolute << reduction) - tileOrigin) / tileSize;
        return (int) Math.max(0, Math.min(count - 1, i));
    }

    private static long ceilShift(long value, int shift) {
        return (value + (1L << shift) - 1) >> shift;
    }
}
