/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Rect;
import io.gigatile.api.UnsupportedFormatException;
import java.awt.Rectangle;

/** JPEG blocks (TIFF compression 7): the level's tables spliced in, the frame checked, then decoded. */
final class JpegTileCodec implements TileCodec {
    private final ReaderPool readers;
    private final byte[] tables;
    private final int blockWidth;
    private final int blockHeight;
    private final int bands;

    /**
     * @param readers the source's JPEG readers
     * @param tables the level's JPEGTables, or null
     * @param blockWidth full tile (or strip) width
     * @param blockHeight full tile height, or rows per strip
     * @param bands samples per pixel
     */
    JpegTileCodec(ReaderPool readers, byte[] tables, int blockWidth, int blockHeight, int bands) {
        this.readers = readers;
        this.tables = tables;
        this.blockWidth = blockWidth;
        this.blockHeight = blockHeight;
        this.bands = bands;
    }

    @Override
    public Object decode(byte[] stored, int rows, Rect crop) {
        byte[] jpeg = JpegStream.splice(tables, stored);
        JpegStream.Frame frame = JpegStream.frame(jpeg);
        if (frame.precision() != 8) {
            throw new UnsupportedFormatException(frame.precision() + "-bit JPEG in TIFF is not supported");
        }
        // the frame decides how much the reader allocates: never more than a block
        if (frame.width() < crop.right() || frame.height() < crop.bottom() || frame.width() > blockWidth
                || frame.height() > blockHeight || frame.components() != bands) {
            throw new DecodeFailureException("a JPEG TIFF tile does not fit its tile");
        }
        return readers.decode(jpeg, new Rectangle(crop.x(), crop.y(), crop.width(), crop.height()), bands);
    }

    /**
     * @param stored a full tile's stored bytes
     * @param rgb whether the level's photometric interpretation is RGB rather than YCbCr or grey
     * @param icc the image's ICC profile, or null
     * @return the tile as a JPEG that any decoder reads with the right colours, or null when there is none
     */
    byte[] passThrough(byte[] stored, boolean rgb, byte[] icc) {
        byte[] jpeg = JpegStream.splice(tables, stored);
        JpegStream.Frame frame = JpegStream.frame(jpeg);
        if (frame.width() != blockWidth || frame.height() != blockHeight || frame.components() != bands
                || frame.precision() != 8) {
            return null;
        }
        // subsampled RGB is legal JPEG that many viewers render wrongly (iipsrv refuses to pass it through too)
        if (rgb && frame.subsampled()) {
            return null;
        }
        byte[] marked = rgb ? JpegStream.markedRgb(jpeg) : jpeg;
        return icc == null ? marked : JpegStream.withIcc(marked, icc);
    }
}
