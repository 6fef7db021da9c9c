/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

/**
 * Halves interleaved 8 or 16-bit samples in both directions: each output sample the rounded mean of the up to
 * 2 x 2 samples it covers (an odd last row or column averages the samples there are).
 */
final class Halving {

    private Halving() {
    }

    /**
     * @param samples {@code byte[]} or {@code short[]}, unsigned, {@code width * height * bands} long
     * @return the halved samples, of the same array type, {@code ceil(width/2) * ceil(height/2) * bands} long
     */
    static Object halve(Object samples, int width, int height, int bands) {
        int w = (width + 1) / 2;
        int h = (height + 1) / 2;
        boolean bytes = samples instanceof byte[];
        byte[] inB = bytes ? (byte[]) samples : null;
        short[] inS = bytes ? null : (short[]) samples;
        byte[] outB = bytes ? new byte[w * h * bands] : null;
        short[] outS = bytes ? null : new short[w * h * bands];
        int mask = bytes ? 0xff : 0xffff;
        for (int y = 0; y < h; y++) {
            int y0 = 2 * y;
            int y1 = Math.min(y0 + 1, height - 1);
            for (int x = 0; x < w; x++) {
                int x0 = 2 * x;
                int x1 = Math.min(x0 + 1, width - 1);
                int count = (y1 - y0 + 1) * (x1 - x0 + 1);
                for (int b = 0; b < bands; b++) {
                    int a = (y0 * width + x0) * bands + b;
                    int c = (y0 * width + x1) * bands + b;
                    int d = (y1 * width + x0) * bands + b;
                    int e = (y1 * width + x1) * bands + b;
                    int sum;
                    if (bytes) {
                        sum = (inB[a] & mask) + (inB[c] & mask) + (inB[d] & mask) + (inB[e] & mask);
                    } else {
                        sum = (inS[a] & mask) + (inS[c] & mask) + (inS[d] & mask) + (inS[e] & mask);
                    }
                    // samples counted twice at an odd edge are taken out again, so edges average what is there
                    if (x1 == x0) {
                        sum -= bytes ? (inB[c] & mask) + (inB[e] & mask) : (inS[c] & mask) + (inS[e] & mask);
                    }
                    if (y1 == y0) {
                        sum -= bytes ? (inB[d] & mask) + (inB[e] & mask) : (inS[d] & mask) + (inS[e] & mask);
                        if (x1 == x0) {
                            sum += bytes ? inB[e] & mask : inS[e] & mask;
                        }
                    }
                    int mean = (sum + count / 2) / count;
                    int o = (y * w + x) * bands + b;
                    if (bytes) {
                        outB[o] = (byte) mean;
                    } else {
                        outS[o] = (short) mean;
                    }
                }
            }
        }
        return bytes ? outB : outS;
    }
}
