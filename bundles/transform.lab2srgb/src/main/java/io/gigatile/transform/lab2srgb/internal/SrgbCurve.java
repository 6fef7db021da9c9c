/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.lab2srgb.internal;

/**
 * The sRGB transfer curve from a linear float to an 8-bit level without a {@code pow} per sample: a coarse
 * table gives a level at most one or two below the answer and the exact thresholds between levels finish it.
 * The thresholds are found by bisection over the float values themselves, so the result is exactly
 * {@link #level(double)} for every float, not an approximation of it. Immutable once built.
 */
final class SrgbCurve {
    /** Fine enough that a bucket spans less than two levels where the curve is steepest (12.92 * 255). */
    private static final int BUCKETS = 4096;

    /** {@code threshold[k]}: the smallest float whose level is at least k; [256] is a sentinel. */
    private final float[] threshold = new float[257];
    private final byte[] bucket = new byte[BUCKETS];

    SrgbCurve() {
        int one = Float.floatToIntBits(1f);
        for (int k = 1; k < 256; k++) {
            int lo = 0;
            int hi = one;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (level(Float.intBitsToFloat(mid)) >= k) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            threshold[k] = Float.intBitsToFloat(lo);
        }
        threshold[256] = Float.POSITIVE_INFINITY;
        for (int i = 0; i < BUCKETS; i++) {
            bucket[i] = (byte) level((float) i / BUCKETS);
        }
    }

    /**
     * iipsrv's curve and clipping, rounded to the nearest level where iipsrv truncates (see the README).
     *
     * @param linear linear intensity, 0 to 1
     * @return the 8-bit level
     */
    static int level(double linear) {
        if (!(linear > 0)) {
            return 0;
        }
        double v = linear <= 0.0031308 ? linear * 12.92 : 1.055 * Math.pow(linear, 1.0 / 2.4) - 0.055;
        v *= 255.0;
        return v >= 255.0 ? 255 : (int) Math.round(v);
    }

    /**
     * @param linear linear intensity; negative values and NaN are black, 1 and above white
     * @return {@code level(linear)}
     */
    int encode(float linear) {
        if (!(linear > 0f)) {
            return 0;
        }
        if (linear >= 1f) {
            return 255;
        }
        int k = bucket[(int) (linear * BUCKETS)] & 0xFF;
        while (linear >= threshold[k + 1]) {
            k++;
        }
        return k;
    }
}
