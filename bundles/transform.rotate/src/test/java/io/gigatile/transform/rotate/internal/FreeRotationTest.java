/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.rotate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeRotationTest {
    private final RotateTransform rotate = new RotateTransform();

    @Test
    void fortyFiveDegreesOnFourByFourGivesSixBySixWithTransparentCorners() {
        byte[] flat = new byte[16];
        Arrays.fill(flat, (byte) 200);
        byte[] before = flat.clone();
        Raster input = Raster.ofBytes(4, 4, 1, ColourSpace.GREY, flat);

        Raster out = rotate.apply(input, List.of("45"));

        // 4 cos 45 + 4 sin 45 = 5.66, rounded up
        assertThat(out.width()).isEqualTo(6);
        assertThat(out.height()).isEqualTo(6);
        assertThat(out.bands()).isEqualTo(2);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.GREY);
        int[][] alpha = new int[6][6];
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 6; x++) {
                alpha[y][x] = out.bytes()[(y * 6 + x) * 2 + 1] & 0xFF;
                int grey = out.bytes()[(y * 6 + x) * 2] & 0xFF;
                assertThat(grey).as("colour at %d,%d is the input's or empty", x, y).isIn(0, 200);
                assertThat(grey == 0).isEqualTo(alpha[y][x] == 0);
            }
        }
        assertThat(new int[] {alpha[0][0], alpha[0][5], alpha[5][0], alpha[5][5]}).containsOnly(0);
        assertThat(new int[] {alpha[2][2], alpha[2][3], alpha[3][2], alpha[3][3]}).containsOnly(255);
        assertThat(alpha[0][2]).as("edge is partly covered").isStrictlyBetween(0, 255);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 6; x++) {
                assertThat(alpha[y][x]).as("symmetric under quarter turns at %d,%d", x, y)
                        .isEqualTo(alpha[x][5 - y]).isEqualTo(alpha[5 - y][5 - x]);
            }
        }
        assertThat(input.bytes()).isEqualTo(before);
    }

    @Test
    void outputIsTheBoundingBoxRoundedUp() {
        Raster input = Raster.ofBytes(10, 4, 3, ColourSpace.SRGB, new byte[120]);

        Raster thirty = rotate.apply(input, List.of("30"));
        Raster tiny = rotate.apply(input, List.of("0.001"));

        // 10 cos 30 + 4 sin 30 = 10.66, 10 sin 30 + 4 cos 30 = 8.46
        assertThat(new int[] {thirty.width(), thirty.height(), thirty.bands()}).containsExactly(11, 9, 4);
        assertThat(thirty.colourSpace()).isEqualTo(ColourSpace.SRGB);
        assertThat(new int[] {tiny.width(), tiny.height()}).containsExactly(11, 5);
        assertThat(FreeRotation.extent(8.0000000001)).isEqualTo(8);
        assertThat(FreeRotation.extent(8.001)).isEqualTo(9);
    }

    @Test
    void linearRampIsReproducedExactlyInside() {
        // bilinear interpolation reproduces a linear function exactly, so inside pixels must equal the ramp at
        // the inverse-mapped point; this pins down direction (clockwise), centres and half-pixel alignment
        int w = 20;
        int h = 16;
        byte[] ramp = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                ramp[y * w + x] = (byte) (10 + 5 * x + 3 * y);
            }
        }
        for (double degrees : new double[] {17, 135, 200.5, 301}) {
            Raster out = rotate.apply(Raster.ofBytes(w, h, 1, ColourSpace.GREY, ramp),
                    List.of(String.valueOf(degrees)));
            double cos = Math.cos(Math.toRadians(degrees));
            double sin = Math.sin(Math.toRadians(degrees));
            int inside = 0;
            for (int y = 0; y < out.height(); y++) {
                for (int x = 0; x < out.width(); x++) {
                    double dx = x + 0.5 - out.width() / 2.0;
                    double dy = y + 0.5 - out.height() / 2.0;
                    double u = w / 2.0 - 0.5 + dx * cos + dy * sin;
                    double v = h / 2.0 - 0.5 - dx * sin + dy * cos;
                    if (u >= 0 && v >= 0 && u <= w - 1 && v <= h - 1) {
                        inside++;
                        int i = (y * out.width() + x) * 2;
                        assertThat(out.bytes()[i + 1] & 0xFF).isEqualTo(255);
                        assertThat((double) (out.bytes()[i] & 0xFF)).as("%s degrees at %d,%d", degrees, x, y)
                                .isCloseTo(10 + 5 * u + 3 * v, offset(1.0));
                    }
                }
            }
            assertThat(inside).isGreaterThan(w * h / 2);
        }
    }

    @Test
    void turnsTheSameWayAsTheRightAngles() {
        // a bright spot right of the centre goes below it when turned clockwise
        byte[] spot = new byte[21 * 21];
        spot[10 * 21 + 17] = (byte) 255;
        Raster input = Raster.ofBytes(21, 21, 1, ColourSpace.GREY, spot);

        int[] exact = brightest(rotate.apply(input, List.of("90")), 1);
        int[] near = brightest(rotate.apply(input, List.of("89.5")), 2);

        assertThat(exact).containsExactly(10, 17);
        Raster nearRaster = rotate.apply(input, List.of("89.5"));
        assertThat(near[0] - nearRaster.width() / 2).isBetween(-1, 1);
        assertThat(near[1] - nearRaster.height() / 2).isBetween(6, 8);
    }

    @Test
    void existingAlphaIsMultipliedByCoverageAndColourIsNotDarkened() {
        byte[] greyAlpha = new byte[8 * 8 * 2];
        for (int i = 0; i < greyAlpha.length; i += 2) {
            greyAlpha[i] = (byte) 180;
            greyAlpha[i + 1] = (byte) 128;
        }
        Raster input = Raster.ofBytes(8, 8, 2, ColourSpace.GREY, greyAlpha);

        Raster out = rotate.apply(input, List.of("30"));

        assertThat(out.bands()).isEqualTo(2);
        int centre = (out.height() / 2 * out.width() + out.width() / 2) * 2;
        assertThat(out.bytes()[centre] & 0xFF).isEqualTo(180);
        assertThat(out.bytes()[centre + 1] & 0xFF).isEqualTo(128);
        for (int i = 0; i < out.bytes().length; i += 2) {
            int alpha = out.bytes()[i + 1] & 0xFF;
            assertThat(alpha).isLessThanOrEqualTo(128);
            if (alpha > 0) {
                assertThat(out.bytes()[i] & 0xFF).as("straight colour at the edge").isEqualTo(180);
            }
        }
        assertThat(out.bytes()[1]).as("corner").isZero();
    }

    @Test
    void rgbGainsAlphaAndRgbaKeepsItsFourBands() {
        byte[] rgb = new byte[6 * 6 * 3];
        for (int i = 0; i < rgb.length; i += 3) {
            rgb[i] = 10;
            rgb[i + 1] = 20;
            rgb[i + 2] = 30;
        }
        byte[] rgba = new byte[6 * 6 * 4];
        for (int i = 0; i < rgba.length; i += 4) {
            rgba[i] = 10;
            rgba[i + 1] = 20;
            rgba[i + 2] = 30;
            rgba[i + 3] = (byte) 255;
        }

        Raster fromRgb = rotate.apply(Raster.ofBytes(6, 6, 3, ColourSpace.SRGB, rgb), List.of("10"));
        Raster fromRgba = rotate.apply(Raster.ofBytes(6, 6, 4, ColourSpace.SRGB, rgba), List.of("10"));

        assertThat(fromRgb.bands()).isEqualTo(4);
        assertThat(fromRgba.bytes()).as("opaque RGBA rotates like RGB").isEqualTo(fromRgb.bytes());
        int centre = (fromRgb.height() / 2 * fromRgb.width() + fromRgb.width() / 2) * 4;
        assertThat(Arrays.copyOfRange(fromRgb.bytes(), centre, centre + 4)).containsExactly(10, 20, 30, 255);
    }

    private static int[] brightest(Raster raster, int bands) {
        int best = -1;
        int at = 0;
        for (int i = 0; i < raster.width() * raster.height(); i++) {
            int v = raster.bytes()[i * bands] & 0xFF;
            if (v > best) {
                best = v;
                at = i;
            }
        }
        return new int[] {at % raster.width(), at / raster.width()};
    }
}
