/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Rect;
import java.awt.Rectangle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * WebP blocks (TIFF compression 50001, as libtiff writes them): each a complete WebP file of the whole block,
 * RGB or RGBA, decoded by a pure Java WebP reader.
 */
final class WebpTileCodec implements TileCodec {
    private final ReaderPool readers;
    private final int blockWidth;
    private final int blockHeight;
    private final int bands;

    /**
     * @param readers the source's WebP readers
     * @param blockWidth full tile width
     * @param blockHeight full tile height
     * @param bands samples per pixel
     */
    WebpTileCodec(ReaderPool readers, int blockWidth, int blockHeight, int bands) {
        this.readers = readers;
        this.blockWidth = blockWidth;
        this.blockHeight = blockHeight;
        this.bands = bands;
    }

    @Override
    public Object decode(byte[] stored, int rows, Rect crop) {
        // RIFF, size, WEBP: anything else is not a WebP stream, and the reader would say so less clearly
        ByteBuffer header = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN);
        if (stored.length < 16 || header.getInt(0) != 0x46464952 || header.getInt(8) != 0x50424557) {
            throw new DecodeFailureException("a WebP TIFF tile is corrupt");
        }
        // the stream's own size decides what the reader allocates: never more than a block
        long size = size(header);
        int width = (int) (size >>> 32);
        int height = (int) size;
        if (width < crop.right() || height < crop.bottom() || width > blockWidth || height > blockHeight) {
            throw new DecodeFailureException("a WebP TIFF tile does not fit its tile");
        }
        return readers.decode(stored, new Rectangle(crop.x(), crop.y(), crop.width(), crop.height()), bands);
    }

    /** @return the canvas width in the high and the height in the low 32 bits, from the first chunk */
    private static long size(ByteBuffer webp) {
        int chunk = webp.getInt(12);
        int data = 20;
        if (chunk == 0x58385056 && webp.capacity() >= data + 10) { // VP8X
            return (long) (u24(webp, data + 4) + 1) << 32 | u24(webp, data + 7) + 1;
        }
        if (chunk == 0x20385056 && webp.capacity() >= data + 10) { // VP8 (lossy)
            return (long) (webp.getShort(data + 6) & 0x3fff) << 32 | webp.getShort(data + 8) & 0x3fff;
        }
        if (chunk == 0x4c385056 && webp.capacity() >= data + 5 && webp.get(data) == 0x2f) { // VP8L (lossless)
            int bits = webp.getInt(data + 1);
            return (long) ((bits & 0x3fff) + 1) << 32 | (bits >>> 14 & 0x3fff) + 1;
        }
        throw new DecodeFailureException("a WebP TIFF tile is corrupt");
    }

    private static int u24(ByteBuffer b, int at) {
        return b.get(at) & 0xff | (b.get(at + 1) & 0xff) << 8 | (b.get(at + 2) & 0xff) << 16;
    }
}
