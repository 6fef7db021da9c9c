/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.mirror.internal;

/**
 * Left-to-right flips of interleaved rows. One loop per array type: Java has no generic primitive arrays, and a
 * {@code System.arraycopy} call per pixel for 1 to 4 samples would cost more than the copy itself.
 */
final class Flip {
    private Flip() {
    }

    static void bytes(byte[] in, byte[] out, int width, int height, int bands) {
        int row = width * bands;
        for (int y = 0; y < height; y++) {
            int start = y * row;
            for (int x = 0, from = start + row - bands, to = start; x < width; x++, from -= bands, to += bands) {
                for (int b = 0; b < bands; b++) {
                    out[to + b] = in[from + b];
                }
            }
        }
    }

    static void shorts(short[] in, short[] out, int width, int height, int bands) {
        int row = width * bands;
        for (int y = 0; y < height; y++) {
            int start = y * row;
            for (int x = 0, from = start + row - bands, to = start; x < width; x++, from -= bands, to += bands) {
                for (int b = 0; b < bands; b++) {
                    out[to + b] = in[from + b];
                }
            }
        }
    }

    static void ints(int[] in, int[] out, int width, int height, int bands) {
        int row = width * bands;
        for (int y = 0; y < height; y++) {
            int start = y * row;
            for (int x = 0, from = start + row - bands, to = start; x < width; x++, from -= bands, to += bands) {
                for (int b = 0; b < bands; b++) {
                    out[to + b] = in[from + b];
                }
            }
        }
    }

    static void floats(float[] in, float[] out, int width, int height, int bands) {
        int row = width * bands;
        for (int y = 0; y < height; y++) {
            int start = y * row;
            for (int x = 0, from = start + row - bands, to = start; x < width; x++, from -= bands, to += bands) {
                for (int b = 0; b < bands; b++) {
                    out[to + b] = in[from + b];
                }
            }
        }
    }
}
