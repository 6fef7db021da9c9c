/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Rect;

/**
 * Picks the resolution level to read: the smallest whose copy of the region is still at least the output size,
 * so that resizing only ever shrinks by less than the step between two levels (or enlarges from full
 * resolution). Also refuses reads too large for memory.
 */
final class LevelChooser {
    /** Tolerance for floating point noise in level scales, far below a pixel. */
    private static final double EPSILON = 1e-6;

    private final EngineSettings settings;

    LevelChooser(EngineSettings settings) {
        this.settings = settings;
    }

    /**
     * @param info the image
     * @param region the region in full-resolution pixels
     * @param outWidth output width
     * @param outHeight output height
     * @return what to read
     * @throws LimitExceededException if the read would hold more pixels than one request may
     */
    ReadPlan plan(ImageInfo info, Rect region, int outWidth, int outHeight) {
        for (int i = info.levels().size() - 1; i > 0; i--) {
            Level level = info.levels().get(i);
            double scaleX = (double) level.width() / info.width();
            double scaleY = (double) level.height() / info.height();
            if (region.width() * scaleX >= outWidth - EPSILON && region.height() * scaleY >= outHeight - EPSILON) {
                return checked(at(i, level, scaleX, scaleY, region, outWidth, outHeight), info.bands());
            }
        }
        return checked(at(0, info.levels().get(0), 1, 1, region, outWidth, outHeight), info.bands());
    }

    /** Widens the scaled region to whole pixels (floor and ceiling) so that no source pixel is lost. */
    private static ReadPlan at(int index, Level level, double scaleX, double scaleY, Rect region, int outWidth,
            int outHeight) {
        double left = region.x() * scaleX;
        double top = region.y() * scaleY;
        double right = region.right() * scaleX;
        double bottom = region.bottom() * scaleY;
        int x0 = Math.min(level.width() - 1, (int) Math.floor(left + EPSILON));
        int y0 = Math.min(level.height() - 1, (int) Math.floor(top + EPSILON));
        int x1 = Math.max(x0 + 1, Math.min(level.width(), (int) Math.ceil(right - EPSILON)));
        int y1 = Math.max(y0 + 1, Math.min(level.height(), (int) Math.ceil(bottom - EPSILON)));
        Rect read = new Rect(x0, y0, x1 - x0, y1 - y0);
        if (Math.abs(right - left - outWidth) < 1 && Math.abs(bottom - top - outHeight) < 1
                && outWidth <= level.width() && outHeight <= level.height()) {
            // the window is the output's size within a pixel (a region at a level's own scale, off by its
            // fractions): resampling would move every pixel by less than half a pixel and cost more than the
            // decoding; the nearest whole pixels are read as they are, as iipsrv does
            int x = Math.max(0, Math.min(level.width() - outWidth, (int) Math.round(left)));
            int y = Math.max(0, Math.min(level.height() - outHeight, (int) Math.round(top)));
            return ReadPlan.exact(index, new Rect(x, y, outWidth, outHeight));
        }
        if (Math.abs(left - x0) < EPSILON && Math.abs(top - y0) < EPSILON
                && Math.abs(right - x1) < EPSILON && Math.abs(bottom - y1) < EPSILON) {
            return new ReadPlan(index, read, 0, 0, read.width(), read.height(), outWidth, outHeight);
        }
        return new ReadPlan(index, read, Math.max(0, left - x0), Math.max(0, top - y0), right - left,
                bottom - top, outWidth, outHeight);
    }

    /**
     * @param plan a plan
     * @param bands samples per pixel
     * @return the plan, if its read fits the memory bound
     */
    ReadPlan checked(ReadPlan plan, int bands) {
        long pixels = (long) plan.read().width() * plan.read().height();
        if (pixels > settings.maxReadPixels(bands)) {
            throw new LimitExceededException("region is too large to read at this size");
        }
        return plan;
    }
}
