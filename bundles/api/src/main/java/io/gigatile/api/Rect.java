/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * A rectangle of pixels. Immutable.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, at least 1
 * @param height height, at least 1
 * @since 1.0
 */
public record Rect(int x, int y, int width, int height) {

    /** Checks that the rectangle is not empty and starts at or right of and below the origin. */
    public Rect {
        if (x < 0 || y < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("bad rectangle " + x + "," + y + "," + width + "," + height);
        }
    }

    /** @return the first column right of the rectangle */
    public int right() {
        return x + width;
    }

    /** @return the first row below the rectangle */
    public int bottom() {
        return y + height;
    }
}
