/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.hillshade.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.TransformContract;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HillshadeTransformTest {
    private final HillshadeTransform shade = new HillshadeTransform();

    @Test
    void matchesTheLambertianReference() {
        Raster input = Rasters.randomFloats(6, 5, 3, ColourSpace.SRGB, 7);
        float[] before = input.floats().clone();
        int[][] angles = {{0, 0}, {45, 30}, {90, 45}, {135, 60}, {180, 10}, {225, 90}, {315, -20}, {360, 5}};

        for (int[] angle : angles) {
            Raster out = shade.apply(input, List.of(Integer.toString(angle[0]), Integer.toString(angle[1])));

            assertThat(out.bands()).isEqualTo(1);
            assertThat(out.colourSpace()).isEqualTo(ColourSpace.GREY);
            for (int p = 0; p < 30; p++) {
                assertThat(out.floats()[p]).as("pixel %d at %d,%d", p, angle[0], angle[1])
                        .isCloseTo(reference(angle[0], angle[1], before, p * 3), within(2e-6f));
            }
        }
        assertThat(input.floats()).containsExactly(before);
    }

    @Test
    void handValues() {
        // a north-facing slope, the flat ground, a south-facing slope (normals encoded 0..1, negated as in iipsrv)
        Raster input = Raster.ofFloats(3, 1, 3, ColourSpace.SRGB, new float[] {0.5f, 0f, 0.5f, 0.5f, 0.5f, 1f,
            0.5f, 1f, 0.5f});

        // from 12 o'clock on the horizon: only the slope facing it is lit, at half of full
        assertThat(shade.apply(input, List.of("0", "0")).floats()).containsExactly(0.5f, 0f, 0f);
        // "overhead" in iipsrv keeps the whole horizontal part and adds a vertical one of 1 before normalising:
        // the light comes from 45 degrees up, and lights the north slope as much as the flat ground
        float half = (float) (Math.sqrt(2) / 4);
        assertThat(shade.apply(input, List.of("0", "90")).floats())
                .containsExactly(new float[] {half, half, 0f}, within(1e-7f));
    }

    @Test
    void allZeroPixelIsBlack() {
        // the same normal but for a tiny z: lit by a light from 12 o'clock, while all zeros is "no data"
        Raster input = Raster.ofFloats(2, 1, 3, ColourSpace.SRGB, new float[] {0f, 0f, 0f, 0f, 0f, 1e-6f});

        float[] out = shade.apply(input, List.of("0", "0")).floats();

        assertThat(out[0]).isZero();
        assertThat(out[1]).isCloseTo(0.5f, within(1e-6f));
    }

    @Test
    void pastHalfwayTheLightComesFromTheLeftAndNegativeAnglesAreIipsrvs() {
        Raster input = Raster.ofFloats(1, 1, 3, ColourSpace.SRGB, new float[] {0f, 0.5f, 0.5f});

        assertThat(shade.apply(input, List.of("90", "0")).floats()[0]).isCloseTo(0.5f, within(1e-7f));
        assertThat(shade.apply(input, List.of("270", "0")).floats()).containsExactly(0f);
        // iipsrv takes the positive root for any angle up to 180, so -90 lights from the right, as 90 does
        assertThat(shade.apply(input, List.of("-90", "0")).floats()[0]).isCloseTo(0.5f, within(1e-7f));
    }

    @Test
    void extraBandsAreSkippedPixelByPixel() {
        Raster three = Rasters.randomFloats(4, 3, 3, ColourSpace.SRGB, 11);
        float[] normals = three.floats();
        float[] withAlpha = new float[12 * 4];
        for (int p = 0; p < 12; p++) {
            System.arraycopy(normals, p * 3, withAlpha, p * 4, 3);
            withAlpha[p * 4 + 3] = 1f;
        }
        Raster four = Raster.ofFloats(4, 3, 4, ColourSpace.SRGB, withAlpha);

        assertThat(shade.apply(four, List.of("30", "40")).floats())
                .containsExactly(shade.apply(three, List.of("30", "40")).floats());
    }

    @Test
    void refusesWhatIsNotANormalMap() {
        Raster two = Raster.ofFloats(1, 1, 2, ColourSpace.MULTIBAND, new float[2]);

        assertThatThrownBy(() -> shade.apply(two, List.of("0", "0")))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessage("hillshading needs a normal map of three bands")
                .satisfies(e -> assertThat(((UnsupportedFormatException) e).isFeature()).isTrue());
    }

    @Nested
    class Contract extends TransformContract {
        Contract() {
            super(shade, "hillshade", TransformStage.HILLSHADE, List.of("45", "30"),
                    Rasters.randomFloats(16, 12, 3, ColourSpace.SRGB, 1));
        }

        @Override
        protected List<List<String>> malformedArguments() {
            return List.of(List.of(), List.of("45"), List.of("45", "30", "0"), List.of("a", "1"), List.of("45.5", "1"),
                    List.of("1e3", "1"), List.of("1", ""), List.of("1", "0x10"), List.of("1234567890", "1"),
                    List.of("4".repeat(100_000), "1"), List.of("45,30"));
        }
    }

    /** Direction by sine and cosine in double, where iipsrv takes a square root in float. */
    private static float reference(int h, int v, float[] samples, int offset) {
        double[] light = {Math.sin(Math.toRadians(h)), Math.cos(Math.toRadians(h)), -Math.sin(Math.toRadians(v))};
        double length = Math.sqrt(light[0] * light[0] + light[1] * light[1] + light[2] * light[2]);
        double dot = 0;
        for (int j = 0; j < 3; j++) {
            dot += light[j] / length * (1 - 2.0 * samples[offset + j]);
        }
        return (float) Math.min(1, Math.max(0, dot / 2));
    }
}
