/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.lab2srgb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SrgbCurveTest {
    private final SrgbCurve curve = new SrgbCurve();

    @Test
    void endsAndNonFiniteValues() {
        assertThat(curve.encode(0f)).isZero();
        assertThat(curve.encode(-0.5f)).isZero();
        assertThat(curve.encode(Float.NaN)).isZero();
        assertThat(curve.encode(Float.NEGATIVE_INFINITY)).isZero();
        assertThat(curve.encode(1f)).isEqualTo(255);
        assertThat(curve.encode(7f)).isEqualTo(255);
        assertThat(curve.encode(Float.POSITIVE_INFINITY)).isEqualTo(255);
    }

    @Test
    void knownLevels() {
        // 18% grey is level 117.65; 0.5 is 187.51; the linear segment: 0.001 * 12.92 * 255 = 3.29
        assertThat(curve.encode(0.18f)).isEqualTo(118);
        assertThat(curve.encode(0.5f)).isEqualTo(188);
        assertThat(curve.encode(0.001f)).isEqualTo(3);
        assertThat(curve.encode(0.9999f)).isEqualTo(255);
    }

    @Test
    void tableAgreesWithTheFormulaAroundEveryStepBetweenLevels() {
        for (int k = 1; k < 256; k++) {
            float edge = firstFloatAtLeast(k);
            assertThat(curve.encode(edge)).as("level %d", k).isEqualTo(SrgbCurve.level(edge)).isEqualTo(k);
            float below = Math.nextDown(edge);
            assertThat(curve.encode(below)).as("below level %d", k).isEqualTo(SrgbCurve.level(below))
                    .isEqualTo(k - 1);
        }
    }

    @Test
    void tableAgreesWithTheFormulaEverywhere() {
        SplittableRandom random = new SplittableRandom(20260101);
        for (int i = 0; i < 2_000_000; i++) {
            // uniform in the bits, so tiny values are as well covered as large ones
            float linear = Float.intBitsToFloat(random.nextInt(Float.floatToIntBits(1.01f)));
            assertThat(curve.encode(linear)).as("%s", linear).isEqualTo(SrgbCurve.level(linear));
        }
        for (int i = 0; i <= 100_000; i++) {
            float linear = i / 100_000f;
            assertThat(curve.encode(linear)).as("%s", linear).isEqualTo(SrgbCurve.level(linear));
        }
    }

    /** Walks the floats, independently of the bisection in the curve. */
    private static float firstFloatAtLeast(int k) {
        double guess = Math.pow(((k - 0.5) / 255 + 0.055) / 1.055, 2.4);
        if ((k - 0.5) / 255 <= 0.04045) {
            guess = (k - 0.5) / 255 / 12.92;
        }
        float f = (float) guess;
        while (SrgbCurve.level(f) >= k) {
            f = Math.nextDown(f);
        }
        while (SrgbCurve.level(f) < k) {
            f = Math.nextUp(f);
        }
        return f;
    }
}
