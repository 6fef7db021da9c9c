/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.bitonal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtsuTest {

    @Test
    void twoClustersAreSplitAtTheTopOfTheDarkOne() {
        int[] histogram = new int[256];
        histogram[30] = 50;
        histogram[40] = 50;
        histogram[180] = 30;
        histogram[220] = 70;

        assertThat(Otsu.threshold(histogram)).isEqualTo(40);
    }

    @Test
    void emptyAndSingleValueHistogramsGiveZero() {
        int[] single = new int[256];
        single[77] = 1000;

        assertThat(Otsu.threshold(new int[256])).isZero();
        assertThat(Otsu.threshold(single)).isZero();
    }

    @Test
    void histogramRoundsTheMeanOfTheColours() {
        // means 1/3 -> 0, 2/3 -> 1, 1.5 -> 2 (half up), 254.5 -> 255
        byte[] rgb = {1, 0, 0, 1, 1, 0};
        byte[] greyAlpha = {1, (byte) 255, 2, 0, 3, (byte) 255};

        int[] colour = Otsu.histogram(rgb, 3, 3);
        int[] grey = Otsu.histogram(greyAlpha, 2, 1);

        assertThat(colour[0]).isEqualTo(1);
        assertThat(colour[1]).isEqualTo(1);
        assertThat(grey[1]).isEqualTo(1);
        assertThat(grey[2]).as("transparent pixel not counted").isZero();
        assertThat(grey[3]).isEqualTo(1);
        assertThat(Otsu.histogram(new byte[] {1, 2}, 2, 2)[2]).isEqualTo(1);
        assertThat(Otsu.histogram(new byte[] {(byte) 254, (byte) 255}, 2, 2)[255]).isEqualTo(1);
    }
}
