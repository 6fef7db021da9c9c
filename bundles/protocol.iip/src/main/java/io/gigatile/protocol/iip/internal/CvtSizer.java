/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Region;

/**
 * The region and output size of a CVT request, computed as iipsrv's View and CVT do (iipsrv 1.3's
 * {@code View::getRequestSize}), in C {@code float} arithmetic so that the rounding matches. Three iipsrv bugs
 * are not copied: see the bundle's README.
 */
final class CvtSizer {

    /**
     * The computed view.
     *
     * @param region the region of the full-resolution image
     * @param width output width in pixels
     * @param height output height in pixels
     * @param upscale whether the output is larger than the region
     */
    record View(Region region, int width, int height, boolean upscale) {
    }

    private final int maxSize;
    private final boolean allowUpscaling;

    /**
     * @param maxSize MAX_CVT: the largest output width or height, 0 or less for none
     * @param allowUpscaling ALLOW_UPSCALING
     */
    CvtSizer(int maxSize, boolean allowUpscaling) {
        this.maxSize = maxSize;
        this.allowUpscaling = allowUpscaling;
    }

    /**
     * @param imageWidth full-resolution width
     * @param imageHeight full-resolution height
     * @param rgn left, top, width, height as fractions (iipsrv's RGN), or null for the whole image
     * @param wid WID, 0 when not given
     * @param hei HEI, 0 when not given
     * @return the region and the output size
     */
    View compute(int imageWidth, int imageHeight, float[] rgn, int wid, int hei) {
        float left = rgn == null ? 0 : clamp(rgn[0]);
        float top = rgn == null ? 0 : clamp(rgn[1]);
        float viewWidth = rgn == null ? 1 : clamp(rgn[2]);
        float viewHeight = rgn == null ? 1 : clamp(rgn[3]);
        // A region running off the image is cut at its edge; iipsrv cuts the pixels but not its aspect ratio.
        viewWidth = Math.min(viewWidth, 1 - left);
        viewHeight = Math.min(viewHeight, 1 - top);
        if (!(viewWidth > 0 && viewHeight > 0)) {
            throw new BadRequestException("RGN lies outside the image");
        }

        int x = Math.min((int) Math.round((double) imageWidth * left), imageWidth - 1);
        int y = Math.min((int) Math.round((double) imageHeight * top), imageHeight - 1);
        int regionWidth = (int) Math.max(1, Math.min(Math.round((double) imageWidth * viewWidth), imageWidth - x));
        int regionHeight = (int) Math.max(1,
                Math.min(Math.round((double) imageHeight * viewHeight), imageHeight - y));

        float fullWidth = viewWidth * imageWidth;
        float fullHeight = viewHeight * imageHeight;
        float ratio = fullWidth / fullHeight;
        long rw = limit(wid);
        long rh = limit(hei);
        long w = rw;
        long h = rh;
        if (rw == 0 && rh != 0) {
            w = round((float) rh * ratio);
        } else if (rh == 0 && rw != 0) {
            h = round((float) rw / ratio);
        } else if (rw == 0) {
            w = regionWidth;
            h = regionHeight;
        } else if ((float) rw / fullWidth > (float) rh / fullHeight) {
            w = round((float) rh * ratio);
        } else {
            h = round((float) rw / ratio);
        }
        if (maxSize > 0 && (w > maxSize || h > maxSize)) {
            if (w > h) {
                w = maxSize;
                h = round((float) w / ratio);
            } else if (h > w) {
                h = maxSize;
                w = round((float) h * ratio);
            } else {
                w = maxSize;
                h = maxSize;
            }
        }
        if (!allowUpscaling) {
            w = Math.min(w, regionWidth);
            h = Math.min(h, regionHeight);
        }
        w = Math.max(w, 1);
        h = Math.max(h, 1);
        if (w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
            throw new LimitExceededException("requested size is too large");
        }
        boolean whole = x == 0 && y == 0 && regionWidth == imageWidth && regionHeight == imageHeight;
        Region region = whole ? Region.FULL : Region.pixels(x, y, regionWidth, regionHeight);
        return new View(region, (int) w, (int) h, w > regionWidth || h > regionHeight);
    }

    /** iipsrv's WID and HEI setters clamp to the maximum size. */
    private long limit(int requested) {
        return maxSize > 0 && requested > maxSize ? maxSize : requested;
    }

    private static float clamp(float fraction) {
        return Math.max(0, Math.min(1, fraction));
    }

    /** C's {@code round} of a float: half away from zero. */
    private static long round(float value) {
        return (long) Math.floor(Math.abs((double) value) + 0.5) * (value < 0 ? -1 : 1);
    }
}
