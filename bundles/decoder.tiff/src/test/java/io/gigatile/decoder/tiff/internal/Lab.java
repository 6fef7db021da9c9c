/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;

/** The CIELAB fixtures' expected pixels, from the float L*a*b* reference, in each TIFF CIELAB encoding. */
final class Lab {

    private Lab() {
    }

    /** @return the reference, 96 x 64, L a b interleaved */
    static float[] reference() {
        try {
            ByteBuffer raw = ByteBuffer.wrap(Files.readAllBytes(Fixtures.path("ref-lab-96x64.f32")))
                    .order(ByteOrder.LITTLE_ENDIAN);
            float[] lab = new float[96 * 64 * 3];
            raw.asFloatBuffer().get(lab);
            return lab;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param kind cielab8, cielab16 or cielabfloat
     * @param width a crop's width
     * @param height a crop's height
     * @return the expected raster: L* unsigned over the whole range, a* and b* two's complement (16-bit: 256 per
     *         unit), or floats as they are
     */
    static Raster expected(String kind, int width, int height) {
        float[] lab = reference();
        int n = width * height * 3;
        float[] crop = new float[n];
        for (int y = 0; y < height; y++) {
            System.arraycopy(lab, y * 96 * 3, crop, y * width * 3, width * 3);
        }
        switch (kind) {
            case "cielabfloat":
                return Raster.ofFloats(width, height, 3, ColourSpace.CIELAB, crop);
            case "cielab8": {
                byte[] out = new byte[n];
                for (int i = 0; i < n; i += 3) {
                    out[i] = (byte) Math.round(crop[i] * 255 / 100);
                    out[i + 1] = (byte) Math.round(crop[i + 1]);
                    out[i + 2] = (byte) Math.round(crop[i + 2]);
                }
                return Raster.ofBytes(width, height, 3, 8, io.gigatile.api.SampleType.UNSIGNED, ColourSpace.CIELAB,
                        out);
            }
            case "cielab16": {
                short[] out = new short[n];
                for (int i = 0; i < n; i += 3) {
                    out[i] = (short) Math.round(crop[i] * 65535 / 100);
                    out[i + 1] = (short) Math.round(crop[i + 1] * 256);
                    out[i + 2] = (short) Math.round(crop[i + 2] * 256);
                }
                return Raster.ofShorts(width, height, 3, 16, io.gigatile.api.SampleType.UNSIGNED, ColourSpace.CIELAB,
                        out);
            }
            default:
                throw new IllegalArgumentException("no CIELAB kind " + kind);
        }
    }
}
