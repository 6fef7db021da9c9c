/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import org.junit.jupiter.api.Test;

class OutputBandsTest {

    @Test
    void fiveBandsShowTheirFirstThreeAsColour() {
        Raster five = Raster.ofBytes(2, 1, 5, ColourSpace.MULTIBAND, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        Raster shown = OutputBands.forEncoding(five);
        assertThat(shown.bands()).isEqualTo(3);
        assertThat(shown.colourSpace()).isEqualTo(ColourSpace.SRGB);
        assertThat(shown.bytes()).containsExactly(1, 2, 3, 6, 7, 8);
    }

    @Test
    void twoBandsShowTheFirstAsGrey() {
        Raster two = Raster.ofBytes(2, 1, 2, ColourSpace.MULTIBAND, new byte[] {1, 2, 3, 4});
        Raster shown = OutputBands.forEncoding(two);
        assertThat(shown.colourSpace()).isEqualTo(ColourSpace.GREY);
        assertThat(shown.bytes()).containsExactly(1, 3);
    }

    @Test
    void colourAndGreyPassUnchanged() {
        Raster rgb = Raster.ofBytes(1, 1, 3, ColourSpace.SRGB, new byte[] {1, 2, 3});
        assertThat(OutputBands.forEncoding(rgb)).isSameAs(rgb);
    }
}
