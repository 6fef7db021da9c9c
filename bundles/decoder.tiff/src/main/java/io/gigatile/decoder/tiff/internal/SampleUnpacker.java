/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

/**
 * Lays a decompressed tile's samples out as a raster's samples, cut to the wanted size. Each bit depth and
 * sample layout has its own.
 */
interface SampleUnpacker {

    /**
     * @param decoded a full tile's decompressed bytes, predictor undone
     * @param width the columns wanted from the left
     * @param height the rows wanted from the top
     * @return {@code width * height * bands} samples
     */
    byte[] unpack(byte[] decoded, int width, int height);

    /**
     * @param tileWidth a full tile's width
     * @param bands samples per pixel
     * @return the unpacker of chunky 8-bit samples, which only cuts
     */
    static SampleUnpacker chunkyBytes(int tileWidth, int bands) {
        return (decoded, width, height) -> {
            int row = width * bands;
            int stride = tileWidth * bands;
            if (row == stride && decoded.length == row * height) {
                return decoded;
            }
            byte[] out = new byte[row * height];
            for (int y = 0; y < height; y++) {
                System.arraycopy(decoded, y * stride, out, y * row, row);
            }
            return out;
        };
    }
}
