/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;


/**
 * Which part of an image a request wants. Immutable.
 *
 * @param kind how the numbers are meant
 * @param x left edge: pixels of full resolution ({@link Kind#PIXELS}), a fraction of the width
 *        ({@link Kind#FRACTION}), or the tile column ({@link Kind#TILE})
 * @param y top edge, likewise (tile row for tiles)
 * @param width width, likewise (unused for tiles)
 * @param height height, likewise (unused for tiles)
 * @param level level index for {@link Kind#TILE}, 0 for full resolution; unused otherwise
 * @since 1.0
 */
public record Region(Kind kind, double x, double y, double width, double height, int level) {

    /** How a region's numbers are meant. */
    public enum Kind {
        /** The whole image. */
        FULL,
        /** The largest centred square. */
        SQUARE,
        /** A rectangle in full-resolution pixels. */
        PIXELS,
        /** A rectangle in fractions 0 to 1 of the full size. */
        FRACTION,
        /** One native tile of one level. */
        TILE
    }

    /** The whole image. */
    public static final Region FULL = new Region(Kind.FULL, 0, 0, 0, 0, 0);
    /** The largest centred square. */
    public static final Region SQUARE = new Region(Kind.SQUARE, 0, 0, 0, 0, 0);

    /**
     * @param x left, full-resolution pixels
     * @param y top
     * @param w width, at least 1
     * @param h height, at least 1
     * @return the region
     */
    public static Region pixels(long x, long y, long w, long h) {
        if (x < 0 || y < 0 || w < 1 || h < 1) {
            throw new BadRequestException("region must have a positive size and start inside the image");
        }
        return new Region(Kind.PIXELS, x, y, w, h, 0);
    }

    /**
     * @param x left, fraction of the width
     * @param y top, fraction of the height
     * @param w width fraction
     * @param h height fraction
     * @return the region
     */
    public static Region fraction(double x, double y, double w, double h) {
        if (!(x >= 0 && y >= 0 && w > 0 && h > 0) || Double.isInfinite(w) || Double.isInfinite(h)) {
            throw new BadRequestException("region fractions must be positive numbers");
        }
        return new Region(Kind.FRACTION, x, y, w, h, 0);
    }

    /**
     * @param level level index, 0 for full resolution
     * @param tileX tile column
     * @param tileY tile row
     * @return the region of that native tile
     */
    public static Region tile(int level, int tileX, int tileY) {
        if (level < 0 || tileX < 0 || tileY < 0) {
            throw new BadRequestException("tile numbers must not be negative");
        }
        return new Region(Kind.TILE, tileX, tileY, 0, 0, level);
    }

    /** @return a canonical text form for cache keys */
    public String key() {
        return switch (kind) {
            case FULL -> "full";
            case SQUARE -> "square";
            // concatenation rather than String.format: every tile request makes its key
            case PIXELS -> "px:" + (long) x + "," + (long) y + "," + (long) width + "," + (long) height;
            case FRACTION -> "fr:" + x + "," + y + "," + width + "," + height;
            case TILE -> "tile:" + level + ":" + (int) x + "," + (int) y;
        };
    }
}
