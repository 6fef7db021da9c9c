/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.gamma.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.TransformContract;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GammaTransformTest {
    /** Every step of 1/1024 over 0..1, and some either side. */
    private static final float[] RAMP = ramp(-64, 1024 + 64, 1024);

    private final GammaTransform gamma = new GammaTransform();

    @Test
    void exponentMatchesPowerOfTheClampedValue() {
        for (String g : List.of("2.2", "0.5", "3", "-1.5", "1e-1")) {
            float exponent = Float.parseFloat(g);
            float[] out = apply(RAMP, g);

            for (int i = 0; i < RAMP.length; i++) {
                double expected = Math.pow(Math.max(RAMP[i], 0.0), exponent);
                assertClose(out[i], expected, RAMP[i] + " ^ " + g);
            }
        }
    }

    @Test
    void logMatchesIipsrvsScaledLogarithm() {
        float[] out = apply(RAMP, "log");

        for (int i = 0; i < RAMP.length; i++) {
            double expected = Math.log1p(255.0 * RAMP[i]) / Math.log(256);
            assertClose(out[i], expected, "log " + RAMP[i]);
        }
    }

    @Test
    void edgeValues() {
        float[] values = {0f, 1f, -0.25f, 2f, Float.NaN, -1f / 255, -1f};

        assertThat(apply(values, "2")).containsExactly(0f, 1f, 0f, 4f, Float.NaN, 0f, 0f);
        // iipsrv's exponent 0 makes everything 1, NaN included (C's pow(x, 0) is 1)
        assertThat(apply(values, "0")).containsOnly(1f);
        assertThat(apply(values, "-2")).startsWith(Float.POSITIVE_INFINITY, 1f, Float.POSITIVE_INFINITY, 0.25f);
        // iipsrv compares with v < 0, which -0 is not, and C's pow(-0, odd negative integer) is -infinity
        assertThat(apply(new float[] {-0f, 0f}, "-3")).containsExactly(Float.NEGATIVE_INFINITY,
                Float.POSITIVE_INFINITY);
        float[] log = apply(values, "log");
        assertThat(log[0]).isZero();
        assertThat(log[1]).isCloseTo(1f, within(Math.ulp(1f)));
        // 1 + 255 v is 0 at v = -1/255 and negative below: iipsrv's logarithm gives -infinity and NaN there
        assertThat(log).containsSubsequence(Float.NaN, Float.NEGATIVE_INFINITY, Float.NaN);
        assertThat(log[3]).isCloseTo((float) (Math.log(511) / Math.log(256)), within(1e-6f));
    }

    @Test
    void logIsNamedInAnyCaseOrAsIipsrvsReservedExponentMinusOne() {
        float[] values = {0.5f, 0.25f};
        float[] log = apply(values, "log");

        assertThat(log).as("not 1 / v").doesNotContain(2f, 4f);
        for (String name : List.of("LOG", "Logarithm", "-1", "-1.0", "-1e0")) {
            assertThat(apply(values, name)).as(name).containsExactly(log);
        }
    }

    @Test
    void exponentOneReturnsTheInput() {
        Raster floats = Raster.ofFloats(1, 1, 1, ColourSpace.GREY, new float[] {0.5f});
        Raster bytes = Raster.ofBytes(1, 1, 1, ColourSpace.GREY, new byte[1]);

        assertThat(gamma.apply(floats, List.of("1"))).isSameAs(floats);
        // 1.00000001 is 1 as a float, which is how iipsrv compares it
        assertThat(gamma.apply(floats, List.of("1.00000001"))).isSameAs(floats);
        assertThat(gamma.apply(bytes, List.of("1.0"))).isSameAs(bytes);
    }

    @Test
    void keepsBandsAndColourSpace() {
        Raster input = Raster.ofFloats(1, 2, 4, ColourSpace.SRGB, new float[8]);

        Raster out = gamma.apply(input, List.of("2"));

        assertThat(out.bands()).isEqualTo(4);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.SRGB);
    }

    @Nested
    class Contract extends TransformContract {
        Contract() {
            super(gamma, "gamma", TransformStage.GAMMA, List.of("2.2"),
                    Rasters.randomFloats(16, 12, 4, ColourSpace.SRGB, 1));
        }

        @Override
        protected List<List<String>> malformedArguments() {
            return List.of(List.of(), List.of("2", "2"), List.of(""), List.of("abc"), List.of("NaN"),
                    List.of("Infinity"), List.of("1e39"), List.of("1e9999"), List.of("0x1p3"), List.of("2.2f"),
                    List.of(" 2"), List.of("lo"), List.of("x".repeat(10_000)));
        }
    }

    private float[] apply(float[] values, String argument) {
        Raster input = Raster.ofFloats(values.length, 1, 1, ColourSpace.GREY, values.clone());
        return gamma.apply(input, List.of(argument)).floats();
    }

    /**
     * iipsrv works in float, a reference in double: they may differ by the last bit or two, and by up to 2^-24
     * where iipsrv's logarithm rounds 1 + 255 v to float (far below what the 8-bit output can show).
     */
    private static void assertClose(float actual, double expected, String description) {
        float rounded = (float) expected;
        if (Float.isFinite(rounded)) {
            assertThat(actual).as(description).isCloseTo(rounded, within(Math.max(4 * Math.ulp(rounded), 1e-7f)));
        } else {
            assertThat(actual).as(description).isEqualTo(Float.valueOf(rounded));
        }
    }

    private static float[] ramp(int from, int to, float steps) {
        float[] ramp = new float[to - from + 1];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (from + i) / steps;
        }
        return ramp;
    }
}
