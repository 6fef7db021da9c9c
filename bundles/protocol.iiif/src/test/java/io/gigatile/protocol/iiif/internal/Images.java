/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.SampleType;

/** Image descriptions shaped like the pyramid TIFFs of the fixtures and of common pyramid tools. */
final class Images {

    private Images() {
    }

    /** The fixture {@code tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif}: three levels, 256-pixel tiles. */
    static ImageInfo rgb1000x700() {
        return builder(1000, 700, 500, 350, 250, 175).build();
    }

    /** An odd size whose levels were rounded up (1001 -> 501 -> 251), as some tools do. */
    static ImageInfo odd1001x701RoundedUp() {
        return builder(1001, 701, 501, 351, 251, 176).build();
    }

    /** An odd size whose levels were rounded down (1001 -> 500 -> 250), as vips does. */
    static ImageInfo odd1001x701RoundedDown() {
        return builder(1001, 701, 500, 350, 250, 175).build();
    }

    /** Full resolution in 512-pixel tiles, the smaller levels in 256-pixel ones. */
    static ImageInfo mixedTiles() {
        return ImageInfo.builder().addLevel(new Level(2000, 1500, 512, 512)).addLevel(new Level(1000, 750, 256, 256))
                .addLevel(new Level(500, 375, 256, 256)).samples(3, 8, SampleType.UNSIGNED, ColourSpace.SRGB)
                .build();
    }

    /** A pyramid with a level that is not a whole factor of the full size (1000 -> 600), then a dyadic one. */
    static ImageInfo nonDyadic() {
        return ImageInfo.builder().addLevel(new Level(1000, 700, 256, 256)).addLevel(new Level(600, 420, 256, 256))
                .addLevel(new Level(250, 175, 256, 256)).samples(3, 8, SampleType.UNSIGNED, ColourSpace.SRGB)
                .build();
    }

    static ImageInfo.Builder builder(int... sizes) {
        ImageInfo.Builder b = ImageInfo.builder().samples(3, 8, SampleType.UNSIGNED, ColourSpace.SRGB);
        for (int i = 0; i + 1 < sizes.length; i += 2) {
            b.addLevel(new Level(sizes[i], sizes[i + 1], 256, 256));
        }
        return b;
    }
}
