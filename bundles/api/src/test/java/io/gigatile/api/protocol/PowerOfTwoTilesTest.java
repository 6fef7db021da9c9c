/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.Region;
import io.gigatile.api.Size;
import io.gigatile.api.protocol.PowerOfTwoTiles.Target;
import io.gigatile.api.testing.Images;
import org.junit.jupiter.api.Test;

class PowerOfTwoTilesTest {

    private static Size exact(int width, int height) {
        return new Size(Size.Kind.EXACT, width, height, false);
    }

    @Test
    void nativeTilesOfStoredHalvingsAreAskedForAsTiles() {
        PowerOfTwoTiles tiles = new PowerOfTwoTiles(Images.rgb1000x700(), 256);
        assertThat(tiles.target(0, 3, 2, 232, 188)).isEqualTo(new Target(Region.tile(0, 3, 2), Size.MAX));
        assertThat(tiles.target(1, 1, 1, 244, 94)).isEqualTo(new Target(Region.tile(1, 1, 1), Size.MAX));
        assertThat(tiles.target(2, 0, 0, 250, 175)).isEqualTo(new Target(Region.tile(2, 0, 0), Size.MAX));
    }

    @Test
    void levelsBelowTheStoredOnesAreScaledFromTheirFullResolutionArea() {
        PowerOfTwoTiles tiles = new PowerOfTwoTiles(Images.rgb1000x700(), 256);
        assertThat(tiles.target(3, 0, 0, 125, 88))
                .isEqualTo(new Target(Region.pixels(0, 0, 1000, 700), exact(125, 88)));
    }

    @Test
    void levelsRoundedUpCountAsHalvings() {
        ImageInfo up = Images.pyramid(256, 1001, 701, 501, 351, 251, 176);
        assertThat(new PowerOfTwoTiles(up, 256).target(1, 1, 0, 245, 256))
                .isEqualTo(new Target(Region.tile(1, 1, 0), Size.MAX));
    }

    @Test
    void levelsWithOtherTilesOrSizesAreScaled() {
        ImageInfo mixed = Images.of(new Level(1000, 700, 256, 256), new Level(500, 350, 128, 128),
                new Level(300, 210, 256, 256));
        PowerOfTwoTiles tiles = new PowerOfTwoTiles(mixed, 256);
        assertThat(tiles.target(1, 1, 1, 244, 94))
                .isEqualTo(new Target(Region.pixels(512, 512, 488, 188), exact(244, 94)));
        assertThat(tiles.target(2, 0, 0, 250, 175))
                .isEqualTo(new Target(Region.pixels(0, 0, 1000, 700), exact(250, 175)));
    }

    @Test
    void tilesMustHavePixels() {
        assertThatThrownBy(() -> new PowerOfTwoTiles(Images.rgb1000x700(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
