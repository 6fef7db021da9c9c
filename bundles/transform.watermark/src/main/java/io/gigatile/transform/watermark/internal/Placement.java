/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.watermark.internal;

import io.gigatile.api.Raster;
import java.util.random.RandomGenerator;

/**
 * Where watermarks go, with iipsrv's block arithmetic (iip:src/Watermark.cc {@code apply}): a raster no larger
 * than a block either way is one block; a larger one is cut into square blocks from the top left, the last
 * column and row keeping what is left. Each block draws whether it gets a watermark, then, where the block is
 * wider or taller than the mark, a random offset within it; a mark larger than its block is cut to the block.
 * iipsrv steps along the rows by the block width and along the columns by the block height, which is the same
 * thing for its square blocks; here each axis uses its own, and no write can leave the raster.
 */
final class Placement {

    private Placement() {
    }

    /**
     * @param mark the watermark
     * @param input 8-bit samples, not changed
     * @param block the side of the blocks a region is cut into; 0 for one block over the whole raster (a tile)
     * @param probability the chance that a block gets a watermark, 0 to 1
     * @param random the source of the draws, used by one thread
     * @return the watermarked samples, or null if no block drew a watermark
     */
    static byte[] stamp(Mark mark, Raster input, int block, float probability, RandomGenerator random) {
        int width = input.width();
        int height = input.height();
        boolean split = block > 0 && (width > block || height > block);
        int blockWidth = split ? block : width;
        int blockHeight = split ? block : height;
        byte[] out = null;
        for (int y0 = 0; y0 < height; y0 += blockHeight) {
            for (int x0 = 0; x0 < width; x0 += blockWidth) {
                if (random.nextFloat() >= probability) {
                    continue;
                }
                int w = Math.min(blockWidth, width - x0);
                int h = Math.min(blockHeight, height - y0);
                int dx = w > mark.width() ? random.nextInt(w - mark.width() + 1) : 0;
                int dy = h > mark.height() ? random.nextInt(h - mark.height() + 1) : 0;
                if (out == null) {
                    out = input.bytes().clone();
                }
                mark.addTo(out, width, input.bands(), x0 + dx, y0 + dy, Math.min(mark.width(), w),
                        Math.min(mark.height(), h));
            }
        }
        return out;
    }
}
