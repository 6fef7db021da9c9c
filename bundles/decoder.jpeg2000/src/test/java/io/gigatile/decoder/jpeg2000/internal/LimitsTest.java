/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ImageSource;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Rect;
import org.junit.jupiter.api.Test;

/** One read reconstructs at most so many pixels at once: the region, and each codestream tile it needs. */
class LimitsTest {
    /** Above one 256 x 256 tile, below the 640 x 480 of the untiled fixture's only tile. */
    private final Jpeg2000Decoder decoder = new Jpeg2000Decoder(100_000, Jpeg2000Decoder.TILE_SIZE);

    @Test
    void anUntiledImageIsRefusedWhereItsOneTileExceedsTheBound() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.RGB_UNTILED)) {
            assertThatThrownBy(() -> source.readTile(0, 0, 0)).isInstanceOf(LimitExceededException.class)
                    .hasMessageContaining("0.3 Mpixel").hasMessageContaining("at most 0.1");

            // at level 1 the whole tile is 320 x 240
            assertThat(source.readTile(1, 0, 0).width()).isEqualTo(256);
        }
    }

    @Test
    void aTiledImageDecodesTileByTileButNotARegionAboveTheBound() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.RGB_TILED)) {
            assertThat(source.readTile(0, 2, 1).width()).isEqualTo(128);
            assertThat(source.readRegion(0, new Rect(100, 100, 300, 300)).height()).isEqualTo(300);

            assertThatThrownBy(() -> source.readRegion(0, new Rect(0, 0, 640, 480)))
                    .isInstanceOf(LimitExceededException.class).hasMessageContaining("region");
        }
    }
}
