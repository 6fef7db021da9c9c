/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import jj2000.j2k.decoder.DecoderSpecs;
import jj2000.j2k.image.BlkImgDataSrc;
import jj2000.j2k.image.DataBlk;
import jj2000.j2k.image.DataBlkFloat;
import jj2000.j2k.image.invcomptransf.InvCompTransf;

/**
 * The irreversible component transform (YCbCr to RGB, ISO 15444-1 G.3), rounded to nearest. jj2000's own rounds
 * with {@code (int) (x + 0.5f)}, which rounds the negative half of its zero-centred samples up: measured on a 9/7
 * fixture, almost every sample came out one too high (mean error 0.85 where OpenJPEG's is 0.10). Reversible tiles
 * (RCT) and tiles without a transform keep jj2000's exact integer path.
 */
final class IrreversibleColour {

    private IrreversibleColour() {
    }

    /**
     * @param specs the codestream's coding parameters
     * @param tile the tile's index
     * @param wavelets whether each of the first three components' wavelet is reversible, in this tile
     * @return whether the tile's first three components are YCbCr from the irreversible transform
     */
    static boolean applies(DecoderSpecs specs, int tile, boolean[] wavelets) {
        if (wavelets.length < 3 || (Integer) specs.cts.getTileDef(tile) == InvCompTransf.NONE) {
            return false;
        }
        return !wavelets[0] && !wavelets[1] && !wavelets[2];
    }

    /**
     * @param wavelet the inverse wavelet transform, on the tile
     * @param x left column in the tile, at the resolution
     * @param y top row
     * @param w width
     * @param h height
     * @return red, green and blue, zero-centred, each {@code w * h} rounded samples
     */
    static int[][] toRgb(BlkImgDataSrc wavelet, int x, int y, int w, int h) {
        // jj2000 gives floats where the 9/7 wavelet ran, and ints where it did not (a tile or resolution with no
        // decomposition level left, whose samples come straight from the dequantiser)
        DataBlk luma = wavelet.getInternCompData(new DataBlkFloat(x, y, w, h), 0);
        DataBlk blue = wavelet.getInternCompData(new DataBlkFloat(x, y, w, h), 1);
        DataBlk red = wavelet.getInternCompData(new DataBlkFloat(x, y, w, h), 2);
        int[][] rgb = new int[3][w * h];
        for (int row = 0; row < h; row++) {
            int yi = luma.offset + row * luma.scanw;
            int bi = blue.offset + row * blue.scanw;
            int ri = red.offset + row * red.scanw;
            for (int col = 0; col < w; col++) {
                float l = sample(luma, yi + col);
                float cb = sample(blue, bi + col);
                float cr = sample(red, ri + col);
                int o = row * w + col;
                rgb[0][o] = round(l + 1.402f * cr);
                rgb[1][o] = round(l - 0.34413f * cb - 0.71414f * cr);
                rgb[2][o] = round(l + 1.772f * cb);
            }
        }
        return rgb;
    }

    private static float sample(DataBlk block, int index) {
        Object data = block.getData();
        return data instanceof float[] floats ? floats[index] : ((int[]) data)[index];
    }

    private static int round(float v) {
        return (int) Math.floor(v + 0.5f);
    }
}
