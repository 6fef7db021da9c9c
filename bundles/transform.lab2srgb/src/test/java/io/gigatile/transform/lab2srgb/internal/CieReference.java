/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.lab2srgb.internal;

/**
 * CIE L*a*b* (D65) to sRGB from the definitions, in doubles, sharing nothing with the code under test: the
 * exact CIE constants (216/24389, 24389/27), and the inverse, worked out here, of the RGB to XYZ matrix that
 * IEC 61966-2-1 defines to four decimals (iipsrv's matrix is that inverse; one derived from the primaries
 * instead differs by up to 3e-4, a level or more in deep shadows).
 */
final class CieReference {
    private static final double WHITE_X = 0.95047;
    private static final double WHITE_Z = 1.08883;
    private static final double EPSILON = 216.0 / 24389.0;
    private static final double KAPPA = 24389.0 / 27.0;
    private static final double[][] TO_RGB = invert(new double[][] {
        {0.4124, 0.3576, 0.1805},
        {0.2126, 0.7152, 0.0722},
        {0.0193, 0.1192, 0.9505}});

    private CieReference() {
    }

    /** @return R, G and B on the 0 to 255 scale, clipped but not rounded */
    static double[] levels(double lightness, double a, double b) {
        double fy = (lightness + 16) / 116;
        double fx = fy + a / 500;
        double fz = fy - b / 200;
        double x = WHITE_X * (fx * fx * fx > EPSILON ? fx * fx * fx : (116 * fx - 16) / KAPPA);
        double y = lightness > KAPPA * EPSILON ? fy * fy * fy : lightness / KAPPA;
        double z = WHITE_Z * (fz * fz * fz > EPSILON ? fz * fz * fz : (116 * fz - 16) / KAPPA);
        double[] out = new double[3];
        for (int c = 0; c < 3; c++) {
            out[c] = encode(TO_RGB[c][0] * x + TO_RGB[c][1] * y + TO_RGB[c][2] * z);
        }
        return out;
    }

    private static double encode(double linear) {
        double v = Math.max(0, linear);
        v = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
        return Math.min(255, 255 * v);
    }

    private static double[][] invert(double[][] m) {
        double[][] out = new double[3][3];
        double det = 0;
        for (int c = 0; c < 3; c++) {
            det += m[0][c] * cofactor(m, 0, c);
        }
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                out[c][r] = cofactor(m, r, c) / det;
            }
        }
        return out;
    }

    private static double cofactor(double[][] m, int r, int c) {
        int r1 = (r + 1) % 3;
        int r2 = (r + 2) % 3;
        int c1 = (c + 1) % 3;
        int c2 = (c + 2) % 3;
        return m[r1][c1] * m[r2][c2] - m[r1][c2] * m[r2][c1];
    }
}
