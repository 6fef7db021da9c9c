/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.JpegCodec;
import io.gigatile.api.Rect;
import io.gigatile.api.UnsupportedFormatException;
import java.awt.Rectangle;
import java.util.function.Supplier;

/** JPEG blocks (TIFF compression 7): the level's tables spliced in, the frame checked, then decoded. */
final class JpegTileCodec implements TileCodec {
    /** The largest frame, in samples, handed to the faster codec (its own limit is 64 Mi). */
    private static final long FAST_LIMIT = 1L << 24;
    private final ReaderPool readers;
    private final Supplier<JpegCodec> fast;
    private final byte[] tables;
    private final int blockWidth;
    private final int blockHeight;
    private final int bands;

    /**
     * @param readers the source's JPEG readers
     * @param fast the JPEG codec to prefer, asked on every tile; answers null when there is none
     * @param tables the level's JPEGTables, or null
     * @param blockWidth full tile (or strip) width
     * @param blockHeight full tile height, or rows per strip
     * @param bands samples per pixel
     */
    JpegTileCodec(ReaderPool readers, Supplier<JpegCodec> fast, byte[] tables, int blockWidth, int blockHeight,
            int bands) {
        this.readers = readers;
        this.fast = fast;
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
        JpegCodec codec = fast.get();
        // the codec takes tiles, not frames of a whole large image in one strip: those stay with the JDK's reader
        long samples = (long) frame.width() * frame.height() * bands;
        if (codec != null && (bands == 1 || bands == 3) && samples <= FAST_LIMIT) {
            // the stream's own markers say whether it holds RGB or YCbCr, as they do for the JDK's reader
            byte[] whole = codec.decode(jpeg, frame.width(), frame.height(), bands, false);
            return crop(whole, frame.width(), crop);
        }
        return readers.decode(jpeg, new Rectangle(crop.x(), crop.y(), crop.width(), crop.height()), bands);
    }

    private byte[] crop(byte[] whole, int width, Rect crop) {
        if (crop.x() == 0 && crop.y() == 0 && crop.width() == width && (long) crop.width() * crop.height() * bands
                == whole.length) {
            return whole;
        }
        int row = crop.width() * bands;
        byte[] out = new byte[row * crop.height()];
        for (int y = 0; y < crop.height(); y++) {
            System.arraycopy(whole, ((crop.y() + y) * width + crop.x()) * bands, out, y * row, row);
        }
        return out;
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
