/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

/**
 * The source samples and weights each output position of one axis is made of. Sample centres are aligned
 * ({@code src = (dst + 0.5) * scale - 0.5}), so that shrinking a 2x2 checker gives its mean and an enlarged
 * ramp stays centred. Shrinking by more than two averages the whole footprint (a box filter) instead of two
 * samples, which would alias.
 */
final class Taps {
    final int[] first;
    final int[] count;
    final float[] weights;
    final int span;

    private Taps(int outSize, int span) {
        this.first = new int[outSize];
        this.count = new int[outSize];
        this.weights = new float[outSize * span];
        this.span = span;
    }

    /**
     * @param srcSize samples along the axis in the source
     * @param offset where the wanted window starts in the source, in pixels
     * @param window the window's length in source pixels
     * @param outSize samples along the axis in the output
     * @param nearest nearest neighbour instead of bilinear or box
     * @return the taps
     */
    static Taps of(int srcSize, double offset, double window, int outSize, boolean nearest) {
        double scale = window / outSize;
        if (nearest) {
            Taps t = new Taps(outSize, 1);
            for (int d = 0; d < outSize; d++) {
                t.set(d, clamp((int) Math.floor(offset + (d + 0.5) * scale), srcSize - 1), 1, 1f);
            }
            return t;
        }
        return scale > 2 ? box(srcSize, offset, scale, outSize) : bilinear(srcSize, offset, scale, outSize);
    }

    private static Taps bilinear(int srcSize, double offset, double scale, int outSize) {
        Taps t = new Taps(outSize, 2);
        for (int d = 0; d < outSize; d++) {
            double s = Math.min(srcSize - 1, Math.max(0, offset + (d + 0.5) * scale - 0.5));
            int i = (int) s;
            float f = (float) (s - i);
            if (i + 1 < srcSize && f > 0) {
                t.set(d, i, 2, 1 - f);
                t.weights[d * 2 + 1] = f;
            } else {
                t.set(d, i, 1, 1f);
            }
        }
        return t;
    }

    private static Taps box(int srcSize, double offset, double scale, int outSize) {
        Taps t = new Taps(outSize, (int) Math.ceil(scale) + 2);
        for (int d = 0; d < outSize; d++) {
            double a = Math.max(0, Math.min(srcSize, offset + d * scale));
            double b = Math.max(0, Math.min(srcSize, offset + (d + 1) * scale));
            if (b - a < 1e-9) {
                t.set(d, clamp((int) Math.floor(a), srcSize - 1), 1, 1f);
                continue;
            }
            int lo = (int) Math.floor(a);
            int hi = Math.min(srcSize, (int) Math.ceil(b));
            t.set(d, lo, hi - lo, 0f);
            for (int i = lo; i < hi; i++) {
                double overlap = Math.min(b, i + 1) - Math.max(a, i);
                t.weights[d * t.span + i - lo] = (float) (overlap / (b - a));
            }
        }
        return t;
    }

    private void set(int d, int firstIndex, int n, float firstWeight) {
        first[d] = firstIndex;
        count[d] = n;
        weights[d * span] = firstWeight;
    }

    private static int clamp(int index, int max) {
        return Math.max(0, Math.min(max, index));
    }

    /** @return the largest number of source samples any output sample uses */
    int maxCount() {
        int max = 1;
        for (int c : count) {
            max = Math.max(max, c);
        }
        return max;
    }
}
