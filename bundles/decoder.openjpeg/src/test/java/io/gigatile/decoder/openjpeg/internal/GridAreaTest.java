/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Level;
import io.gigatile.api.Rect;
import io.gigatile.jp2.codestream.Jp2Header;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rectangles of a resolution on the reference grid, for images that do not start at its origin too. */
class GridAreaTest {

    @Test
    void anImageAtTheOriginScalesByPowersOfTwo() {
        Jp2Header header = header(0, 0, 640, 480);

        assertThat(GridArea.of(header, 0, new Rect(256, 0, 256, 256))).isEqualTo(new GridArea(256, 0, 512, 256));
        assertThat(GridArea.of(header, 2, new Rect(128, 64, 32, 56))).isEqualTo(new GridArea(512, 256, 640, 480));
    }

    /**
     * An image whose reference grid starts at (3, 5), 10 x 9 pixels: its resolution 1 spans columns 2 to 6 and
     * rows 3 to 7 of that resolution's grid (ceil(3 / 2) to ceil(13 / 2), ceil(5 / 2) to ceil(14 / 2)).
     */
    @Test
    void anOffsetImageMapsEveryPixelOfAResolution() {
        Jp2Header header = header(3, 5, 10, 9);
        Level level1 = header.levels(256).get(1);

        assertThat(level1.width()).isEqualTo(5);
        assertThat(level1.height()).isEqualTo(4);
        for (int x = 0; x < level1.width(); x++) {
            GridArea column = GridArea.of(header, 1, new Rect(x, 0, 1, level1.height()));
            assertThat(ceilHalf(column.x0())).isEqualTo(2 + x);
            assertThat(ceilHalf(column.x1())).isEqualTo(3 + x);
            assertThat(column.y0()).isEqualTo(6);
            assertThat(column.y1()).isEqualTo(14);
        }
        assertThat(GridArea.of(header, 0, new Rect(0, 0, 10, 9))).isEqualTo(new GridArea(3, 5, 13, 14));
    }

    @Test
    void rectanglesBeyondTheResolutionAreBadRequests() {
        Jp2Header header = header(3, 5, 10, 9);

        assertThatThrownBy(() -> GridArea.of(header, 1, new Rect(4, 0, 2, 1))).isInstanceOf(BadRequestException.class);
    }

    private static int ceilHalf(int v) {
        return (v + 1) / 2;
    }

    private static Jp2Header header(int x0, int y0, int width, int height) {
        return new Jp2Header(Jp2Header.Container.CODESTREAM, 0, 1000, width, height, x0, y0, width, height, 0, 0,
                List.of(new Jp2Header.Component(8, false, 1, 1)), 1, 3, Jp2Header.Colour.GREY, Optional.empty(),
                List.of(), Optional.empty());
    }
}
