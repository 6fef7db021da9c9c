/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.convolve.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.TransformContract;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConvolveTransformTest {
    private static final List<String> FIVE = List.of("1", "-2", "0.5", "3", "1", "0", "2", "1", "-1", "4", "2",
            "0.25", "7", "1", "0", "-3", "1", "1", "2", "1", "1", "0", "1.5", "2", "1");

    private final ConvolveTransform convolve = new ConvolveTransform();

    @Test
    void matchesTheReferenceWithEdgesExtended() {
        Raster input = Rasters.randomFloats(7, 6, 3, ColourSpace.SRGB, 3);
        float[] before = input.floats().clone();
        for (List<String> arguments : List.of(List.of("sobel"), List.of("gaussian"), List.of("Emboss"), FIVE,
                List.of("0.5"), List.of("-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1"))) {
            double[] kernel = kernel(arguments);

            Raster out = convolve.apply(input, arguments);

            assertThat(out.bands()).isEqualTo(3);
            assertThat(out.colourSpace()).isEqualTo(ColourSpace.SRGB);
            float[] expected = reference(before, 7, 6, 3, kernel);
            assertThat(out.floats()).as(arguments.toString()).containsExactly(expected, within(1e-5f));
        }
        assertThat(input.floats()).containsExactly(before);
    }

    @Test
    void namedKernelsAreIipsrvsAppliedUnflipped() {
        // an impulse gives the kernel back, rotated half a turn, divided by its sum where that is positive
        Map<String, float[]> kernels = Map.of("sobel", new float[] {-1, 0, 1, -2, 0, 2, -1, 0, 1},
                "prewitt", new float[] {1, 0, -1, 1, 0, -1, 1, 0, -1},
                "scharr", new float[] {-3, 0, 3, -10, 0, 10, -3, 0, 3},
                "laplace", new float[] {-1, -1, -1, -1, 8, -1, -1, -1, -1},
                "gaussian", new float[] {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f,
                    1 / 16f},
                "sharpen", new float[] {0, -1, 0, -1, 5, -1, 0, -1, 0},
                "emboss", new float[] {-2, -1, 0, -1, 1, 1, 0, 1, 2});
        float[] impulse = new float[25];
        impulse[12] = 1;
        Raster input = Raster.ofFloats(5, 5, 1, ColourSpace.GREY, impulse);

        kernels.forEach((name, kernel) -> {
            float[] out = convolve.apply(input, List.of(name.toUpperCase(Locale.ROOT))).floats();
            for (int i = 0; i < 9; i++) {
                int x = 1 + i % 3;
                int y = 1 + i / 3;
                assertThat(out[y * 5 + x]).as("%s at %d,%d", name, x, y).isEqualTo(kernel[8 - i]);
            }
        });
    }

    @Test
    void edgesAreExtended() {
        // a ramp of 0.1 a pixel: Sobel sees 8 steps inside, but half of that where the edge pixel repeats
        float[] ramp = {0f, 0.1f, 0.2f, 0.3f};
        Raster input = Raster.ofFloats(4, 1, 1, ColourSpace.GREY, ramp);

        float[] out = convolve.apply(input, List.of("sobel")).floats();

        assertThat(out).containsExactly(new float[] {0.4f, 0.8f, 0.8f, 0.4f}, within(1e-6f));
        // a single pixel repeated on every side: a kernel of positive sum gives it back
        Raster one = Raster.ofFloats(1, 1, 2, ColourSpace.MULTIBAND, new float[] {0.25f, 0.75f});
        assertThat(convolve.apply(one, FIVE).floats()).containsExactly(new float[] {0.25f, 0.75f}, within(1e-6f));
    }

    @Test
    void croppingAfterEqualsConvolvingAMarginAndCropping() {
        Raster image = Rasters.randomFloats(40, 30, 2, ColourSpace.MULTIBAND, 5);
        int[][] regions = {{0, 0, 8, 8}, {16, 8, 8, 8}, {32, 22, 8, 8}, {39, 29, 1, 1}, {3, 27, 20, 3}, {0, 0, 40, 30}};
        for (List<String> arguments : List.of(List.of("laplace"), FIVE, List.of("2"))) {
            int margin = convolve.margin(arguments);
            Raster whole = convolve.apply(image, arguments);
            for (int[] r : regions) {
                // as the engine grows a region: by the margin, but not beyond the image
                int x0 = Math.max(0, r[0] - margin);
                int y0 = Math.max(0, r[1] - margin);
                int x1 = Math.min(40, r[0] + r[2] + margin);
                int y1 = Math.min(30, r[1] + r[3] + margin);
                Raster grown = convolve.apply(crop(image, x0, y0, x1 - x0, y1 - y0), arguments);

                assertThat(crop(grown, r[0] - x0, r[1] - y0, r[2], r[3]).floats())
                        .as("%s over %d,%d %dx%d", arguments, r[0], r[1], r[2], r[3])
                        .containsExactly(crop(whole, r[0], r[1], r[2], r[3]).floats());
            }
        }
    }

    @Test
    void marginIsHalfTheSide() {
        assertThat(convolve.margin(List.of("0.5"))).isZero();
        assertThat(convolve.margin(List.of("sobel"))).isEqualTo(1);
        assertThat(convolve.margin(Collections.nCopies(9, "1"))).isEqualTo(1);
        assertThat(convolve.margin(FIVE)).isEqualTo(2);
        assertThatThrownBy(() -> convolve.margin(List.of("blur"))).isInstanceOf(BadRequestException.class);
    }

    @Nested
    class Contract extends TransformContract {
        Contract() {
            super(convolve, "convolve", TransformStage.CONVOLVE, List.of("sobel"),
                    Rasters.randomFloats(16, 12, 3, ColourSpace.SRGB, 1));
        }

        @Override
        protected List<List<String>> malformedArguments() {
            List<List<String>> bad = new ArrayList<>(List.of(List.of(), List.of("blur"), List.of(""),
                    List.of("sobel", "1"), List.of("NaN"), List.of("1e999"), List.of("0x1p3"), List.of("1f"),
                    List.of("1,2,1,2,4,2,1,2,1"), List.of("[sobel]"), List.of("s".repeat(100_000)),
                    List.of("1".repeat(100_000))));
            for (int count : new int[] {2, 4, 8, 16, 26, 36, 49, 100_000}) {
                bad.add(Collections.nCopies(count, "1"));
            }
            List<String> infinite = new ArrayList<>(Collections.nCopies(9, "1"));
            infinite.set(4, "-1e39");
            bad.add(infinite);
            List<String> word = new ArrayList<>(Collections.nCopies(25, "1"));
            word.set(24, "sobel");
            bad.add(word);
            return bad;
        }
    }

    /** Straight from the definition, all in double, clamping each coordinate as it is read. */
    private static float[] reference(float[] in, int width, int height, int bands, double[] kernel) {
        int side = (int) Math.round(Math.sqrt(kernel.length));
        double sum = 0;
        for (double k : kernel) {
            sum += k;
        }
        float[] out = new float[in.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < bands; c++) {
                    double v = 0;
                    for (int j = 0; j < side; j++) {
                        for (int i = 0; i < side; i++) {
                            int sx = Math.min(width - 1, Math.max(0, x + i - side / 2));
                            int sy = Math.min(height - 1, Math.max(0, y + j - side / 2));
                            v += kernel[j * side + i] * in[(sy * width + sx) * bands + c];
                        }
                    }
                    out[(y * width + x) * bands + c] = (float) (sum > 0 ? v / sum : v);
                }
            }
        }
        return out;
    }

    private static double[] kernel(List<String> arguments) {
        Map<String, double[]> named = Map.of("sobel", new double[] {-1, 0, 1, -2, 0, 2, -1, 0, 1},
                "gaussian", new double[] {1, 2, 1, 2, 4, 2, 1, 2, 1},
                "emboss", new double[] {-2, -1, 0, -1, 1, 1, 0, 1, 2});
        if (named.containsKey(arguments.get(0).toLowerCase(Locale.ROOT))) {
            return named.get(arguments.get(0).toLowerCase(Locale.ROOT));
        }
        return arguments.stream().mapToDouble(Double::parseDouble).toArray();
    }

    private static Raster crop(Raster raster, int x, int y, int width, int height) {
        int bands = raster.bands();
        float[] out = new float[width * height * bands];
        for (int row = 0; row < height; row++) {
            System.arraycopy(raster.floats(), ((y + row) * raster.width() + x) * bands, out, row * width * bands,
                    width * bands);
        }
        return Raster.ofFloats(width, height, bands, raster.colourSpace(), out);
    }
}
