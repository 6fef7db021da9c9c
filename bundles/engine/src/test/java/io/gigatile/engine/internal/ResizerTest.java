/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResizerTest {
    private final Resizer bilinear = new Resizer(false);
    private final Resizer nearest = new Resizer(true);

    private static Raster grey(int width, int height, int... samples) {
        return Raster.ofBytes(width, height, 1, ColourSpace.GREY, toBytes(samples));
    }

    private static byte[] toBytes(int... samples) {
        byte[] b = new byte[samples.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) samples[i];
        }
        return b;
    }

    private static int[] samples(Raster r) {
        byte[] b = r.bytes();
        int[] out = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] & 0xFF;
        }
        return out;
    }

    private static ReadPlan whole(Raster r, int outWidth, int outHeight) {
        return new ReadPlan(0, new Rect(0, 0, r.width(), r.height()), 0, 0, r.width(), r.height(), outWidth,
                outHeight);
    }

    @Test
    void aConstantStaysConstantAtAnySizeAndMethod() {
        byte[] samples = new byte[37 * 23 * 3];
        Arrays.fill(samples, (byte) 123);
        Raster constant = Raster.ofBytes(37, 23, 3, ColourSpace.SRGB, samples);
        for (int[] size : new int[][] {{10, 7}, {100, 60}, {5, 3}, {1, 1}, {36, 23}, {37, 1}}) {
            for (Resizer resizer : new Resizer[] {bilinear, nearest}) {
                Raster out = resizer.resize(constant, whole(constant, size[0], size[1]));
                assertThat(out.width()).isEqualTo(size[0]);
                assertThat(out.height()).isEqualTo(size[1]);
                assertThat(samples(out)).containsOnly(123);
            }
        }
    }

    @Test
    void aCheckerHalvesToItsMean() {
        assertThat(samples(bilinear.resize(grey(2, 2, 0, 200, 200, 0), whole(grey(2, 2, 0, 0, 0, 0), 1, 1))))
                .containsExactly(100);
        int[] checker = new int[8 * 8];
        for (int i = 0; i < checker.length; i++) {
            checker[i] = ((i % 8 + i / 8) & 1) == 0 ? 0 : 200;
        }
        Raster big = grey(8, 8, checker);
        assertThat(samples(bilinear.resize(big, whole(big, 4, 4)))).containsOnly(100);
        assertThat(samples(bilinear.resize(big, whole(big, 1, 1)))).containsExactly(100);
    }

    @Test
    void bilinearAlignsSampleCentres() {
        Raster ramp = grey(2, 1, 0, 100);
        assertThat(samples(bilinear.resize(ramp, whole(ramp, 4, 1)))).containsExactly(0, 25, 75, 100);
        Raster eight = grey(8, 1, 0, 10, 20, 30, 40, 50, 60, 70);
        assertThat(samples(bilinear.resize(eight, whole(eight, 4, 1)))).containsExactly(5, 25, 45, 65);
        Raster column = grey(1, 2, 0, 100);
        assertThat(samples(bilinear.resize(column, whole(column, 1, 4)))).containsExactly(0, 25, 75, 100);
    }

    @Test
    void shrinkingByMoreThanTwoAveragesWholeBoxes() {
        int[] ramp = new int[16];
        for (int i = 0; i < 16; i++) {
            ramp[i] = i * 10;
        }
        Raster r = grey(16, 1, ramp);
        assertThat(samples(bilinear.resize(r, whole(r, 4, 1)))).containsExactly(15, 55, 95, 135);
        Raster spike = grey(9, 1, 0, 0, 0, 0, 90, 0, 0, 0, 0);
        assertThat(samples(bilinear.resize(spike, whole(spike, 3, 1)))).containsExactly(0, 30, 0);
    }

    @Test
    void nearestPicksTheSampleUnderEachCentre() {
        Raster eight = grey(8, 1, 0, 10, 20, 30, 40, 50, 60, 70);
        assertThat(samples(nearest.resize(eight, whole(eight, 4, 1)))).containsExactly(10, 30, 50, 70);
        Raster two = grey(2, 1, 0, 100);
        assertThat(samples(nearest.resize(two, whole(two, 4, 1)))).containsExactly(0, 0, 100, 100);
    }

    @Test
    void aWindowInsideTheReadIsSampledWhereItLies() {
        Raster row = grey(4, 1, 0, 100, 200, 250);
        ReadPlan middle = new ReadPlan(0, new Rect(0, 0, 4, 1), 1, 0, 2, 1, 2, 1);
        assertThat(samples(bilinear.resize(row, middle))).containsExactly(100, 200);
        ReadPlan half = new ReadPlan(0, new Rect(0, 0, 4, 1), 0.5, 0, 2, 1, 2, 1);
        assertThat(samples(bilinear.resize(row, half))).containsExactly(50, 150);
    }

    @Test
    void anExactReadIsReturnedAsItIs() {
        Raster r = grey(2, 2, 1, 2, 3, 4);
        assertThat(bilinear.resize(r, ReadPlan.exact(0, new Rect(5, 5, 2, 2)))).isSameAs(r);
    }

    @Test
    void bandsStayApart() {
        Raster rgb = Raster.ofBytes(2, 1, 3, ColourSpace.SRGB, toBytes(0, 100, 200, 100, 100, 0));
        assertThat(samples(bilinear.resize(rgb, whole(rgb, 1, 1)))).containsExactly(50, 100, 100);
    }
}
