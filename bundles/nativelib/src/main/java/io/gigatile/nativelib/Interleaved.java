/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.nativelib;

import io.gigatile.api.Raster;

/** Samples laid out as C image codecs take them. */
public final class Interleaved {
    private Interleaved() {
    }

    /**
     * @param raster an 8-bit raster of one to four bands: grey, grey+alpha, RGB or RGBA
     * @return its samples as interleaved RGB, or RGBA when it has alpha: grey is repeated into the three colours,
     *         colour rasters are returned as they are
     */
    public static byte[] rgb(Raster raster) {
        byte[] s = raster.bytes();
        int bands = raster.bands();
        if (bands >= 3) {
            return s;
        }
        boolean alpha = bands == 2;
        int pixels = raster.width() * raster.height();
        byte[] out = new byte[pixels * (alpha ? 4 : 3)];
        for (int i = 0, o = 0; i < pixels; i++) {
            byte grey = s[i * bands];
            out[o++] = grey;
            out[o++] = grey;
            out[o++] = grey;
            if (alpha) {
                out[o++] = s[i * bands + 1];
            }
        }
        return out;
    }
}
