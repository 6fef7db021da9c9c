/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.equalise.internal;

/**
 * iipsrv's {@code Transform::equalize} table (src/Transforms.cc), written from its source in float as C evaluates
 * it on x86-64, with C's {@code round} and the low byte of the {@code unsigned char} cast spelt out: the reference
 * the transform is compared with.
 */
final class IipsrvEqualize {

    private IipsrvEqualize() {
    }

    static int[] table(long[] histogram, int width, int height) {
        int bits = histogram.length;
        float[] cdf = new float[bits];
        int n0 = 0;
        while (histogram[n0] == 0) {
            ++n0;
        }
        cdf[0] = histogram[0];
        for (int i = 1; i < bits; i++) {
            cdf[i] = cdf[i - 1] + histogram[i];
        }
        float scale = (float) (bits - 1) / cdf[bits - 1];
        float cdfmin = cdf[n0] / (float) (width * height);
        int[] table = new int[bits];
        for (int i = 0; i < bits; i++) {
            float x = scale * (cdf[i] - cdfmin);
            double rounded = x < 0 ? Math.ceil(x - 0.5d) : Math.floor(x + 0.5d);
            table[i] = (int) rounded & 0xFF;
        }
        return table;
    }
}
