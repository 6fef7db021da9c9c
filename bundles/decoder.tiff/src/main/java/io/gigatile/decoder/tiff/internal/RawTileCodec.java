/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.Rect;
import java.nio.ByteOrder;

/** Blocks whose compression yields the samples themselves: decompress, undo the predictor, unpack, crop. */
final class RawTileCodec implements TileCodec {
    private final Decompressor decompressor;
    private final SampleUnpacker unpacker;
    private final int blockWidth;
    private final int perPixel;
    private final int predictor;
    private final boolean reverseBits;

    /**
     * @param decompressor the level's compression
     * @param unpacker the level's sample layout
     * @param blockWidth a block's width in pixels
     * @param perPixel samples per pixel in one block (1 when planar)
     * @param predictor the TIFF Predictor
     * @param reverseBits whether bytes are stored least significant bit first (FillOrder 2)
     */
    RawTileCodec(Decompressor decompressor, SampleUnpacker unpacker, int blockWidth, int perPixel, int predictor,
            boolean reverseBits) {
        this.decompressor = decompressor;
        this.unpacker = unpacker;
        this.blockWidth = blockWidth;
        this.perPixel = perPixel;
        this.predictor = predictor;
        this.reverseBits = reverseBits;
    }

    @Override
    public Object decode(byte[] stored, int rows, Rect crop) {
        int rowBytes = unpacker.rowBytes();
        byte[] decoded = decompressor.decompress(reverseBits ? reversed(stored) : stored, rowBytes * rows);
        Object samples;
        if (predictor == Tag.PREDICTOR_FLOATING_POINT) {
            Predictors.undoFloatingPoint(decoded, rowBytes, rows, perPixel, unpacker.bits() / 8);
            samples = unpacker.unpack(decoded, rows, ByteOrder.BIG_ENDIAN);
        } else {
            samples = unpacker.unpack(decoded, rows, unpacker.order());
            if (predictor == Tag.PREDICTOR_HORIZONTAL) {
                // every sample of a row depends on those left of it, so whole rows are undone
                Predictors.undoHorizontal(samples, blockWidth * perPixel, rows, perPixel);
            }
        }
        return Samples.crop(unpacker.finish(samples), blockWidth * perPixel, perPixel, crop);
    }

    /** FillOrder 2 is libtiff's "bit-reversed" storage: mirror each byte before decoding. */
    private static byte[] reversed(byte[] stored) {
        byte[] out = new byte[stored.length];
        for (int i = 0; i < stored.length; i++) {
            out[i] = (byte) (Integer.reverse(stored[i] & 0xff) >>> 24);
        }
        return out;
    }
}
