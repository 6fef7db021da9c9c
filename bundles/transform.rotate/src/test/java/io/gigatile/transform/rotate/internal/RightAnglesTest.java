/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.rotate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RightAnglesTest {
    private final RotateTransform rotate = new RotateTransform();

    /*
     * The 3x2 input   1 2 3     rotated 90 clockwise   4 1     180   6 5 4     270   3 6
     *                 4 5 6                            5 2           3 2 1           2 5
     *                                                  6 3                           1 4
     */
    private final Raster grey = Raster.ofBytes(3, 2, 1, ColourSpace.GREY, new byte[] {1, 2, 3, 4, 5, 6});

    @Test
    void ninetyClockwise() {
        Raster out = rotate.apply(grey, List.of("90"));

        assertThat(out.width()).isEqualTo(2);
        assertThat(out.height()).isEqualTo(3);
        assertThat(out.bytes()).containsExactly(4, 1, 5, 2, 6, 3);
    }

    @Test
    void oneEighty() {
        Raster out = rotate.apply(grey, List.of("180"));

        assertThat(out.width()).isEqualTo(3);
        assertThat(out.bytes()).containsExactly(6, 5, 4, 3, 2, 1);
    }

    @Test
    void twoSeventy() {
        Raster out = rotate.apply(grey, List.of("270.000"));

        assertThat(out.width()).isEqualTo(2);
        assertThat(out.height()).isEqualTo(3);
        assertThat(out.bytes()).containsExactly(3, 6, 2, 5, 1, 4);
    }

    @Test
    void pixelsMoveWithAllTheirBandsAndNothingIsAdded() {
        byte[] rgb = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        Raster input = Raster.ofBytes(2, 2, 3, ColourSpace.SRGB, rgb);

        Raster out = rotate.apply(input, List.of("90"));

        assertThat(out.bands()).isEqualTo(3);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.SRGB);
        // [a b; c d] -> [c a; d b]
        assertThat(out.bytes()).containsExactly(7, 8, 9, 1, 2, 3, 10, 11, 12, 4, 5, 6);
    }

    @Test
    void turnsComposeToTheIdentityForEveryBandCount() {
        Random random = new Random(5);
        for (int bands = 1; bands <= 6; bands++) {
            byte[] samples = new byte[13 * 7 * bands];
            random.nextBytes(samples);
            byte[] before = samples.clone();
            Raster input = Raster.ofBytes(13, 7, bands, bands > 4 ? ColourSpace.MULTIBAND
                    : bands <= 2 ? ColourSpace.GREY : ColourSpace.SRGB, samples);

            Raster quarter = rotate.apply(input, List.of("90"));
            Raster full = input;
            for (int i = 0; i < 4; i++) {
                full = rotate.apply(full, List.of("90"));
            }

            assertThat(full.bytes()).isEqualTo(before);
            assertThat(rotate.apply(quarter, List.of("270")).bytes()).isEqualTo(before);
            assertThat(rotate.apply(rotate.apply(input, List.of("180")), List.of("180")).bytes()).isEqualTo(before);
            assertThat(rotate.apply(rotate.apply(input, List.of("90")), List.of("90")).bytes())
                    .isEqualTo(rotate.apply(input, List.of("180")).bytes());
            assertThat(input.bytes()).as("input untouched").isEqualTo(before);
        }
    }

    @Test
    void singleRowBecomesSingleColumn() {
        Raster row = Raster.ofBytes(4, 1, 1, ColourSpace.GREY, new byte[] {1, 2, 3, 4});

        Raster out = rotate.apply(row, List.of("90"));

        assertThat(out.width()).isEqualTo(1);
        assertThat(out.height()).isEqualTo(4);
        assertThat(out.bytes()).containsExactly(1, 2, 3, 4);
        assertThat(rotate.apply(row, List.of("270")).bytes()).containsExactly(4, 3, 2, 1);
    }
}
