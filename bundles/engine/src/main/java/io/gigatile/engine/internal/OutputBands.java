/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;

/**
 * What a multispectral image shows when no transform chose its bands: output formats hold grey or colour, so
 * the first band is shown as grey, or the first three as red, green and blue, as iipsrv does.
 */
final class OutputBands {

    private OutputBands() {
    }

    static Raster forEncoding(Raster raster) {
        if (raster.colourSpace() != ColourSpace.MULTIBAND || !raster.isByteBacked()) {
            return raster;
        }
        int keep = raster.bands() >= 3 ? 3 : 1;
        ColourSpace space = keep == 3 ? ColourSpace.SRGB : ColourSpace.GREY;
        if (raster.bands() == keep) {
            return Raster.ofBytes(raster.width(), raster.height(), keep, space, raster.bytes());
        }
        byte[] in = raster.bytes();
        int pixels = raster.width() * raster.height();
        int stride = raster.bands();
        byte[] out = new byte[pixels * keep];
        for (int p = 0, i = 0, o = 0; p < pixels; p++, i += stride, o += keep) {
            System.arraycopy(in, i, out, o, keep);
        }
        return Raster.ofBytes(raster.width(), raster.height(), keep, space, out);
    }
}
