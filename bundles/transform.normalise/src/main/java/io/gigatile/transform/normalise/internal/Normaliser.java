/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.normalise.internal;

/**
 * The sample loops, one per array type, so that no sample is boxed or read through an interface. Each writes
 * {@code round((v - min) / (max - min) * 255)}, halves up, clamped to 0..255, with NaN as 0; infinities
 * follow the formula's limits.
 */
final class Normaliser {
    /** Far above the few ulps {@code d * scale} can be off by, far below any real distance from a half. */
    private static final double NEAR_HALF = 1e-9;

    private Normaliser() {
    }

    /**
     * 1 to 8-bit samples: 256 values per band, so a table per band is cheaper than any arithmetic per sample.
     *
     * @param in the samples
     * @param signed true for two's complement 8-bit samples
     * @param ranges the maps, one per band
     * @return the 8-bit samples
     */
    static byte[] bytes(byte[] in, boolean signed, BandRanges ranges) {
        double[] min = ranges.min();
        int bands = min.length;
        byte[] table = new byte[256 * bands];
        for (int b = 0; b < bands; b++) {
            for (int v = 0; v < 256; v++) {
                double sample = signed ? (byte) v : v;
                table[b << 8 | v] = eight(sample - min[b], b, ranges);
            }
        }
        byte[] out = new byte[in.length];
        if (bands == 1) {
            for (int i = 0; i < in.length; i++) {
                out[i] = table[in[i] & 0xFF];
            }
            return out;
        }
        int b = 0;
        for (int i = 0; i < in.length; i++) {
            out[i] = table[b << 8 | in[i] & 0xFF];
            if (++b == bands) {
                b = 0;
            }
        }
        return out;
    }

    static byte[] shorts(short[] in, boolean signed, BandRanges ranges) {
        double[] min = ranges.min();
        int bands = min.length;
        byte[] out = new byte[in.length];
        int b = 0;
        if (signed) {
            for (int i = 0; i < in.length; i++) {
                out[i] = eight(in[i] - min[b], b, ranges);
                if (++b == bands) {
                    b = 0;
                }
            }
        } else {
            for (int i = 0; i < in.length; i++) {
                out[i] = eight((in[i] & 0xFFFF) - min[b], b, ranges);
                if (++b == bands) {
                    b = 0;
                }
            }
        }
        return out;
    }

    static byte[] ints(int[] in, boolean signed, BandRanges ranges) {
        double[] min = ranges.min();
        int bands = min.length;
        byte[] out = new byte[in.length];
        int b = 0;
        if (signed) {
            for (int i = 0; i < in.length; i++) {
                out[i] = eight(in[i] - min[b], b, ranges);
                if (++b == bands) {
                    b = 0;
                }
            }
        } else {
            for (int i = 0; i < in.length; i++) {
                out[i] = eight((in[i] & 0xFFFF_FFFFL) - min[b], b, ranges);
                if (++b == bands) {
                    b = 0;
                }
            }
        }
        return out;
    }

    static byte[] floats(float[] in, BandRanges ranges) {
        double[] min = ranges.min();
        int bands = min.length;
        byte[] out = new byte[in.length];
        int b = 0;
        for (int i = 0; i < in.length; i++) {
            out[i] = eight(in[i] - min[b], b, ranges);
            if (++b == bands) {
                b = 0;
            }
        }
        return out;
    }

    /**
     * One sample, {@code d} above its band's min. The precomputed scale is rarely exact (255 / 100 is not), so
     * a value that is exactly a half, common with integer samples and round ranges, can come out a hair below
     * it; next to a half the value is worked out again with one division, which is exact there.
     * {@code !(x > 0)} is also true for NaN, which a NaN sample, or an infinite one in a band whose min equals
     * its max ({@code Inf * 0}), produces.
     */
    static byte eight(double d, int band, BandRanges ranges) {
        double x = d * ranges.scale()[band];
        if (!(x > 0)) {
            return 0;
        }
        if (x >= 255) {
            return (byte) 255;
        }
        double up = x + 0.5;
        int rounded = (int) up;
        double fraction = up - rounded;
        if (fraction < NEAR_HALF || fraction > 1 - NEAR_HALF) {
            double exact = d * 127.5 / ranges.halfWidth()[band];
            if (Double.isInfinite(exact)) {
                // d near the double's limit: give up exactness rather than overflow
                exact = d / ranges.halfWidth()[band] * 127.5;
            }
            rounded = (int) Math.max(0, Math.min(255, Math.round(exact)));
        }
        return (byte) rounded;
    }
}
