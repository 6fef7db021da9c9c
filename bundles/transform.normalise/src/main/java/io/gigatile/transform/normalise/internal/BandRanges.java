/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.normalise.internal;

import io.gigatile.api.BadRequestException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The linear map of each band that a {@code normalise} request asks for: sample {@code v} of band {@code b}
 * becomes {@code (v - min[b]) * scale[b]} on the 0 to 255 scale, or, where that lands next to a half,
 * {@code (v - min[b]) * 127.5 / halfWidth[b]}. Parsed once per call, so the sample loops only read arrays.
 */
final class BandRanges {
    /** Plain decimals only: no hexadecimal, no {@code NaN}, no {@code Infinity}, no {@code d}/{@code f} suffix. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
    /**
     * Any double in plain notation fits (the engine writes them so, as BigDecimal.toPlainString: up to 309
     * integer digits, or 17 significant digits after up to 323 zeros); bounds the work a hostile argument costs.
     */
    private static final int MAX_LENGTH = 400;

    private final double[] min;
    private final double[] max;
    private final double[] scale;
    private final double[] halfWidth;
    private final boolean fullByteRange;

    private BandRanges(double[] min, double[] max, double[] scale, double[] halfWidth, boolean fullByteRange) {
        this.min = min;
        this.max = max;
        this.scale = scale;
        this.halfWidth = halfWidth;
        this.fullByteRange = fullByteRange;
    }

    /**
     * @param arguments {@code min0, max0, min1, max1, ...} as decimal strings
     * @param bands the raster's bands
     * @return the maps
     * @throws BadRequestException unless there are exactly two finite decimals per band
     */
    static BandRanges parse(List<String> arguments, int bands) {
        int count = arguments == null ? 0 : arguments.size();
        if (count != 2 * bands) {
            throw new BadRequestException("normalise needs a minimum and a maximum for each of the " + bands
                    + " bands, got " + count + " values");
        }
        double[] min = new double[bands];
        double[] max = new double[bands];
        double[] scale = new double[bands];
        double[] halfWidth = new double[bands];
        boolean fullByteRange = true;
        for (int b = 0; b < bands; b++) {
            double lo = decimal(arguments.get(2 * b), 2 * b);
            double hi = decimal(arguments.get(2 * b + 1), 2 * b + 1);
            min[b] = lo;
            max[b] = hi;
            // halving both ends first keeps the width finite for ranges as wide as the double type
            halfWidth[b] = hi * 0.5 - lo * 0.5;
            scale[b] = lo == hi ? 0 : 127.5 / halfWidth[b];
            fullByteRange &= lo == 0 && hi == 255;
        }
        return new BandRanges(min, max, scale, halfWidth, fullByteRange);
    }

    private static double decimal(String text, int index) {
        String s = text == null ? "" : text.strip();
        if (s.length() > MAX_LENGTH || !DECIMAL.matcher(s).matches()) {
            throw new BadRequestException("normalise value " + (index + 1) + " is not a decimal number");
        }
        double value = Double.parseDouble(s);
        if (!Double.isFinite(value)) {
            throw new BadRequestException("normalise value " + (index + 1) + " is out of range");
        }
        return value;
    }

    /** @return each band's minimum, the value that maps to 0 (do not modify) */
    double[] min() {
        return min;
    }

    /** @return each band's maximum, the value that maps to 255 (do not modify) */
    double[] max() {
        return max;
    }

    /**
     * @return each band's factor onto the 0 to 255 scale; 0 where min equals max; infinite where the width is
     *         too small to invert, which makes the band a threshold at its min (do not modify)
     */
    double[] scale() {
        return scale;
    }

    /** @return half of each band's {@code max - min} (do not modify) */
    double[] halfWidth() {
        return halfWidth;
    }

    /** @return true if every band is mapped from 0..255, which leaves 8-bit unsigned samples as they are */
    boolean fullByteRange() {
        return fullByteRange;
    }
}
