/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.lab2srgb.internal;

/**
 * CIE L*a*b* to linear sRGB exactly as iipsrv computes it (src/Transforms.cc, {@code Transform::LAB2sRGB}), so
 * that our renders match iipsrv's: D65 reference white (not the D50 of Adobe's TIFF note), iipsrv's rounded
 * constants for the linear part of the curve, and the same mix of float and double steps. Each method is one
 * step of that function, split so that the 8-bit path can tabulate the steps that depend on two samples only.
 */
final class IipsrvLab {
    /** iipsrv's D65 white, X and Z for Y = 100. */
    static final double WHITE_X = 95.0470;
    static final double WHITE_Y = 100.0;
    static final double WHITE_Z = 108.8827;

    /** iipsrv's XYZ (D65) to linear sRGB matrix, in float as iipsrv holds it. */
    private static final float M00 = 3.2406255f;
    private static final float M01 = -1.537208f;
    private static final float M02 = -0.4986286f;
    private static final float M10 = -0.9689307f;
    private static final float M11 = 1.8757561f;
    private static final float M12 = 0.0415175f;
    private static final float M20 = 0.0557101f;
    private static final float M21 = -0.2040211f;
    private static final float M22 = 1.0569959f;

    private IipsrvLab() {
    }

    /** @return f(Y / Yn), iipsrv's {@code cby} */
    static double fy(float lightness) {
        if (lightness < 8.0) {
            float y = (float) ((lightness * WHITE_Y) / 903.3);
            return 7.787 * (y / WHITE_Y) + 16.0 / 116.0;
        }
        return (lightness + 16.0) / 116.0;
    }

    /** @return Y on the 0 to 1 scale */
    static float y(float lightness) {
        float y;
        if (lightness < 8.0) {
            y = (float) ((lightness * WHITE_Y) / 903.3);
        } else {
            double fy = (lightness + 16.0) / 116.0;
            y = (float) (WHITE_Y * fy * fy * fy);
        }
        return (float) (y / 100.0);
    }

    /** @return X on the 0 to 1 scale */
    static float x(double fy, float a) {
        return (float) (inverse(a / 500.0 + fy, WHITE_X) / 100.0);
    }

    /** @return Z on the 0 to 1 scale */
    static float z(double fy, float b) {
        return (float) (inverse(fy - b / 200.0, WHITE_Z) / 100.0);
    }

    /** f^-1 scaled by the white, rounded to float as iipsrv stores it. */
    private static float inverse(double t, double white) {
        if (t < 0.2069) {
            return (float) (white * (t - 0.13793) / 7.787);
        }
        return (float) (white * t * t * t);
    }

    /** @return linear red, unclipped, in float arithmetic as iipsrv's */
    static float red(float x, float y, float z) {
        return x * M00 + y * M01 + z * M02;
    }

    /** @return linear green, unclipped */
    static float green(float x, float y, float z) {
        return x * M10 + y * M11 + z * M12;
    }

    /** @return linear blue, unclipped */
    static float blue(float x, float y, float z) {
        return x * M20 + y * M21 + z * M22;
    }
}
