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

    static Object integer(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: " + value, e);
        }
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
