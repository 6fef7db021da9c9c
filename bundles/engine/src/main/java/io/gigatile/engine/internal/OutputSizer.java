/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Size;

/** Computes a request's output size from its region and enforces the size limits (MAX_CVT, ALLOW_UPSCALING). */
final class OutputSizer {

    /**
     * An output size in pixels.
     *
     * @param width width, at least 1
     * @param height height, at least 1
     */
    record Extent(int width, int height) {
    }

    private final EngineSettings settings;

    OutputSizer(EngineSettings settings) {
        this.settings = settings;
    }

    /**
     * @param size the requested size
     * @param regionWidth the region's full-resolution width
     * @param regionHeight the region's full-resolution height
     * @param bands samples per pixel of the output
     * @return the output size
     * @throws LimitExceededException if the output would be larger than the limits allow
     */
    Extent size(Size size, int regionWidth, int regionHeight, int bands) {
        double rw = regionWidth;
        double rh = regionHeight;
        double w;
        double h;
        switch (size.kind()) {
            case MAX -> {
                double scale = maxScale(size, Math.max(rw, rh));
                w = rw * scale;
                h = rh * scale;
            }
            case EXACT -> {
                w = size.width();
                h = size.height();
            }
            case WIDTH -> {
                w = size.width();
                h = rh * size.width() / rw;
            }
            case HEIGHT -> {
                w = rw * size.height() / rh;
                h = size.height();
            }
            case FIT -> {
                double scale = Math.min(size.width() / rw, size.height() / rh);
                w = Math.min(rw * scale, Math.floor(size.width()));
                h = Math.min(rh * scale, Math.floor(size.height()));
            }
            case PERCENT -> {
                w = rw * size.width() / 100;
                h = rh * size.width() / 100;
            }
            default -> throw new IllegalArgumentException("unknown size kind " + size.kind());
        }
        Extent out = new Extent(pixels(w), pixels(h));
        check(out, size, regionWidth, regionHeight, bands);
        return out;
    }

    /**
     * The natural size, scaled down to fit the size limit; with {@code ^} (IIIF's {@code ^max}) scaled up to
     * it as well, when upscaling is allowed.
     */
    private double maxScale(Size size, double longest) {
        if (!settings.limitsSize()) {
            return 1;
        }
        double fit = settings.maxSize() / longest;
        return fit < 1 || (size.upscale() && settings.allowUpscaling()) ? fit : 1;
    }

    private static int pixels(double value) {
        if (!(value < Integer.MAX_VALUE)) {
            throw new LimitExceededException("requested size is too large");
        }
        return (int) Math.max(1, Math.round(value));
    }

    private void check(Extent out, Size size, int regionWidth, int regionHeight, int bands) {
        if (settings.limitsSize() && (out.width() > settings.maxSize() || out.height() > settings.maxSize())) {
            throw new LimitExceededException("requested size exceeds the maximum of " + settings.maxSize()
                    + " pixels");
        }
        if ((long) out.width() * out.height() * bands > EngineSettings.UNLIMITED_READ_SAMPLES
                && !settings.limitsSize()) {
            throw new LimitExceededException("requested size is too large");
        }
        if (out.width() > regionWidth || out.height() > regionHeight) {
            if (!settings.allowUpscaling()) {
                throw new LimitExceededException("upscaling is not allowed");
            }
            if (!size.upscale()) {
                throw new LimitExceededException("a size larger than the region must ask for upscaling");
            }
        }
    }
}
