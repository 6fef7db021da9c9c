/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.watermark.internal;

/**
 * The watermark as iipsrv keeps it (iip:src/Watermark.cc {@code init}): three bytes a pixel, each colour already
 * multiplied by the opacity and by the pixel's alpha, so that applying it is one saturating addition per sample.
 * Immutable, shared by every request.
 */
final class Mark {
    private static final int CHANNELS = 3;

    private final int width;
    private final int height;
    private final byte[] rgb;

    private Mark(int width, int height, byte[] rgb) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /**
     * Each colour becomes {@code c * opacity * (a / 255)} in float arithmetic, truncated, as iipsrv computes it on
     * what libtiff gave it.
     *
     * @param pixels the file's pixels, colour premultiplied as libtiff delivers it
     * @param opacity 0 to 1
     * @return the mark
     */
    static Mark of(MarkReader.Pixels pixels, float opacity) {
        int[] argb = pixels.argb();
        byte[] rgb = new byte[argb.length * CHANNELS];
        for (int i = 0, o = 0; i < argb.length; i++, o += CHANNELS) {
            int p = argb[i];
            float a = (float) (p >>> 24) / 255;
            rgb[o] = (byte) (int) ((p >> 16 & 0xFF) * opacity * a);
            rgb[o + 1] = (byte) (int) ((p >> 8 & 0xFF) * opacity * a);
            rgb[o + 2] = (byte) (int) ((p & 0xFF) * opacity * a);
        }
        return new Mark(pixels.width(), pixels.height(), rgb);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /**
     * @param x column in the mark
     * @param y row in the mark
     * @param channel 0 red, 1 green, 2 blue
     * @return the value added to samples of that channel
     */
    int value(int x, int y, int channel) {
        return rgb[(y * width + x) * CHANNELS + channel] & 0xFF;
    }

    /**
     * Adds the mark's top left {@code w x h} pixels to a raster's samples at {@code (x, y)}, saturating at 255.
     * Band {@code k} takes channel {@code k} (a grey band takes red, as iipsrv indexes it); bands from the fourth
     * on take channel {@code k % 3}, where iipsrv reads on into the next mark pixel's channels (and, at the last
     * one, past its buffer).
     *
     * @param samples 8-bit interleaved samples, changed in place
     * @param rasterWidth the raster's width
     * @param bands the raster's samples per pixel
     * @param x left column, {@code x + w} within the raster
     * @param y top row, {@code y + h} within the raster
     * @param w columns to add, at most {@link #width()}
     * @param h rows to add, at most {@link #height()}
     */
    void addTo(byte[] samples, int rasterWidth, int bands, int x, int y, int w, int h) {
        for (int j = 0; j < h; j++) {
            int o = ((y + j) * rasterWidth + x) * bands;
            int m = j * width * CHANNELS;
            for (int i = 0; i < w; i++, o += bands, m += CHANNELS) {
                for (int k = 0; k < bands; k++) {
                    int sum = (samples[o + k] & 0xFF) + (rgb[m + k % CHANNELS] & 0xFF);
                    samples[o + k] = (byte) Math.min(sum, 255);
                }
            }
        }
    }
}
