/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.colormap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.TransformContract;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ColormapTransformTest {
    /** Every step of 1/1536 over -0.5..1.5 (so every third and eighth), and the floats either side of them. */
    private static final float[] VALUES = values();

    private final ColormapTransform colormap = new ColormapTransform();

    /*
     * The references are the usual closed forms of these maps, not iipsrv's branches: hot is (3v, 3v - 1, 3v - 2)
     * and jet (1.5 - |4v - 3|, 1.5 - |4v - 2|, 1.5 - |4v - 1|), each clamped to 0..1. iipsrv's branches agree
     * with them inside 0..1; outside it iipsrv's jet is black below 0 and stays at its value for 1 above 1.
     */

    @Test
    void hotIsBlackRedYellowWhite() {
        assertMapped("hot", v -> new double[] {clamp(3 * v), clamp(3 * v - 1), clamp(3 * v - 2)});
    }

    @Test
    void coldIsHotWithRedAndBlueSwapped() {
        assertMapped("cold", v -> new double[] {clamp(3 * v - 2), clamp(3 * v - 1), clamp(3 * v)});
    }

    @Test
    void jetIsTheClassicJetClampedAtOneAndBlackBelowZero() {
        assertMapped("jet", v -> {
            if (v < 0) {
                return new double[] {0, 0, 0};
            }
            double u = Math.min(v, 1);
            return new double[] {clamp(1.5 - Math.abs(4 * u - 3)), clamp(1.5 - Math.abs(4 * u - 2)),
                clamp(1.5 - Math.abs(4 * u - 1))};
        });
    }

    @Test
    void redGreenAndBluePassTheValueThroughUnclamped() {
        assertMapped("red", v -> new double[] {v, 0, 0});
        assertMapped("green", v -> new double[] {0, v, 0});
        assertMapped("blue", v -> new double[] {0, 0, v});
    }

    @Test
    void edgeValuesAsIipsrvGivesThem() {
        float[] values = {0f, 1f, -0.5f, 2f, Float.NaN};

        assertThat(map("hot", values)).containsExactly(0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1);
        assertThat(map("cold", values)).containsExactly(0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1);
        // jet: 0 is already dark blue, and 1, above 1 and NaN all take iipsrv's last branch, dark red
        assertThat(map("jet", values)).containsExactly(0, 0, 0.5f, 0.5f, 0, 0, 0, 0, 0, 0.5f, 0, 0, 0.5f, 0, 0);
        assertThat(map("red", values)).containsExactly(0, 0, 0, 1, 0, 0, -0.5f, 0, 0, 2, 0, 0, Float.NaN, 0, 0);
        assertThat(map("blue", values)).containsExactly(0, 0, 0, 0, 0, 1, 0, 0, -0.5f, 0, 0, 2, 0, 0, Float.NaN);
    }

    @Test
    void namesAreReadInAnyCase() {
        float[] values = {0.3f};

        assertThat(map("JET", values)).containsExactly(map("jet", values));
        assertThat(map("Hot", values)).containsExactly(map("hot", values));
    }

    @Test
    void readsTheFirstBandAndWritesThreeBandsOfSrgb() {
        float[] samples = {0.5f, 9f, 9f, 9f, 0.25f, -9f, -9f, -9f};
        Raster input = Raster.ofFloats(1, 2, 4, ColourSpace.SRGB, samples);

        Raster out = colormap.apply(input, List.of("green"));

        assertThat(out.bands()).isEqualTo(3);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.SRGB);
        assertThat(out.floats()).containsExactly(0, 0.5f, 0, 0, 0.25f, 0);
    }

    @Nested
    class Contract extends TransformContract {
        Contract() {
            super(colormap, "colormap", TransformStage.COLORMAP, List.of("jet"),
                    Rasters.randomFloats(16, 12, 4, ColourSpace.SRGB, 1));
        }

        @Override
        protected List<List<String>> malformedArguments() {
            return List.of(List.of(), List.of("hot", "cold"), List.of(""), List.of("grey"), List.of("ho"),
                    List.of(" hot"), List.of("x".repeat(10_000)));
        }
    }

    private interface Reference {
        double[] rgb(double v);
    }

    private void assertMapped(String name, Reference reference) {
        float[] out = map(name, VALUES);

        for (int i = 0; i < VALUES.length; i++) {
            double[] rgb = reference.rgb(VALUES[i]);
            float[] expected = {(float) rgb[0], (float) rgb[1], (float) rgb[2]};
            assertThat(Arrays.copyOfRange(out, 3 * i, 3 * i + 3)).as("%s %s", name, VALUES[i])
                    .containsExactly(expected);
        }
    }

    private float[] map(String name, float[] values) {
        Raster input = Raster.ofFloats(values.length, 1, 1, ColourSpace.GREY, values.clone());
        return colormap.apply(input, List.of(name)).floats();
    }

    private static double clamp(double v) {
        return Math.min(Math.max(v, 0), 1);
    }

    private static float[] values() {
        float[] values = new float[3 * 3073];
        for (int i = 0; i <= 3072; i++) {
            float v = (i - 768) / 1536f;
            values[3 * i] = Math.nextDown(v);
            values[3 * i + 1] = v;
            values[3 * i + 2] = Math.nextUp(v);
        }
        return values;
    }
}
