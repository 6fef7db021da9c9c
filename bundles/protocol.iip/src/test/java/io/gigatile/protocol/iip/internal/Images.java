/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.SampleType;

/** Image descriptions shaped like the pyramid TIFFs vips writes, which the expected texts were taken from. */
final class Images {

    private Images() {
    }

    /** {@code vips tiffsave --tile --pyramid}: sRGB 1000x1000, 256-pixel tiles, three levels. */
    static ImageInfo rgb1000() {
        return ImageInfo.builder().addLevel(new Level(1000, 1000, 256, 256)).addLevel(new Level(500, 500, 256, 256))
                .addLevel(new Level(250, 250, 256, 256)).samples(3, 8, SampleType.UNSIGNED, ColourSpace.SRGB)
                .build();
    }

    /** Grey 1000x700, 128-pixel tiles, four levels (vips' defaults for a deflate pyramid). */
    static ImageInfo grey1000x700() {
        return ImageInfo.builder().addLevel(new Level(1000, 700, 128, 128)).addLevel(new Level(500, 350, 128, 128))
                .addLevel(new Level(250, 175, 128, 128)).addLevel(new Level(125, 87, 128, 128))
                .samples(1, 8, SampleType.UNSIGNED, ColourSpace.GREY).build();
    }
}
