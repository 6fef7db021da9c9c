/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.Rect;

/**
 * Decodes the blocks of one directory into stored samples, joining the planes of planar images pixel by pixel.
 * Immutable.
 */
final class BlockDecoder {
    private final BlockIndex index;
    private final TileCodec codec;
    private final int planes;
    private final int blocksPerPlane;

    /**
     * @param index where the blocks lie
     * @param codec how one block decodes
     * @param planes the number of planes (1 when chunky)
     * @param blocksPerPlane blocks in one plane
     */
    BlockDecoder(BlockIndex index, TileCodec codec, int planes, int blocksPerPlane) {
        this.index = index;
        this.codec = codec;
        this.planes = planes;
        this.blocksPerPlane = blocksPerPlane;
    }

    BlockIndex index() {
        return index;
    }

    TileCodec codec() {
        return codec;
    }

    /**
     * @param block the block's index in the first plane
     * @param rows rows the block holds
     * @param crop the pixels wanted, relative to the block
     * @return their samples, interleaved
     */
    Object decode(int block, int rows, Rect crop) {
        if (planes == 1) {
            return codec.decode(index.stored(block), rows, crop);
        }
        Object[] each = new Object[planes];
        for (int p = 0; p < planes; p++) {
            each[p] = codec.decode(index.stored(p * blocksPerPlane + block), rows, crop);
        }
        return Samples.interleave(each, crop.width() * crop.height());
    }

    /**
     * Reads only some rows of an uncompressed block: a strip of a whole image then costs what its rows cost.
     *
     * @param block the block's index in the first plane
     * @param rowBytes bytes per row in one plane
     * @param first the first row wanted
     * @param crop the columns wanted, and as many rows from {@code first}; its y is ignored
     * @return their samples, interleaved
     */
    Object decodeRows(int block, int rowBytes, int first, Rect crop) {
        int rows = crop.height();
        Rect columns = new Rect(crop.x(), 0, crop.width(), rows);
        Object[] each = new Object[planes];
        for (int p = 0; p < planes; p++) {
            byte[] part = index.part(p * blocksPerPlane + block, (long) first * rowBytes, rows * rowBytes);
            each[p] = codec.decode(part, rows, columns);
        }
        return Samples.interleave(each, crop.width() * rows);
    }
}
