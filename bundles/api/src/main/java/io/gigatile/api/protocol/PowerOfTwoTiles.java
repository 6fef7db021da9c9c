/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.protocol;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.Region;
import io.gigatile.api.Size;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Turns a tile of a power-of-two pyramid (each level half the one above it, square tiles of one size), as
 * DeepZoom and Zoomify address them, into what the engine is asked for. A tile that is a native tile of a
 * stored level is asked for as that tile, so that pass-through and the caches work; any other tile as its area
 * in full-resolution pixels, scaled to the tile's exact size. Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class PowerOfTwoTiles {

    /**
     * What to ask the engine for.
     *
     * @param region the tile's region
     * @param size its output size
     * @since 1.0
     */
    public record Target(Region region, Size size) {
    }

    private final ImageInfo info;
    private final int tileSize;

    /**
     * @param info the image
     * @param tileSize the protocol's tile size, in pixels of every level
     * @throws IllegalArgumentException if the tile size is not positive
     */
    public PowerOfTwoTiles(ImageInfo info, int tileSize) {
        if (tileSize < 1) {
            throw new IllegalArgumentException("tiles have at least one pixel");
        }
        this.info = Objects.requireNonNull(info, "info");
        this.tileSize = tileSize;
    }

    /**
     * The caller has checked that the tile exists in its level; its sides are what the protocol says they are.
     *
     * @param shift how many times the full resolution is halved to give the tile's level, from 0 to 31
     * @param column the tile's column in the level
     * @param row the tile's row
     * @param width the tile's width as the protocol sizes the level
     * @param height the tile's height
     * @return the request's region and size
     */
    public Target target(int shift, int column, int row, int width, int height) {
        OptionalInt stored = storedLevel(shift);
        if (stored.isPresent()) {
            Level level = info.levels().get(stored.getAsInt());
            if (column < level.tilesAcross() && row < level.tilesDown()) {
                return new Target(Region.tile(stored.getAsInt(), column, row), Size.MAX);
            }
        }
        long span = (long) tileSize << shift;
        long left = column * span;
        long top = row * span;
        Region area = Region.pixels(left, top, Math.min(span, info.width() - left),
                Math.min(span, info.height() - top));
        return new Target(area, new Size(Size.Kind.EXACT, width, height, false));
    }

    /**
     * A stored level stands for the full resolution halved {@code shift} times when its sides are the full
     * sides so divided, rounded down (vips, libtiff tools) or up (JPEG 2000), and its tiles are the protocol's:
     * only then are its native tiles the protocol's tiles.
     */
    private OptionalInt storedLevel(int shift) {
        List<Level> levels = info.levels();
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            if (halved(info.width(), shift, level.width()) && halved(info.height(), shift, level.height())
                    && level.tileWidth() == tileSize && level.tileHeight() == tileSize) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean halved(int full, int shift, int side) {
        long down = (long) full >> shift;
        long up = ((long) full + (1L << shift) - 1) >> shift;
        return side == down || side == up;
    }
}
