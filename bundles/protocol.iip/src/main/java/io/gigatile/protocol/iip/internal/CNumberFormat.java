/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * C's {@code printf} number conversions, which iipsrv's OBJ answers use. Java's {@code %g} differs from C's
 * (it keeps trailing zeros and switches to exponents at other magnitudes), so both are written out here.
 * Rounding is half-even on the exact binary value, as glibc does.
 */
final class CNumberFormat {

    private CNumberFormat() {
    }

    /**
     * @param value the number
     * @param precision significant digits, at least 1
     * @return the text of C's {@code %.<precision>g}
     */
    static String g(double value, int precision) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= precision) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            String digits = stripZeros(mantissa.setScale(precision - 1, RoundingMode.HALF_EVEN).toPlainString());
            int magnitude = Math.abs(exponent);
            return digits + (exponent < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + magnitude;
        }
        return stripZeros(rounded.setScale(Math.max(precision - 1 - exponent, 0), RoundingMode.HALF_EVEN)
                .toPlainString());
    }

    /**
     * @param value the number
     * @return the text of C's {@code %f}: six decimals
     */
    static String f(double value) {
        return f(value, 6);
    }

    /**
     * @param value the number
     * @param precision decimals, 0 or more
     * @return the text of C's {@code %.<precision>f}; negative numbers keep their sign when they round to zero
     */
    static String f(double value, int precision) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        }
        String text = new BigDecimal(value).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return negative && text.charAt(0) != '-' ? "-" + text : text;
    }

    private static String stripZeros(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }
}
