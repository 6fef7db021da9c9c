/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Rect;
import io.gigatile.jp2.codestream.Jp2Header;

/**
 * A rectangle of one resolution as {@code opj_set_decode_area} takes it: on the full-resolution reference grid,
 * where the image starts at (x0, y0). Pixel i of resolution r is reference-grid column {@code ceil(x0 / 2^r) + i}
 * of that resolution (ISO 15444-1 B.5), which spans columns {@code (ceil(x0 / 2^r) + i) * 2^r} up to the next of
 * the full grid; OpenJPEG maps an area back with {@code ceil(x / 2^r)}, so these edges give exactly the rectangle.
 *
 * @param x0 left edge on the reference grid
 * @param y0 top edge
 * @param x1 right edge, exclusive
 * @param y1 bottom edge, exclusive
 */
record GridArea(int x0, int y0, int x1, int y1) {

    /**
     * @param header the image
     * @param reduce the resolution
     * @param rect a rectangle of it
     * @return the reference-grid area that decodes to exactly {@code rect}
     * @throws BadRequestException if the rectangle does not lie within the resolution
     */
    static GridArea of(Jp2Header header, int reduce, Rect rect) {
        long left = edge(header.x0(), reduce, rect.x(), header.x0() + (long) header.width());
        long right = edge(header.x0(), reduce, rect.right(), header.x0() + (long) header.width());
        long top = edge(header.y0(), reduce, rect.y(), header.y0() + (long) header.height());
        long bottom = edge(header.y0(), reduce, rect.bottom(), header.y0() + (long) header.height());
        if (ceilShift(right, reduce) - ceilShift(left, reduce) != rect.width()
                || ceilShift(bottom, reduce) - ceilShift(top, reduce) != rect.height()) {
            throw new BadRequestException("region lies outside the image");
        }
        return new GridArea((int) left, (int) top, (int) right, (int) bottom);
    }

    /**
     * @param header the image
     * @return the indices of the codestream tiles the area touches, row by row: the only ones a decode of it reads
     */
    int[] tiles(Jp2Header header) {
        int across = header.tilesAcross();
        int firstColumn = (x0 - header.tileX0()) / header.tileWidth();
        int lastColumn = (x1 - 1 - header.tileX0()) / header.tileWidth();
        int firstRow = (y0 - header.tileY0()) / header.tileHeight();
        int lastRow = (y1 - 1 - header.tileY0()) / header.tileHeight();
        int[] tiles = new int[(lastColumn - firstColumn + 1) * (lastRow - firstRow + 1)];
        int i = 0;
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = firstColumn; column <= lastColumn; column++) {
                tiles[i++] = row * across + column;
            }
        }
        return tiles;
    }

    /** The grid position of pixel {@code index} of the resolution, the image's far edge at most. */
    private static long edge(int origin, int reduce, int index, long end) {
        return Math.min((ceilShift(origin, reduce) + index) << reduce, end);
    }

    private static long ceilShift(long value, int shift) {
        return (value + (1L << shift) - 1) >> shift;
    }
}
