/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.zoomify.internal;

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

/**
 * Tier sizes, grids and tile groups are those OpenSeadragon 5's ZoomifyTileSource computes for the same WIDTH,
 * HEIGHT and TILESIZE (its {@code imageSizes}, {@code gridSize} and {@code getTileUrl}, run under node).
 */
class ZoomifyTiersTest {
    private static final ZoomifyTiers RGB = new ZoomifyTiers(Images.rgb1000x700());
    private static final ZoomifyTiers BIG = new ZoomifyTiers(Images.rgb16000x12000());

    @ParameterizedTest
    @CsvSource({"0, 250, 175, 1, 1", "1, 500, 350, 2, 2", "2, 1000, 700, 4, 3"})
    void aThousandPixelImageHasThreeTiers(int tier, int width, int height, int columns, int rows) {
        assertThat(RGB.count()).isEqualTo(3);
        assertThat(RGB.width(tier)).isEqualTo(width);
        assertThat(RGB.height(tier)).isEqualTo(height);
        assertThat(RGB.columns(tier)).isEqualTo(columns);
        assertThat(RGB.rows(tier)).isEqualTo(rows);
    }

    @ParameterizedTest
    @CsvSource({"0, 250, 187, 1, 1", "1, 500, 375, 2, 2", "2, 1000, 750, 4, 3", "3, 2000, 1500, 8, 6",
        "4, 4000, 3000, 16, 12", "5, 8000, 6000, 32, 24", "6, 16000, 12000, 63, 47"})
    void aSixteenThousandPixelImageHasSevenTiers(int tier, int width, int height, int columns, int rows) {
        assertThat(BIG.count()).isEqualTo(7);
        assertThat(BIG.width(tier)).isEqualTo(width);
        assertThat(BIG.height(tier)).isEqualTo(height);
        assertThat(BIG.columns(tier)).isEqualTo(columns);
        assertThat(BIG.rows(tier)).isEqualTo(rows);
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 0, 0", "4, 0, 0, 0", "4, 14, 11, 0", "4, 15, 11, 1", "5, 0, 0, 1", "5, 31, 23, 4",
        "6, 0, 0, 4", "6, 62, 46, 15"})
    void tilesAreCountedFromTheSmallestTierTwoHundredFiftySixToAGroup(int tier, int column, int row, long group) {
        assertThat(BIG.group(tier, column, row)).isEqualTo(group);
        assertThat(BIG.tile((int) group, tier, column, row)).isNotNull();
    }

    @Test
    void aTileNamedInAnotherGroupIsABadRequest() {
        assertThatThrownBy(() -> BIG.tile(0, 4, 15, 11)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("TileGroup1");
    }

    @Test
    void numTilesCountsTheTilesOfEveryTier() {
        assertThat(RGB.tiles()).isEqualTo(17);
        assertThat(BIG.tiles()).isEqualTo(1 + 4 + 12 + 48 + 192 + 768 + 2961);
    }

    @Test
    void thePropertiesAreIipsrvsByteForByte() {
        assertThat(RGB.properties()).isEqualTo("<IMAGE_PROPERTIES WIDTH=\"1000\" HEIGHT=\"700\" NUMTILES=\"17\" "
                + "NUMIMAGES=\"1\" VERSION=\"1.8\" TILESIZE=\"256\" />");
        assertThat(BIG.properties()).isEqualTo("<IMAGE_PROPERTIES WIDTH=\"16000\" HEIGHT=\"12000\" "
                + "NUMTILES=\"3986\" NUMIMAGES=\"1\" VERSION=\"1.8\" TILESIZE=\"256\" />");
    }

    /* Sizes Debian's iipsrv 1.1 sent for these Zoomify tiles of the real fixture (curl, then the JPEG's SOF). */
    @ParameterizedTest
    @CsvSource({"0, 0, 0, 2, 250, 175", "1, 0, 0, 1, 256, 256", "1, 1, 0, 1, 244, 256", "2, 0, 0, 0, 256, 256",
        "2, 3, 1, 0, 232, 256", "2, 3, 2, 0, 232, 188"})
    void storedTiersAreAskedForAsTheirNativeTilesAsIipsrvSendsThem(int tier, int column, int row, int index,
            int width, int height) {
        PowerOfTwoTiles.Target target = RGB.tile(0, tier, column, row);
        assertThat(target).isEqualTo(new PowerOfTwoTiles.Target(Region.tile(index, column, row), Size.MAX));
        Level stored = Images.rgb1000x700().levels().get(index);
        assertThat(stored.tileRect(column, row).width()).isEqualTo(width);
        assertThat(stored.tileRect(column, row).height()).isEqualTo(height);
    }

    @Test
    void tiersWithoutAStoredLevelAreScaledFromTheImage() {
        // one stored level: iipsrv would call it tier 0; viewers expect tiers 256 and 512 pixels wide below it
        ZoomifyTiers flat = new ZoomifyTiers(Images.pyramid(256, 1024, 1024));
        assertThat(flat.count()).isEqualTo(3);
        assertThat(flat.tile(0, 0, 0, 0)).isEqualTo(new PowerOfTwoTiles.Target(Region.pixels(0, 0, 1024, 1024),
                new Size(Size.Kind.EXACT, 256, 256, false)));
        assertThat(flat.tile(0, 1, 1, 1)).isEqualTo(new PowerOfTwoTiles.Target(Region.pixels(512, 512, 512, 512),
                new Size(Size.Kind.EXACT, 256, 256, false)));
        assertThat(flat.tile(0, 2, 3, 3).region()).isEqualTo(Region.tile(0, 3, 3));
        ZoomifyTiers flatOdd = new ZoomifyTiers(Images.pyramid(256, 1000, 700));
        assertThat(flatOdd.tile(0, 1, 1, 1)).isEqualTo(new PowerOfTwoTiles.Target(Region.pixels(512, 512, 488, 188),
                new Size(Size.Kind.EXACT, 244, 94, false)));
    }

    @Test
    void aSmallestLevelOfExactlyOneTileIsTierZeroAsViewersHaveIt() {
        // vips stops at 256x256; iipsrv's "smaller than a tile" test would not count it as the first tier
        ZoomifyTiers square = new ZoomifyTiers(Images.pyramid(256, 1024, 1024, 512, 512, 256, 256));
        assertThat(square.count()).isEqualTo(3);
        assertThat(square.tile(0, 0, 0, 0).region()).isEqualTo(Region.tile(2, 0, 0));
        assertThat(square.tiles()).isEqualTo(21);
        ZoomifyTiers odd = new ZoomifyTiers(Images.pyramid(256, 1023, 513, 511, 256, 255, 128));
        assertThat(odd.width(1)).isEqualTo(511);
        assertThat(odd.tile(0, 1, 1, 0).region()).isEqualTo(Region.tile(1, 1, 0));
    }

    @Test
    void storedLevelsBelowTheFirstTierAreNotTiers() {
        ZoomifyTiers deep = new ZoomifyTiers(Images.pyramid(256, 1000, 700, 500, 350, 250, 175, 125, 87, 62, 43));
        assertThat(deep.count()).isEqualTo(3);
        assertThat(deep.tile(0, 0, 0, 0).region()).isEqualTo(Region.tile(2, 0, 0));
    }

    @Test
    void aTierWithoutRowsHasNoTiles() {
        // 3000x3 halves to 1500x1, then 750x0: OpenSeadragon gives that tier no tiles, and so do we
        ZoomifyTiers strip = new ZoomifyTiers(Images.pyramid(256, 3000, 3));
        assertThat(strip.count()).isEqualTo(5);
        assertThat(strip.height(2)).isZero();
        assertThat(strip.rows(2)).isZero();
        assertThatThrownBy(() -> strip.tile(0, 2, 0, 0)).isInstanceOf(BadRequestException.class);
        assertThat(strip.tile(0, 3, 5, 0)).isEqualTo(new PowerOfTwoTiles.Target(Region.pixels(2560, 0, 440, 3),
                new Size(Size.Kind.EXACT, 220, 1, false)));
    }

    @Test
    void everyTileOfEveryTierCoversItsShareOfTheImage() {
        for (ImageInfo info : new ImageInfo[] {Images.rgb1000x700(), Images.pyramid(256, 1000, 700),
            Images.pyramid(256, 1023, 513, 511, 256, 255, 128), Images.pyramid(64, 300, 200, 150, 100)}) {
            ZoomifyTiers tiers = new ZoomifyTiers(info);
            long numbered = 0;
            for (int tier = 0; tier < tiers.count(); tier++) {
                for (int row = 0; row < tiers.rows(tier); row++) {
                    for (int column = 0; column < tiers.columns(tier); column++) {
                        assertThat(tiers.group(tier, column, row)).isEqualTo(numbered / ZoomifyTiers.GROUP_SIZE);
                        checkTile(info, tiers, tier, column, row);
                        numbered++;
                    }
                }
            }
            assertThat(numbered).isEqualTo(tiers.tiles());
        }
    }

    private static void checkTile(ImageInfo info, ZoomifyTiers tiers, int tier, int column, int row) {
        int tile = tiers.tileSize();
        int width = Math.min(tile, tiers.width(tier) - column * tile);
        int height = Math.min(tile, tiers.height(tier) - row * tile);
        PowerOfTwoTiles.Target target = tiers.tile((int) tiers.group(tier, column, row), tier, column, row);
        Region region = target.region();
        if (region.kind() == Region.Kind.TILE) {
            Level stored = info.levels().get(region.level());
            assertThat(stored.tileRect(column, row).width()).isBetween(width, width + 1);
            assertThat(stored.tileRect(column, row).height()).isBetween(height, height + 1);
        } else {
            long scale = 1L << (tiers.count() - 1 - tier);
            assertThat(target.size()).isEqualTo(new Size(Size.Kind.EXACT, width, height, false));
            assertThat((long) region.x()).isEqualTo(column * tile * scale);
            assertThat((long) region.y()).isEqualTo(row * tile * scale);
            assertThat((long) (region.x() + region.width()))
                    .isEqualTo(Math.min(info.width(), (column + 1) * tile * scale));
        }
    }

    @ParameterizedTest
    @CsvSource({"3, 0, 0", "2, 4, 0", "2, 0, 3", "1, 2, 0", "0, 1, 0", "0, 0, 1"})
    void tiersAndTilesOutsideThePyramidAreBadRequests(int tier, int column, int row) {
        assertThatThrownBy(() -> RGB.tile(0, tier, column, row)).isInstanceOf(BadRequestException.class);
    }
}
