/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * The pixel data as strips of rows, little-endian, each compressed on its own when asked: a reader can then decode
 * any strip without the others. Strips hold about {@link #STRIP_BYTES} of samples; JPEG and WebP strips, each a
 * picture with headers of its own, about {@link #IMAGE_STRIP_BYTES} (iipsrv's strips), JPEG's in whole MCU rows.
 *
 * @param rowsPerStrip rows in every strip but the last
 * @param compression how the strips are compressed
 * @param data the strips, in order
 * @param ycbcrSubsampling the {horizontal, vertical} subsampling of YCbCr JPEG strips, else null
 */
record TiffStrips(int rowsPerStrip, TiffCompression compression, List<byte[]> data, int[] ycbcrSubsampling) {
    static final int STRIP_BYTES = 1 << 16;
    static final int IMAGE_STRIP_BYTES = 1 << 19;
    /** JPEG strips are a multiple of this many rows: whole MCU rows for any vertical subsampling (1, 2, 4). */
    static final int JPEG_ROWS = 32;

    /**
     * @param raster the image
     * @param compression how to compress it
     * @param level the compression's level or quality, within its range
     * @param codecs the codecs at hand, which include the compression's
     * @return the strips
     * @throws io.gigatile.api.UnsupportedFormatException (a feature) for a raster JPEG or WebP cannot hold
     * @throws IOException if a codec fails
     */
    static TiffStrips of(Raster raster, TiffCompression compression, int level, TiffCodecs codecs)
            throws IOException {
        int rowBytes = raster.width() * raster.bands() * bytesPerSample(raster);
        ImageStrips images = compression.isImage()
                ? new ImageStrips(raster, compression, codecs.imageEncoder(compression), level) : null;
        int rows = Math.max(1, Math.min(raster.height(),
                (images == null ? STRIP_BYTES : IMAGE_STRIP_BYTES) / rowBytes));
        if (compression == TiffCompression.JPEG && rows < raster.height()) {
            rows = Math.min(raster.height(), Math.max(JPEG_ROWS, rows / JPEG_ROWS * JPEG_ROWS));
        }
        List<byte[]> strips = new ArrayList<>();
        Deflater deflater = compression == TiffCompression.DEFLATE ? new Deflater(level) : null;
        TiffLzw lzw = compression == TiffCompression.LZW ? new TiffLzw() : null;
        try {
            for (int y = 0; y < raster.height(); y += rows) {
                int count = Math.min(rows, raster.height() - y);
                byte[] plain = rows(raster, y, count, rowBytes);
                strips.add(switch (compression) {
                    case NONE -> plain;
                    case LZW -> lzw.encode(plain);
                    case DEFLATE -> deflate(deflater, plain);
                    case ZSTD -> codecs.zstd().compress(plain, level);
                    case JPEG, WEBP -> images.encode(plain, count);
                });
            }
        } finally {
            if (deflater != null) {
                deflater.end();
            }
        }
        if (images != null) {
            images.checkRows(rows, strips.size());
            return new TiffStrips(rows, compression, strips, images.ycbcrSubsampling());
        }
        return new TiffStrips(rows, compression, strips, null);
    }

    static int bytesPerSample(Raster raster) {
        if (raster.isByteBacked()) {
            return 1;
        }
        return raster.bitsPerSample() <= 16 && raster.sampleType() != SampleType.FLOAT ? 2 : 4;
    }

    /** Samples of byte rasters narrower than 8 bits are widened to the full 8-bit range. */
    private static byte[] rows(Raster raster, int y0, int count, int rowBytes) {
        byte[] out = new byte[count * rowBytes];
        int perRow = raster.width() * raster.bands();
        int first = y0 * perRow;
        int n = count * perRow;
        if (raster.isByteBacked()) {
            byte[] s = raster.bytes();
            int bits = raster.bitsPerSample();
            if (bits == 8) {
                System.arraycopy(s, first, out, 0, n);
            } else {
                int max = (1 << bits) - 1;
                for (int i = 0; i < n; i++) {
                    out[i] = (byte) ((s[first + i] & max) * 255 / max);
                }
            }
        } else if (bytesPerSample(raster) == 2) {
            short[] s = raster.shorts();
            for (int i = 0; i < n; i++) {
                short v = s[first + i];
                out[2 * i] = (byte) v;
                out[2 * i + 1] = (byte) (v >> 8);
            }
        } else if (raster.sampleType() == SampleType.FLOAT) {
            float[] s = raster.floats();
            for (int i = 0; i < n; i++) {
                putInt(out, 4 * i, Float.floatToRawIntBits(s[first + i]));
            }
        } else {
            int[] s = raster.ints();
            for (int i = 0; i < n; i++) {
                putInt(out, 4 * i, s[first + i]);
            }
        }
        return out;
    }

    private static void putInt(byte[] out, int at, int v) {
        out[at] = (byte) v;
        out[at + 1] = (byte) (v >> 8);
        out[at + 2] = (byte) (v >> 16);
        out[at + 3] = (byte) (v >> 24);
    }

    private static byte[] deflate(Deflater deflater, byte[] plain) {
        deflater.reset();
        deflater.setInput(plain);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 2 + 64);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    long totalBytes() {
        long total = 0;
        for (byte[] strip : data) {
            total += strip.length;
        }
        return total;
    }
}
