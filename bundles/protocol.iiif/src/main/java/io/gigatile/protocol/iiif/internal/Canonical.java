/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.Rect;

/** The canonical forms of the region and size parameters, per version, for the canonical Link header. */
final class Canonical {

    private Canonical() {
    }

    /**
     * @param region the resolved region
     * @param width full image width
     * @param height full image height
     * @return {@code full} for the whole image, else {@code x,y,w,h}
     */
    static String region(Rect region, int width, int height) {
        if (region.x() == 0 && region.y() == 0 && region.width() == width && region.height() == height) {
            return "full";
        }
        return region.x() + "," + region.y() + "," + region.width() + "," + region.height();
    }

    /**
     * 3.0: {@code max} where the size is what max gives, else {@code w,h}, with {@code ^} when larger than the
     * region. 2.1, and 1.1, which defines no canonical form but has the same sizes but {@code max}: {@code full} at
     * the region's own size, {@code w,} where the height follows from the width, else {@code w,h}.
     *
     * @param out the output size
     * @param region the resolved region
     * @param version the API version
     * @param limits the limits in force
     * @return the canonical size parameter
     */
    static String size(SizeResolver.Extent out, Rect region, IiifVersion version, Limits limits) {
        int w = out.width();
        int h = out.height();
        if (version == IiifVersion.V3) {
            if (out.equals(SizeResolver.max(region, limits, false))) {
                return "max";
            }
            return (w > region.width() || h > region.height() ? "^" : "") + w + "," + h;
        }
        if (w == region.width() && h == region.height()) {
            return "full";
        }
        return h == Math.round((double) region.height() * w / region.width()) ? w + "," : w + "," + h;
    }
}
