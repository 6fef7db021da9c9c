/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.config.env.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

/**
 * One iipsrv environment variable and the component property it sets.
 *
 * @param variable the environment variable
 * @param pid the configuration PID
 * @param property the property in that configuration
 * @param parse turns the variable's text into the property's value; throws IllegalArgumentException if invalid
 */
record Setting(String variable, String pid, String property, Function<String, Object> parse) {

    static Object text(String value) {
        return value;
    }

    /**
     * A whole number as iipsrv's {@code atoi} reads it: the digits at the start count and what follows them is
     * ignored ({@code 5000px} is 5000). Unlike atoi, text that does not start with a number is refused rather than
     * read as 0, so the default stays.
     */
    static Object integer(String value) {
        String number = leadingNumber(value, false);
        try {
            return Integer.valueOf(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: " + value, e);
        }
    }

    /**
     * Megabytes as iipsrv reads MAX_IMAGE_CACHE_SIZE ({@code atof}): a decimal number, what follows it ignored, a
     * fraction rounded up to whole megabytes (0.5 is 1: the cache stays on), as the cache counts them.
     */
    static Object megabytes(String value) {
        String number = leadingNumber(value, true);
        try {
            double mb = Double.parseDouble(number);
            if (!Double.isFinite(mb) || mb > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("not a size in megabytes: " + value);
            }
            return mb <= 0 ? (int) Math.max(mb, -1) : (int) Math.ceil(mb);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size in megabytes: " + value, e);
        }
    }

    /** The optional sign and the digits (and, for decimals, one point) at the start, after white space. */
    private static String leadingNumber(String value, boolean decimal) {
        String v = value.strip();
        int end = v.startsWith("-") || v.startsWith("+") ? 1 : 0;
        boolean point = false;
        while (end < v.length() && (Character.isDigit(v.charAt(end)) || decimal && !point && v.charAt(end) == '.')) {
            point |= v.charAt(end) == '.';
            end++;
        }
        String number = v.substring(0, end);
        if (number.replace("-", "").replace("+", "").replace(".", "").isEmpty()) {
            throw new IllegalArgumentException("not a number: " + value);
        }
        return number;
    }

    /**
     * A fraction such as a probability: a decimal number taken into 0..1, as iipsrv clamps its watermark settings
     * (Environment.h). Unlike iipsrv's atof, text that is not a number is refused rather than read as 0.
     */
    static Object fraction(String value) {
        float f;
        try {
            f = new BigDecimal(value.strip()).floatValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + value, e);
        }
        return Math.max(0f, Math.min(1f, f));
    }

    /** iipsrv reads its switches as numbers: 0 is off, anything else on; true/false are accepted too. */
    static Object flag(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        return ((Integer) integer(v)) != 0;
    }
}
