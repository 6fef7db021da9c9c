/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.lab2srgb.internal;

/**
 * X, Y and Z of every 8-bit TIFF L*a*b* sample: Y depends on L alone and X (Z) on L and a* (b*) alone, so
 * three tables of 256, 65536 and 65536 floats replace the curve arithmetic per pixel. Built once per
 * component, immutable, about half a megabyte.
 */
final class EightBitLab {
    private final float[] y = new float[256];
    private final float[] x = new float[65536];
    private final float[] z = new float[65536];

    EightBitLab() {
        for (int l = 0; l < 256; l++) {
            float lightness = lightness(l);
            double fy = IipsrvLab.fy(lightness);
            y[l] = IipsrvLab.y(lightness);
            for (int c = 0; c < 256; c++) {
                float chroma = (byte) c;
                x[l << 8 | c] = IipsrvLab.x(fy, chroma);
                z[l << 8 | c] = IipsrvLab.z(fy, chroma);
            }
        }
    }

    /** TIFF's 8-bit L, 0 to 255 for L* 0 to 100, divided as iipsrv divides it. */
    static float lightness(int stored) {
        return (float) (stored / 2.55);
    }

    /**
     * @param l the stored L, 0 to 255
     * @param a the stored a*, two's complement, as an unsigned byte value 0 to 255
     * @return X on the 0 to 1 scale
     */
    float x(int l, int a) {
        return x[l << 8 | a];
    }

    float y(int l) {
        return y[l];
    }

    /** @return Z for stored L and b* (as an unsigned byte value) */
    float z(int l, int b) {
        return z[l << 8 | b];
    }
}
