/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.testing;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.SampleType;

/**
 * 8-bit sRGB image descriptions shaped like the pyramid TIFFs vips writes (each level half the one above,
 * rounded down), for tests that need an image's levels but not its pixels.
 *
 * @since 1.0
 */
public final class Images {

    private Images() {
    }

    /**
     * @return the description of {@code tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif}: 1000x700, 500x350,
     *         250x175
     */
    public static ImageInfo rgb1000x700() {
        return pyramid(256, 1000, 700, 500, 350, 250, 175);
    }

    /** @return {@code vips tiffsave --tile --pyramid} of 16000x12000: seven levels down to 250x187 */
    public static ImageInfo rgb16000x12000() {
        return pyramid(256, 16000, 12000, 8000, 6000, 4000, 3000, 2000, 1500, 1000, 750, 500, 375, 250, 187);
    }

    /**
     * @param tile the tile size of every level
     * @param sizes width and height of each level, full resolution first
     * @return an sRGB image with those levels
     */
    public static ImageInfo pyramid(int tile, int... sizes) {
        ImageInfo.Builder b = ImageInfo.builder().samples(3, 8, SampleType.UNSIGNED, ColourSpace.SRGB);
        for (int i = 0; i < sizes.length; i += 2) {
            b.addLevel(new Level(sizes[i], sizes[i + 1], tile, tile));
        }
        return b.build();
    }

    /**
     * @param levels the levels, full resolution first
     * @return an sRGB image with exactly those levels
     */
    public static ImageInfo of(Level... levels) {
        ImageInfo.Builder b = ImageInfo.builder().samples(3, 8, SampleType.UNSIGNED, ColourSpace.SRGB);
        for (Level level : levels) {
            b.addLevel(level);
        }
        return b.build();
    }
}
