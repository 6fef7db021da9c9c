/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected texts are glibc's {@code printf("%.9g")} and {@code printf("%f")} of the same float values. */
class CNumberFormatTest {

    @Test
    void formatsWholeNumbersWithoutDecimals() {
        assertThat(CNumberFormat.g(0, 9)).isEqualTo("0");
        assertThat(CNumberFormat.g(255, 9)).isEqualTo("255");
        assertThat(CNumberFormat.g(65535, 9)).isEqualTo("65535");
        assertThat(CNumberFormat.g(-128, 9)).isEqualTo("-128");
        assertThat(CNumberFormat.g(4294967295.0, 9)).isEqualTo("4.2949673e+09");
    }

    @Test
    void formatsFloatsToNineSignificantDigits() {
        assertThat(CNumberFormat.g(1.0f, 9)).isEqualTo("1");
        assertThat(CNumberFormat.g(0.1f, 9)).isEqualTo("0.100000001");
        assertThat(CNumberFormat.g(1e-5f, 9)).isEqualTo("9.99999975e-06");
        assertThat(CNumberFormat.g(0.0001f, 9)).isEqualTo("9.99999975e-05");
        assertThat(CNumberFormat.g(0.001f, 9)).isEqualTo("0.00100000005");
        assertThat(CNumberFormat.g(-Float.MAX_VALUE, 9)).isEqualTo("-3.40282347e+38");
        assertThat(CNumberFormat.g(123456789f, 9)).isEqualTo("123456792");
        assertThat(CNumberFormat.g(1234567890f, 9)).isEqualTo("1.23456794e+09");
    }

    @Test
    void formatsSixDecimals() {
        assertThat(CNumberFormat.f(300f)).isEqualTo("300.000000");
        assertThat(CNumberFormat.f(72.5f)).isEqualTo("72.500000");
        assertThat(CNumberFormat.f(0.1f)).isEqualTo("0.100000");
    }

    @Test
    void formatsOtherDecimalsKeepingTheSignOfZero() {
        assertThat(CNumberFormat.f(0.1f, 9)).isEqualTo("0.100000001");
        assertThat(CNumberFormat.f(2.5, 0)).isEqualTo("2");
        assertThat(CNumberFormat.f(-1e-10, 6)).isEqualTo("-0.000000");
        assertThat(CNumberFormat.f(-0.0, 3)).isEqualTo("-0.000");
        assertThat(CNumberFormat.f(-2.5, 1)).isEqualTo("-2.5");
        assertThat(CNumberFormat.f(Double.NaN, 9)).isEqualTo("nan");
    }
}
