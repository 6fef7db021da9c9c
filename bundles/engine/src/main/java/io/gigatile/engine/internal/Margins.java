/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;

/**
 * The pixels around a region that neighbourhood transforms (convolution) read, so that a tile's edge is
 * computed from its neighbours' pixels, as in one large render, and tiles join without seams. Only what the
 * level has is read; at the image's own edges the transform extends the edge.
 */
final class Margins {

    private Margins() {
    }

    /**
     * @param wanted the region
     * @param margin pixels on each side
     * @param level the level it is in
     * @return the region grown by the margin, within the level
     */
    static Rect grow(Rect wanted, int margin, Level level) {
        if (margin <= 0) {
            return wanted;
        }
        int x0 = Math.max(0, wanted.x() - margin);
        int y0 = Math.max(0, wanted.y() - margin);
        long x1 = Math.min(level.width(), (long) wanted.x() + wanted.width() + margin);
        long y1 = Math.min(level.height(), (long) wanted.y() + wanted.height() + margin);
        return new Rect(x0, y0, (int) (x1 - x0), (int) (y1 - y0));
    }

    /**
     * @param raster 8-bit samples of {@code read}
     * @param read the rectangle read
     * @param wanted the region within it
     * @return the region's samples
     */
    static Raster crop(Raster raster, Rect read, Rect wanted) {
        if (read.equals(wanted)) {
            return raster;
        }
        int bands = raster.bands();
        int rowBytes = wanted.width() * bands;
        byte[] in = raster.bytes();
        byte[] out = new byte[rowBytes * wanted.height()];
        int dx = wanted.x() - read.x();
        int dy = wanted.y() - read.y();
        for (int y = 0; y < wanted.height(); y++) {
            System.arraycopy(in, ((dy + y) * read.width() + dx) * bands, out, y * rowBytes, rowBytes);
        }
        return Raster.ofBytes(wanted.width(), wanted.height(), bands, raster.colourSpace(), out);
    }
}
