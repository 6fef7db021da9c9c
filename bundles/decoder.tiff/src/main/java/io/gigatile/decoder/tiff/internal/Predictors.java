/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

/**
 * Undoes the TIFF predictors: horizontal differencing (Predictor 2) on integer samples, and the floating
 * point predictor (Predictor 3, Adobe's TIFF Technical Note 3) on the bytes of a row.
 */
final class Predictors {

    private Predictors() {
    }

    /**
     * @param samples unpacked bytes, shorts or ints (float bits), {@code rows} rows of {@code row} samples
     * @param row samples per row
     * @param rows rows
     * @param stride samples per pixel: each sample adds its left neighbour of the same band
     */
    static void undoHorizontal(Object samples, int row, int rows, int stride) {
        for (int y = 0; y < rows; y++) {
            int end = (y + 1) * row;
            if (samples instanceof byte[] b) {
                for (int i = y * row + stride; i < end; i++) {
                    b[i] += b[i - stride];
                }
            } else if (samples instanceof short[] s) {
                for (int i = y * row + stride; i < end; i++) {
                    s[i] += s[i - stride];
                }
            } else {
                int[] v = (int[]) samples;
                for (int i = y * row + stride; i < end; i++) {
                    v[i] += v[i - stride];
                }
            }
        }
    }

    /**
     * Each row holds the bytes of its samples split into planes, most significant bytes first, and differenced
     * byte by byte; afterwards the row holds each sample's bytes together, big-endian.
     *
     * @param bytes the decompressed block
     * @param rowBytes bytes per row
     * @param rows rows
     * @param stride samples per pixel
     * @param size bytes per sample
     */
    static void undoFloatingPoint(byte[] bytes, int rowBytes, int rows, int stride, int size) {
        byte[] planes = new byte[rowBytes];
        int count = rowBytes / size;
        for (int y = 0; y < rows; y++) {
            int start = y * rowBytes;
            for (int i = start + stride; i < start + rowBytes; i++) {
                bytes[i] += bytes[i - stride];
            }
            System.arraycopy(bytes, start, planes, 0, rowBytes);
            for (int s = 0; s < count; s++) {
                for (int b = 0; b < size; b++) {
                    bytes[start + s * size + b] = planes[b * count + s];
                }
            }
        }
    }
}
