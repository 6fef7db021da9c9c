/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.Rect;

/**
 * What to read for a request and how it maps onto the output. The rectangle read is the region at the chosen
 * level widened to whole pixels; the window is the region's exact, fractional place inside that rectangle,
 * which the resizer samples so that no half pixel shifts the output.
 *
 * @param level the level read
 * @param read the rectangle read, in that level's pixels
 * @param windowX left edge of the region inside the read rectangle, in pixels
 * @param windowY top edge of the region inside the read rectangle
 * @param windowWidth width of the region at the level, in pixels
 * @param windowHeight height of the region at the level
 * @param outWidth output width
 * @param outHeight output height
 */
record ReadPlan(int level, Rect read, double windowX, double windowY, double windowWidth, double windowHeight,
        int outWidth, int outHeight) {

    /** A read that is the output as it is: a native tile, or a region already at its output size. */
    static ReadPlan exact(int level, Rect read) {
        return new ReadPlan(level, read, 0, 0, read.width(), read.height(), read.width(), read.height());
    }

    /** @return true if the pixels read are not yet the output */
    boolean needsResize() {
        return windowX != 0 || windowY != 0 || windowWidth != read.width() || windowHeight != read.height()
                || outWidth != read.width() || outHeight != read.height();
    }
}
