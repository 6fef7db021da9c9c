/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.lab2srgb.internal;

/**
 * The pixel loops, one per array type, from interleaved TIFF L*a*b* to interleaved 8-bit sRGB. With fewer
 * than three bands only L* is there and a* and b* are taken as 0 (neutral grey); bands beyond the third are
 * dropped. Holds only immutable tables, so one instance serves every thread.
 */
final class LabConversion {
    private final SrgbCurve curve;
    private final EightBitLab tables;

    LabConversion(SrgbCurve curve, EightBitLab tables) {
        this.curve = curve;
        this.tables = tables;
    }

    /** TIFF 8-bit: L unsigned 0..255, a* and b* two's complement, whatever the raster's sample type says. */
    byte[] bytes(byte[] in, int bands, int pixels) {
        byte[] out = new byte[3 * pixels];
        boolean chroma = bands >= 3;
        for (int p = 0, i = 0, o = 0; p < pixels; p++, i += bands, o += 3) {
            int l = in[i] & 0xFF;
            int a = chroma ? in[i + 1] & 0xFF : 0;
            int b = chroma ? in[i + 2] & 0xFF : 0;
            store(tables.x(l, a), tables.y(l), tables.z(l, b), out, o);
        }
        return out;
    }

    /** TIFF 16-bit: L unsigned 0..65535 for L* 0..100, a* and b* signed in 1/256 units. */
    byte[] shorts(short[] in, int bands, int pixels) {
        byte[] out = new byte[3 * pixels];
        boolean chroma = bands >= 3;
        for (int p = 0, i = 0, o = 0; p < pixels; p++, i += bands, o += 3) {
            float l = (float) ((in[i] & 0xFFFF) * 100.0 / 65535.0);
            float a = chroma ? (float) (in[i + 1] / 256.0) : 0f;
            float b = chroma ? (float) (in[i + 2] / 256.0) : 0f;
            convert(l, a, b, out, o);
        }
        return out;
    }

    /** Floating point: L*, a* and b* as they are. */
    byte[] floats(float[] in, int bands, int pixels) {
        byte[] out = new byte[3 * pixels];
        boolean chroma = bands >= 3;
        for (int p = 0, i = 0, o = 0; p < pixels; p++, i += bands, o += 3) {
            convert(in[i], chroma ? in[i + 1] : 0f, chroma ? in[i + 2] : 0f, out, o);
        }
        return out;
    }

    private void convert(float l, float a, float b, byte[] out, int o) {
        double fy = IipsrvLab.fy(l);
        store(IipsrvLab.x(fy, a), IipsrvLab.y(l), IipsrvLab.z(fy, b), out, o);
    }

    private void store(float x, float y, float z, byte[] out, int o) {
        out[o] = (byte) curve.encode(IipsrvLab.red(x, y, z));
        out[o + 1] = (byte) curve.encode(IipsrvLab.green(x, y, z));
        out[o + 2] = (byte) curve.encode(IipsrvLab.blue(x, y, z));
    }
}
