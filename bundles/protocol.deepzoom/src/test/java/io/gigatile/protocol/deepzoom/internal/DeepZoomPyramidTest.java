/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.deepzoom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.Region;
import io.gigatile.api.Size;
import io.gigatile.api.protocol.PowerOfTwoTiles;
import io.gigatile.api.testing.Images;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeepZoomPyramidTest {
    private static final DeepZoomPyramid RGB = new DeepZoomPyramid(Images.rgb1000x700());
    private static final DeepZoomPyramid BIG = new DeepZoomPyramid(Images.rgb16000x12000());

    @ParameterizedTest
    @CsvSource({"1, 0", "2, 1", "3, 2", "4, 2", "5, 3", "255, 8", "256, 8", "257, 9", "1000, 10", "1024, 10",
        "1025, 11", "16000, 14", "16384, 14", "16385, 15", "2147483647, 31"})
    void theFullResolutionIsLevelCeilLog2OfTheLongerSide(int longest, int level) {
        assertThat(DeepZoomPyramid.maxLevel(longest)).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"10, 1000, 700, 4, 3", "9, 500, 350, 2, 2", "8, 250, 175, 1, 1", "7, 125, 88, 1, 1",
        "6, 63, 44, 1, 1", "5, 32, 22, 1, 1", "4, 16, 11, 1, 1", "3, 8, 6, 1, 1", "2, 4, 3, 1, 1",
        "1, 2, 2, 1, 1", "0, 1, 1, 1, 1"})
    void levelsHalveRoundingUpDownToOnePixel(int level, int width, int height, int columns, int rows) {
        assertThat(RGB.maxLevel()).isEqualTo(10);
        assertThat(RGB.width(level)).isEqualTo(width);
        assertThat(RGB.height(level)).isEqualTo(height);
        assertThat(RGB.columns(level)).isEqualTo(columns);
        assertThat(RGB.rows(level)).isEqualTo(rows);
    }

    /* Sizes Debian's iipsrv 1.1 sent for these DeepZoom tiles of the real fixture (curl, then the JPEG's SOF). */
    @ParameterizedTest
    @CsvSource({"10, 0, 0, 0, 256, 256", "10, 1, 1, 0, 256, 256", "10, 3, 2, 0, 232, 188", "9, 0, 0, 1, 256, 256",
        "9, 1, 0, 1, 244, 256", "9, 0, 1, 1, 256, 94", "9, 1, 1, 1, 244, 94", "8, 0, 0, 2, 250, 175"})
    void storedLevelsAreAskedForAsTheirNativeTilesAsIipsrvSendsThem(int level, int column, int row, int index,
            int width, int height) {
        PowerOfTwoTiles.Target target = RGB.tile(level, column, row);
        assertThat(target.region()).isEqualTo(Region.tile(index, column, row));
        assertThat(target.size()).isEqualTo(Size.MAX);
        Level stored = Images.rgb1000x700().levels().get(index);
        assertThat(stored.tileRect(column, row).width()).isEqualTo(width);
        assertThat(stored.tileRect(column, row).height()).isEqualTo(height);
    }

    @ParameterizedTest
    @CsvSource({"7, 125, 88", "6, 63, 44", "5, 32, 22", "4, 16, 11", "3, 8, 6", "2, 4, 3", "1, 2, 2", "0, 1, 1"})
    void levelsBelowTheSmallestStoredOneAreTheWholeImageScaledToTheLevelSize(int level, int width, int height) {
        PowerOfTwoTiles.Target target = RGB.tile(level, 0, 0);
        assertThat(target.region()).isEqualTo(Region.pixels(0, 0, 1000, 700));
        assertThat(target.size()).isEqualTo(new Size(Size.Kind.EXACT, width, height, false));
    }

    @Test
    void aSixteenThousandPixelPyramidHasFifteenLevelsOfWhichSevenAreStored() {
        assertThat(BIG.maxLevel()).isEqualTo(14);
        assertThat(BIG.tileSize()).isEqualTo(256);
        assertThat(BIG.tile(14, 62, 46).region()).isEqualTo(Region.tile(0, 62, 46));
        assertThat(BIG.tile(13, 31, 23).region()).isEqualTo(Region.tile(1, 31, 23));
        assertThat(BIG.tile(9, 1, 1).region()).isEqualTo(Region.tile(5, 1, 1));
        // 12000 / 64 = 187.5: DeepZoom rounds up to 188, vips stored 187; the stored level serves it
        assertThat(BIG.height(8)).isEqualTo(188);
        assertThat(BIG.tile(8, 0, 0).region()).isEqualTo(Region.tile(6, 0, 0));
        assertThat(BIG.tile(7, 0, 0)).isEqualTo(new PowerOfTwoTiles.Target(Region.pixels(0, 0, 16000, 12000),
                new Size(Size.Kind.EXACT, 125, 94, false)));
        assertThat(BIG.tile(0, 0, 0).size()).isEqualTo(new Size(Size.Kind.EXACT, 1, 1, false));
    }

    @Test
    void virtualLevelsWithSeveralTilesCutTheImageIntoTheTilesAreas() {
        DeepZoomPyramid flat = new DeepZoomPyramid(Images.pyramid(256, 1000, 700));
        assertThat(flat.tile(10, 3, 2).region()).isEqualTo(Region.tile(0, 3, 2));
        assertThat(flat.tile(9, 0, 0)).isEqualTo(new PowerOfTwoTiles.Target(Region.pixels(0, 0, 512, 512),
                new Size(Size.Kind.EXACT, 256, 256, false)));
        assertThat(flat.tile(9, 1, 1)).isEqualTo(new PowerOfTwoTiles.Target(Region.pixels(512, 512, 488, 188),
                new Size(Size.Kind.EXACT, 244, 94, false)));
        assertThat(flat.tile(8, 0, 0)).isEqualTo(new PowerOfTwoTiles.Target(Region.pixels(0, 0, 1000, 700),
                new Size(Size.Kind.EXACT, 250, 175, false)));
    }

    @Test
    void aColumnTheStoredLevelLacksIsScaledFromTheImage() {
        // 513 / 2 = 256.5: DeepZoom has 257 pixels, two columns; the stored level has 256, one tile across
        DeepZoomPyramid odd = new DeepZoomPyramid(Images.pyramid(256, 513, 300, 256, 150));
        assertThat(odd.tile(9, 0, 0).region()).isEqualTo(Region.tile(1, 0, 0));
        assertThat(odd.tile(9, 1, 0)).isEqualTo(new PowerOfTwoTiles.Target(Region.pixels(512, 0, 1, 300),
                new Size(Size.Kind.EXACT, 1, 150, false)));
    }

    @Test
    void storedLevelsThatAreNotHalvingsOrHaveOtherTilesAreScaled() {
        DeepZoomPyramid quarters = new DeepZoomPyramid(Images.pyramid(256, 16000, 12000, 4000, 3000));
        assertThat(quarters.tile(13, 0, 0).region()).isEqualTo(Region.pixels(0, 0, 512, 512));
        assertThat(quarters.tile(12, 2, 1).region()).isEqualTo(Region.tile(1, 2, 1));
        DeepZoomPyramid mixed = new DeepZoomPyramid(Images.of(new Level(1000, 700, 256, 256),
                new Level(500, 350, 128, 128), new Level(250, 175, 256, 128)));
        assertThat(mixed.tile(9, 1, 1).region()).isEqualTo(Region.pixels(512, 512, 488, 188));
        assertThat(mixed.tile(8, 0, 0).region()).isEqualTo(Region.pixels(0, 0, 1000, 700));
    }

    @Test
    void everyTileOfEveryLevelCoversItsShareOfTheImageAtTheLevelsSize() {
        for (ImageInfo info : new ImageInfo[] {Images.rgb1000x700(), Images.pyramid(256, 1000, 700),
            Images.pyramid(256, 513, 300, 256, 150), Images.pyramid(64, 300, 200, 150, 100, 75, 50)}) {
            DeepZoomPyramid pyramid = new DeepZoomPyramid(info);
            for (int level = 0; level <= pyramid.maxLevel(); level++) {
                long covered = 0;
                for (int row = 0; row < pyramid.rows(level); row++) {
                    for (int column = 0; column < pyramid.columns(level); column++) {
                        covered += checkTile(info, pyramid, level, column, row);
                    }
                }
                assertThat(covered).as("level %d", level).isEqualTo((long) pyramid.width(level)
                        * pyramid.height(level));
            }
        }
    }

    /** @return the tile's area in level pixels, after checking it against the level's geometry */
    private static long checkTile(ImageInfo info, DeepZoomPyramid pyramid, int level, int column, int row) {
        int tile = pyramid.tileSize();
        int width = Math.min(tile, pyramid.width(level) - column * tile);
        int height = Math.min(tile, pyramid.height(level) - row * tile);
        PowerOfTwoTiles.Target target = pyramid.tile(level, column, row);
        Region region = target.region();
        if (region.kind() == Region.Kind.TILE) {
            Level stored = info.levels().get(region.level());
            assertThat(stored.tileRect(column, row).width()).isBetween(width - 1, width);
            assertThat(stored.tileRect(column, row).height()).isBetween(height - 1, height);
        } else {
            long scale = 1L << (pyramid.maxLevel() - level);
            assertThat(target.size()).isEqualTo(new Size(Size.Kind.EXACT, width, height, false));
            assertThat((long) region.x()).isEqualTo(column * tile * scale);
            assertThat((long) region.y()).isEqualTo(row * tile * scale);
            assertThat((long) (region.x() + region.width()))
                    .isEqualTo(Math.min(info.width(), (column + 1) * tile * scale));
            assertThat((long) (region.y() + region.height()))
                    .isEqualTo(Math.min(info.height(), (row + 1) * tile * scale));
        }
        return (long) width * height;
    }

    @ParameterizedTest
    @CsvSource({"11, 0, 0", "10, 4, 0", "10, 0, 3", "9, 2, 0", "8, 1, 0", "0, 1, 0", "0, 0, 1"})
    void levelsAndTilesOutsideThePyramidAreBadRequests(int level, int column, int row) {
        assertThatThrownBy(() -> RGB.tile(level, column, row)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void theDescriptorIsIipsrvsByteForByte() {
        assertThat(RGB.descriptor()).isEqualTo("<Image xmlns=\"http://schemas.microsoft.com/deepzoom/2008\" "
                + "TileSize=\"256\" Overlap=\"0\" Format=\"jpg\"><Size Width=\"1000\" Height=\"700\"/></Image>");
        assertThat(BIG.descriptor()).isEqualTo("<Image xmlns=\"http://schemas.microsoft.com/deepzoom/2008\" "
                + "TileSize=\"256\" Overlap=\"0\" Format=\"jpg\"><Size Width=\"16000\" Height=\"12000\"/></Image>");
    }

    @Test
    void aOnePixelImageHasOneLevel() {
        DeepZoomPyramid dot = new DeepZoomPyramid(Images.pyramid(256, 1, 1));
        assertThat(dot.maxLevel()).isZero();
        assertThat(dot.tile(0, 0, 0).region()).isEqualTo(Region.tile(0, 0, 0));
    }
}
