/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.equalise.internal;

/**
 * The 256-entry table iipsrv's {@code Transform::equalize} maps samples through, down to its single-precision
 * arithmetic and its quirks, so the same histogram and raster size give the same pixels:
 * <ul>
 * <li>the cumulative histogram is summed in float (counts above 2^24 round as they do there);</li>
 * <li>{@code cdfmin}, the cumulative count of the first non-empty bin, is divided by the size of the raster being
 * mapped, not by the histogram's total, so the darkest level depends on the size of the output;</li>
 * <li>levels below the first non-empty bin come out negative, and iipsrv's cast to {@code unsigned char} then
 * wraps them (-1 is 255) as x86-64 builds do.</li>
 * </ul>
 */
final class EqualisationTable {
    /** iipsrv's histogram has one bin per 8-bit level. */
    static final int LEVELS = 256;

    private EqualisationTable() {
    }

    /**
     * @param histogram the image's histogram, 256 counts read as unsigned, as iipsrv's {@code unsigned int}
     * @param pixels width times height of the raster to be mapped
     * @return the table, or null if the histogram is all zeros (iipsrv would run off its end looking for the
     *         first non-empty bin; nothing sensible can be mapped)
     * @throws IllegalArgumentException if the histogram does not have 256 bins, which the engine guarantees
     */
    static byte[] of(int[] histogram, int pixels) {
        if (histogram.length != LEVELS) {
            throw new IllegalArgumentException("histogram of " + histogram.length + " bins, not " + LEVELS);
        }
        int first = 0;
        while (first < LEVELS && histogram[first] == 0) {
            first++;
        }
        if (first == LEVELS) {
            return null;
        }
        float[] cdf = new float[LEVELS];
        float sum = 0f;
        for (int i = 0; i < LEVELS; i++) {
            sum += (float) Integer.toUnsignedLong(histogram[i]);
            cdf[i] = sum;
        }
        float scale = (float) (LEVELS - 1) / cdf[LEVELS - 1];
        float cdfMin = cdf[first] / (float) pixels;
        byte[] table = new byte[LEVELS];
        for (int i = 0; i < LEVELS; i++) {
            // C's float-to-unsigned-char conversion of a negative value is undefined; gcc and clang on x86-64
            // go through a 32-bit int and keep the low byte, which is what (byte) (int) does
            table[i] = (byte) (int) roundHalfAway(scale * (cdf[i] - cdfMin));
        }
        return table;
    }

    /** C's {@code round}: halves away from zero, where Math.round takes -0.5 to 0 rather than -1. */
    static float roundHalfAway(float v) {
        int magnitude = Math.round(Math.abs(v));
        return v < 0f ? -magnitude : magnitude;
    }
}
