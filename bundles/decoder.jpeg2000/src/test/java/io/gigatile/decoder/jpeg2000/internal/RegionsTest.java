/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import org.junit.jupiter.api.Test;

/** Regions read in one decode hold what the tiles around them hold, at every layer count. */
class RegionsTest {

    @Test
    void aRegionAtLevelTwoEqualsTheComposedTiles() {
        // tiles of 32 at level 2 (160 x 120) of a codestream tiled in 256 (64 there): regions cross both grids
        Jpeg2000Decoder decoder = new Jpeg2000Decoder(Long.MAX_VALUE, 32);
        try (ImageSource source = Fixtures.open(decoder, Fixtures.RGB_TILED)) {
            Rect region = new Rect(21, 13, 120, 97);
            for (int layers : new int[] {1, ImageSource.DEFAULT_LAYERS, ImageSource.ALL_LAYERS}) {
                Raster read = source.readRegion(2, region, layers);

                assertThat(read.width()).isEqualTo(120);
                assertThat(read.height()).isEqualTo(97);
                assertThat(read.bytes()).as("%d layers", layers).isEqualTo(composed(source, 2, region, layers));
            }
        }
    }

    @Test
    void aRegionOfAnAveragedLevelEqualsTheComposedTiles() {
        Jpeg2000Decoder decoder = new Jpeg2000Decoder(Long.MAX_VALUE, 16);
        try (ImageSource source = Fixtures.open(decoder, Fixtures.RGBA)) {
            // 256 x 192 with 3 resolutions: levels 3 (32 x 24) and 4 (16 x 12) are averaged from level 2
            assertThat(source.info().levels()).hasSize(5);
            Rect region = new Rect(3, 5, 27, 19);

            assertThat(source.readRegion(3, region, ImageSource.ALL_LAYERS).bytes())
                    .isEqualTo(composed(source, 3, region, ImageSource.ALL_LAYERS));
        }
    }

    @Test
    void anAveragedPixelIsTheRoundedMeanOfTheSmallestResolution() {
        Jpeg2000Decoder decoder = new Jpeg2000Decoder(Long.MAX_VALUE, 16);
        try (ImageSource source = Fixtures.open(decoder, Fixtures.RGBA)) {
            byte[] smallest = source.readRegion(2, new Rect(0, 0, 64, 48)).bytes();
            byte[] averaged = source.readRegion(4, new Rect(0, 0, 16, 12)).bytes();

            // level 4 pixel (5, 7), band 2: the mean of level 2's 4 x 4 block at (20, 28)
            int sum = 0;
            for (int y = 28; y < 32; y++) {
                for (int x = 20; x < 24; x++) {
                    sum += smallest[(y * 64 + x) * 4 + 2] & 0xFF;
                }
            }
            assertThat(averaged[(7 * 16 + 5) * 4 + 2] & 0xFF).isEqualTo((sum + 8) / 16);
        }
    }

    /** The region cut from the tiles that hold it. */
    private static byte[] composed(ImageSource source, int l, Rect region, int layers) {
        Level level = source.info().levels().get(l);
        int bands = source.info().bands();
        byte[] out = new byte[region.width() * region.height() * bands];
        for (int ty = region.y() / level.tileHeight(); ty <= (region.bottom() - 1) / level.tileHeight(); ty++) {
            for (int tx = region.x() / level.tileWidth(); tx <= (region.right() - 1) / level.tileWidth(); tx++) {
                Rect rect = level.tileRect(tx, ty);
                byte[] tile = source.readTile(l, tx, ty, layers).bytes();
                int x0 = Math.max(rect.x(), region.x());
                int run = (Math.min(rect.right(), region.right()) - x0) * bands;
                for (int y = Math.max(rect.y(), region.y()); y < Math.min(rect.bottom(), region.bottom()); y++) {
                    System.arraycopy(tile, ((y - rect.y()) * rect.width() + x0 - rect.x()) * bands, out,
                            ((y - region.y()) * region.width() + x0 - region.x()) * bands, run);
                }
            }
        }
        return out;
    }
}
