/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.rotate.internal;

import java.util.Arrays;

/**
 * Bilinear sampling of an 8-bit raster that is transparent outside its bounds, writing colour and alpha.
 * Weights are in 1/256 steps (65536 for a whole pixel). Colours are interpolated weighted by alpha and divided
 * by the result (straight alpha in and out), so a transparent neighbour lends its weight to no colour: edges
 * fade out in alpha only, never towards black. Inside the raster and where it is opaque the division is a shift.
 */
final class Bilinear {
    private static final int ONE = 256;
    private static final int OPAQUE = 255;

    private final byte[] in;
    private final int width;
    private final int height;
    private final int bands;
    private final int colours;
    private final boolean alpha;
    private final int rowStride;
    private final long[] sums;

    /**
     * @param in the samples
     * @param width input width
     * @param height input height
     * @param bands samples per input pixel
     * @param colours colour bands; one more band than this is alpha
     */
    Bilinear(byte[] in, int width, int height, int bands, int colours) {
        this.in = in;
        this.width = width;
        this.height = height;
        this.bands = bands;
        this.colours = colours;
        this.alpha = bands > colours;
        this.rowStride = width * bands;
        this.sums = new long[colours];
    }

    /**
     * Writes {@code colours + 1} samples at {@code o}; leaves them 0 (transparent) where nothing is covered.
     *
     * @param u horizontal position in the input, pixel centres at integers
     * @param v vertical position
     */
    void sample(double u, double v, byte[] out, int o) {
        if (u <= -1 || v <= -1 || u >= width || v >= height) {
            return;
        }
        // u, v > -1 here, so truncating u + 1 floors it
        int x0 = (int) (u + 1) - 1;
        int y0 = (int) (v + 1) - 1;
        int fx = (int) ((u - x0) * ONE + 0.5);
        int fy = (int) ((v - y0) * ONE + 0.5);
        int w00 = (ONE - fx) * (ONE - fy);
        int w10 = fx * (ONE - fy);
        int w01 = (ONE - fx) * fy;
        int w11 = fx * fy;
        int p00 = y0 * rowStride + x0 * bands;
        boolean inside = x0 >= 0 && y0 >= 0 && x0 + 1 < width && y0 + 1 < height;
        if (inside && (!alpha || opaque(p00) && opaque(p00 + bands) && opaque(p00 + rowStride)
                && opaque(p00 + rowStride + bands))) {
            for (int c = 0; c < colours; c++) {
                int p = p00 + c;
                out[o + c] = (byte) ((w00 * (in[p] & 0xFF) + w10 * (in[p + bands] & 0xFF)
                        + w01 * (in[p + rowStride] & 0xFF) + w11 * (in[p + rowStride + bands] & 0xFF)
                        + 32768) >>> 16);
            }
            out[o + colours] = (byte) OPAQUE;
            return;
        }
        Arrays.fill(sums, 0);
        long total = add(x0, y0, w00, p00) + add(x0 + 1, y0, w10, p00 + bands)
                + add(x0, y0 + 1, w01, p00 + rowStride) + add(x0 + 1, y0 + 1, w11, p00 + rowStride + bands);
        if (total == 0) {
            return;
        }
        for (int c = 0; c < colours; c++) {
            out[o + c] = (byte) ((sums[c] + total / 2) / total);
        }
        out[o + colours] = (byte) ((total + 32768) >>> 16);
    }

    /** Adds one neighbour's colours weighted by weight times alpha; returns that product, 0 outside. */
    private long add(int x, int y, int weight, int p) {
        if (weight == 0 || x < 0 || y < 0 || x >= width || y >= height) {
            return 0;
        }
        long share = (long) weight * (alpha ? in[p + colours] & 0xFF : OPAQUE);
        for (int c = 0; c < colours; c++) {
            sums[c] += share * (in[p + c] & 0xFF);
        }
        return share;
    }

    private boolean opaque(int p) {
        return in[p + colours] == (byte) OPAQUE;
    }
}
