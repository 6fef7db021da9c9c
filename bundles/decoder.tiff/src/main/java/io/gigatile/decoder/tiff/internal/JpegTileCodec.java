/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;

/** JPEG tiles (TIFF compression 7): the level's tables spliced in, the frame checked, then decoded. */
final class JpegTileCodec implements TileCodec {
    private final JpegReaders readers;
    private final byte[] tables;
    private final int tileWidth;
    private final int tileHeight;
    private final int bands;

    /**
     * @param readers the source's JPEG readers
     * @param tables the level's JPEGTables, or null
     * @param tileWidth full tile width
     * @param tileHeight full tile height
     * @param bands samples per pixel
     */
    JpegTileCodec(JpegReaders readers, byte[] tables, int tileWidth, int tileHeight, int bands) {
        this.readers = readers;
        this.tables = tables;
        this.tileWidth = tileWidth;
        this.tileHeight = tileHeight;
        this.bands = bands;
    }

    @Override
    public byte[] decode(byte[] stored, int width, int height) {
        byte[] jpeg = JpegStream.splice(tables, stored);
        JpegStream.Frame frame = JpegStream.frame(jpeg);
        // the frame decides how much the reader allocates: never more than a tile
        if (frame.width() < width || frame.height() < height || frame.width() > tileWidth
                || frame.height() > tileHeight || frame.components() != bands) {
            throw new DecodeFailureException("a JPEG TIFF tile does not fit its tile");
        }
        return readers.decode(jpeg, width, height, bands);
    }

    /**
     * @param stored a full tile's stored bytes
     * @param rgb whether the level's photometric interpretation is RGB rather than YCbCr or grey
     * @return the tile as a JPEG that any decoder reads with the right colours, or null when there is none
     */
    byte[] passThrough(byte[] stored, boolean rgb) {
        byte[] jpeg = JpegStream.splice(tables, stored);
        JpegStream.Frame frame = JpegStream.frame(jpeg);
        if (frame.width() != tileWidth || frame.height() != tileHeight || frame.components() != bands) {
            return null;
        }
        if (!rgb) {
            return jpeg;
        }
        // subsampled RGB is legal JPEG that many viewers render wrongly (iipsrv refuses to pass it through too)
        return frame.subsampled() ? null : JpegStream.markedRgb(jpeg);
    }
}
