/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.ServiceLimits;

/**
 * The output size limits info.json advertises and image requests obey: maxWidth and maxHeight from the engine's
 * MAX_CVT, maxArea from this bundle's configuration (by default MAX_CVT squared). -1 means no limit.
 *
 * @param maxWidth largest output width, or -1
 * @param maxHeight largest output height, or -1
 * @param maxArea largest output width x height, or -1
 * @param allowUpscaling whether outputs may be larger than their region
 */
record Limits(long maxWidth, long maxHeight, long maxArea, boolean allowUpscaling) {

    /**
     * @param engine the engine's limits
     * @param configuredArea maxArea from the configuration; not positive for MAX_CVT squared
     * @return the limits in force
     */
    static Limits of(ServiceLimits engine, long configuredArea) {
        long side = engine.maxSize() > 0 ? engine.maxSize() : -1;
        long area = configuredArea > 0 ? configuredArea : side > 0 ? side * side : -1;
        return new Limits(side, side, area, engine.allowUpscaling());
    }

    /**
     * @param width output width
     * @param height output height
     * @return true if an output of that size is allowed
     */
    boolean admits(long width, long height) {
        return (maxWidth < 0 || width <= maxWidth) && (maxHeight < 0 || height <= maxHeight)
                && (maxArea < 0 || (double) width * height <= maxArea);
    }

    /**
     * @param width a width
     * @param height a height
     * @return the largest scale at which that size stays within the limits; infinite if there are none
     */
    double fitScale(double width, double height) {
        double scale = Double.POSITIVE_INFINITY;
        if (maxWidth > 0) {
            scale = Math.min(scale, maxWidth / width);
        }
        if (maxHeight > 0) {
            scale = Math.min(scale, maxHeight / height);
        }
        if (maxArea > 0) {
            scale = Math.min(scale, Math.sqrt(maxArea / (width * height)));
        }
        return scale;
    }
}
