/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * One resolution level of an image: its size and the size of its tiles.
 *
 * <p>Tiles are numbered left to right, top to bottom; the last column and row may be partial. A level
 * that is not stored in tiles reports a virtual tile size chosen by its decoder.
 *
 * @param width width of the level in pixels, at least 1
 * @param height height of the level in pixels, at least 1
 * @param tileWidth width of a full tile in pixels, at least 1
 * @param tileHeight height of a full tile in pixels, at least 1
 * @since 1.0
 */
public record Level(int width, int height, int tileWidth, int tileHeight) {

    /** Checks that every dimension is positive. */
    public Level {
        if (width < 1 || height < 1 || tileWidth < 1 || tileHeight < 1) {
            throw new IllegalArgumentException("level dimensions must be positive: " + width + "x" + height
                    + " tile " + tileWidth + "x" + tileHeight);
        }
    }

    /** @return the number of tile columns, counting a partial last column */
    public int tilesAcross() {
        return (int) ((width + (long) tileWidth - 1) / tileWidth);
    }

    /** @return the number of tile rows, counting a partial last row */
    public int tilesDown() {
        return (int) ((height + (long) tileHeight - 1) / tileHeight);
    }

    /**
     * The pixel rectangle a tile covers in this level, clipped to the level's edges.
     *
     * @param tileX tile column, from 0
     * @param tileY tile row, from 0
     * @return the rectangle in this level's pixel coordinates
     * @throws BadRequestException if the tile lies outside the level
     */
    public Rect tileRect(int tileX, int tileY) {
        if (tileX < 0 || tileY < 0 || tileX >= tilesAcross() || tileY >= tilesDown()) {
            throw new BadRequestException("tile " + tileX + "," + tileY + " is outside the image");
        }
        int x = tileX * tileWidth;
        int y = tileY * tileHeight;
        return new Rect(x, y, Math.min(tileWidth, width - x), Math.min(tileHeight, height - y));
    }
}
