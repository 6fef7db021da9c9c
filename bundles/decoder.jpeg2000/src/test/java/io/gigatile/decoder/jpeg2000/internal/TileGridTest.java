/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.gigatile.api.Level;
import io.gigatile.api.Rect;
import io.gigatile.jp2.codestream.Jp2Header;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Codestream tiles on the resolutions, for images and tiles that do not start at the reference grid's origin. */
class TileGridTest {

    @Test
    void theTilesOfAResolutionCoverItOnceWithOffsets() {
        // image at (37, 11) of the reference grid, tiles of 50 x 30 from (20, 5): edge tiles of odd sizes
        Jp2Header header = header(37, 11, 301, 167, 20, 5, 50, 30, 5);
        TileGrid grid = new TileGrid(header);
        List<Level> levels = header.levels(1 << 20);

        assertThat(grid.tiles()).isEqualTo(7 * 6);
        for (int r = 0; r < header.resolutions(); r++) {
            Level level = levels.get(r);
            int[] covered = new int[level.width() * level.height()];
            for (TileGrid.Tile tile : grid.covering(r, new Rect(0, 0, level.width(), level.height()))) {
                Rect rect = tile.rect();
                for (int y = rect.y(); y < rect.bottom(); y++) {
                    for (int x = rect.x(); x < rect.right(); x++) {
                        covered[y * level.width() + x]++;
                    }
                }
            }
            assertThat(covered).as("resolution %d", r).containsOnly(1);
        }
    }

    @Test
    void aRegionNeedsOnlyTheTilesItTouches() {
        Jp2Header header = header(0, 0, 640, 480, 0, 0, 256, 256, 5);
        TileGrid grid = new TileGrid(header);

        assertThat(grid.covering(0, new Rect(250, 250, 10, 10)))
                .extracting(TileGrid.Tile::column, TileGrid.Tile::row)
                .containsExactly(tuple(0, 0), tuple(1, 0), tuple(0, 1), tuple(1, 1));
        assertThat(grid.covering(2, new Rect(70, 10, 5, 5))).singleElement()
                .satisfies(t -> assertThat(t.rect()).isEqualTo(new Rect(64, 0, 64, 64)));
        assertThat(grid.covering(4, new Rect(0, 0, 40, 30))).hasSize(6);
    }

    private static Jp2Header header(int x0, int y0, int width, int height, int tileX0, int tileY0, int tileWidth,
            int tileHeight, int resolutions) {
        return new Jp2Header(Jp2Header.Container.CODESTREAM, 0, 0, width, height, x0, y0, tileWidth, tileHeight,
                tileX0, tileY0, List.of(new Jp2Header.Component(8, false, 1, 1)), 1, resolutions,
                Jp2Header.Colour.UNSPECIFIED, Optional.empty(), List.of(), Optional.empty());
    }
}
