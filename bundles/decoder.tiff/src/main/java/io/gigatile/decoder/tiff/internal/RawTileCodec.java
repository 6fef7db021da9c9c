/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

/** Tiles whose compression yields the samples themselves: decompress, undo the predictor, unpack. */
final class RawTileCodec implements TileCodec {
    private final Decompressor decompressor;
    private final SampleUnpacker unpacker;
    private final int tileWidth;
    private final int tileHeight;
    private final int bands;
    private final boolean horizontalPredictor;

    /**
     * @param decompressor the level's compression
     * @param unpacker the level's sample layout
     * @param tileWidth full tile width
     * @param tileHeight full tile height
     * @param bands samples per pixel
     * @param horizontalPredictor whether samples are stored as differences to their left neighbour (8 bits)
     */
    RawTileCodec(Decompressor decompressor, SampleUnpacker unpacker, int tileWidth, int tileHeight, int bands,
            boolean horizontalPredictor) {
        this.decompressor = decompressor;
        this.unpacker = unpacker;
        this.tileWidth = tileWidth;
        this.tileHeight = tileHeight;
        this.bands = bands;
        this.horizontalPredictor = horizontalPredictor;
    }

    @Override
    public byte[] decode(byte[] stored, int width, int height) {
        byte[] decoded = decompressor.decompress(stored, tileWidth * tileHeight * bands);
        if (horizontalPredictor) {
            undoPredictor(decoded, height);
        }
        return unpacker.unpack(decoded, width, height);
    }

    /** Each row is undone whole, even where it will be cut: every sample depends on those left of it. */
    private void undoPredictor(byte[] samples, int rows) {
        int row = tileWidth * bands;
        for (int y = 0; y < rows; y++) {
            int end = (y + 1) * row;
            for (int i = y * row + bands; i < end; i++) {
                samples[i] += samples[i - bands];
            }
        }
    }
}
