/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.lab2srgb.internal;

/**
 * iipsrv's {@code LAB2sRGB(unsigned char*, unsigned char*)} (src/Transforms.cc, 2024) as one straight function,
 * float and double where C has them, stopping just before its final {@code (unsigned char)} cast: the value
 * iipsrv truncates and Gigatile rounds.
 */
final class IipsrvReference {
    private static final float[][] SRGB = {
        {3.2406255f, -1.537208f, -0.4986286f},
        {-0.9689307f, 1.8757561f, 0.0415175f},
        {0.0557101f, -0.2040211f, 1.0569959f}};

    private IipsrvReference() {
    }

    static double[] levels(int storedL, byte storedA, byte storedB) {
        float l = (float) (storedL / 2.55);
        float a = storedA;
        float b = storedB;
        float x;
        float y;
        float z;
        double cby;
        if (l < 8.0) {
            y = (float) ((l * 100.0) / 903.3);
            cby = 7.787 * (y / 100.0) + 16.0 / 116.0;
        } else {
            cby = (l + 16.0) / 116.0;
            y = (float) (100.0 * cby * cby * cby);
        }
        double tmp = a / 500.0 + cby;
        x = tmp < 0.2069 ? (float) (95.0470 * (tmp - 0.13793) / 7.787) : (float) (95.0470 * tmp * tmp * tmp);
        tmp = cby - b / 200.0;
        z = tmp < 0.2069 ? (float) (108.8827 * (tmp - 0.13793) / 7.787) : (float) (108.8827 * tmp * tmp * tmp);
        x = (float) (x / 100.0);
        y = (float) (y / 100.0);
        z = (float) (z / 100.0);
        double[] out = new double[3];
        for (int c = 0; c < 3; c++) {
            double v = (x * SRGB[c][0]) + (y * SRGB[c][1]) + (z * SRGB[c][2]);
            v = v < 0.0 ? 0.0 : v;
            v = v <= 0.0031308 ? v * 12.92 : 1.055 * Math.pow(v, 1.0 / 2.4) - 0.055;
            v *= 255.0;
            out[c] = v > 255.0 ? 255.0 : v;
        }
        return out;
    }
}
