/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Rect;
import io.gigatile.api.Region;

/**
 * Turns a request's region into full-resolution pixels, clipped to the image. A region that starts outside
 * the image is an error; one that runs over its edge is cut at the edge, as IIIF prescribes.
 */
final class RegionResolver {

    private RegionResolver() {
    }

    /**
     * @param region a region other than {@link Region.Kind#TILE}
     * @param width full-resolution image width
     * @param height full-resolution image height
     * @return the region in full-resolution pixels, inside the image
     * @throws BadRequestException if the region starts outside the image
     */
    static Rect resolve(Region region, int width, int height) {
        return switch (region.kind()) {
            case FULL -> new Rect(0, 0, width, height);
            case SQUARE -> square(width, height);
            case PIXELS -> clip(checked(region).x(), region.y(), region.x() + region.width(),
                    region.y() + region.height(), width, height);
            case FRACTION -> fraction(checked(region), width, height);
            case TILE -> throw new IllegalArgumentException("a tile region lies in its own level");
        };
    }

    /** Region's factories check their numbers, but its constructor is public, so check again (NaN too). */
    private static Region checked(Region r) {
        if (!(r.x() >= 0 && r.y() >= 0 && r.width() > 0 && r.height() > 0)) {
            throw new BadRequestException("region must have a positive size and start inside the image");
        }
        return r;
    }

    /** Rounds the edges, not the sizes, so that regions side by side meet without a gap or an overlap. */
    private static Rect fraction(Region r, int width, int height) {
        double left = Math.rint(r.x() * width);
        double top = Math.rint(r.y() * height);
        double right = Math.max(left + 1, Math.rint((r.x() + r.width()) * width));
        double bottom = Math.max(top + 1, Math.rint((r.y() + r.height()) * height));
        return clip(left, top, right, bottom, width, height);
    }

    private static Rect square(int width, int height) {
        int side = Math.min(width, height);
        return new Rect((width - side) / 2, (height - side) / 2, side, side);
    }

    /** Works on doubles so that absurd numbers from a request cannot overflow before they are clipped. */
    private static Rect clip(double left, double top, double right, double bottom, int width, int height) {
        if (left >= width || top >= height) {
            throw new BadRequestException("region lies outside the image");
        }
        int x = (int) left;
        int y = (int) top;
        int w = (int) (Math.min(right, width) - x);
        int h = (int) (Math.min(bottom, height) - y);
        return new Rect(x, y, w, h);
    }
}
