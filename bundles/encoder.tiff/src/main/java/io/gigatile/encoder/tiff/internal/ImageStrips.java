/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Encoder;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.UnsupportedFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strips that are pictures of their own, written by the server's JPEG or WebP {@link Encoder} rather than by a
 * codec of this bundle: TIFF's "new-style" JPEG (compression 7), each strip a complete JPEG stream, and libtiff's
 * WebP (compression 50001), each strip a complete WebP file. Each stream is checked against what libtiff will
 * ask of it (size, components, sampling), so that a TIFF is never written that libtiff would refuse. Not
 * thread-safe: one per export.
 */
final class ImageStrips {
    private final TiffCompression compression;
    private final Encoder encoder;
    private final EncodeOptions options;
    private final int width;
    private final int bands;
    /** The JPEG strips' {horizontal, vertical} luma sampling, the same in every strip; null before the first. */
    private int[] subsampling;

    /**
     * @param raster the image, checked here
     * @param compression JPEG or WebP
     * @param encoder the server's encoder of that format
     * @param quality the quality to write at, 0 to 100
     * @throws UnsupportedFormatException (a feature) for a raster the compression cannot hold
     */
    ImageStrips(Raster raster, TiffCompression compression, Encoder encoder, int quality) {
        check(raster, compression);
        this.compression = compression;
        this.encoder = encoder;
        this.options = new EncodeOptions(quality, null, null);
        this.width = raster.width();
        this.bands = raster.bands();
    }

    /**
     * JPEG holds 8-bit grey or YCbCr; libtiff's WebP 8-bit RGB or RGBA. iipsrv would hand libtiff anything and
     * answer with libtiff's error, or (JPEG with alpha) write a four-component JPEG that only libtiff reads;
     * here they are a feature this server lacks.
     */
    private static void check(Raster raster, TiffCompression compression) {
        String name = compression.label();
        if (!raster.isByteBacked() || raster.sampleType() != SampleType.UNSIGNED) {
            throw new UnsupportedFormatException("TIFF with " + name + " compression holds 8-bit samples only",
                    true);
        }
        boolean rgb = raster.colourSpace() == ColourSpace.SRGB;
        boolean fits = compression == TiffCompression.JPEG ? raster.bands() == 1 || raster.bands() == 3 && rgb
                : rgb && (raster.bands() == 3 || raster.bands() == 4);
        if (!fits) {
            throw new UnsupportedFormatException(compression == TiffCompression.JPEG
                    ? "TIFF with jpeg compression holds grey or RGB without alpha only"
                    : "TIFF with webp compression holds RGB or RGBA only", true);
        }
    }

    /**
     * @param plain a strip's 8-bit samples, interleaved
     * @param rows its rows
     * @return the strip as a JPEG stream or WebP file
     * @throws IOException if the encoder fails or writes what libtiff would not read as this strip
     */
    byte[] encode(byte[] plain, int rows) throws IOException {
        Raster strip = Raster.ofBytes(width, rows, bands, bands < 3 ? ColourSpace.GREY : ColourSpace.SRGB, plain);
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 8 + 1024);
        encoder.encode(strip, options, out);
        byte[] encoded = out.toByteArray();
        if (compression == TiffCompression.JPEG) {
            int[] sampling = JpegFrame.parse(encoded).subsampling(width, rows, bands);
            if (subsampling == null) {
                subsampling = sampling;
            } else if (!Arrays.equals(subsampling, sampling)) {
                throw new IOException("JPEG strips sampled " + Arrays.toString(subsampling) + " and "
                        + Arrays.toString(sampling) + ": a TIFF has one YCbCrSubSampling");
            }
        } else {
            checkWebp(encoded, rows);
        }
        return encoded;
    }

    /**
     * @param rowsPerStrip the rows of every strip but the last
     * @param strips how many strips there are
     * @throws IOException if the JPEG strips' vertical sampling does not divide them into whole MCU rows,
     *         which TIFF requires of every strip but the last
     */
    void checkRows(int rowsPerStrip, int strips) throws IOException {
        if (subsampling != null && strips > 1 && rowsPerStrip % (8 * subsampling[1]) != 0) {
            throw new IOException(rowsPerStrip + " rows per strip are not whole JPEG MCU rows");
        }
    }

    /** @return the JPEG strips' {horizontal, vertical} luma sampling for YCbCrSubSampling; null for grey or WebP */
    int[] ycbcrSubsampling() {
        return compression == TiffCompression.JPEG && bands == 3 ? subsampling : null;
    }

    /**
     * libtiff decodes a strip only if its WebP is as wide and as tall as the strip (tif_webp.c, TWebPDecode) and
     * has alpha only if the TIFF has it.
     */
    private void checkWebp(byte[] webp, int rows) throws IOException {
        String riff = new String(webp, 0, Math.min(16, webp.length), StandardCharsets.US_ASCII);
        if (webp.length < 30 || !riff.startsWith("RIFF") || !riff.startsWith("WEBP", 8)
                || le(webp, 4, 4) + 8L != webp.length) {
            throw new IOException("the WebP encoder did not write a WebP file");
        }
        String chunk = riff.substring(12, 16);
        int w;
        int h;
        boolean alpha;
        switch (chunk) {
            case "VP8X" -> {
                alpha = (webp[20] & 0x10) != 0;
                w = le(webp, 24, 3) + 1;
                h = le(webp, 27, 3) + 1;
            }
            case "VP8L" -> {
                int bits = le(webp, 21, 4);
                alpha = (bits >>> 28 & 1) != 0;
                w = (bits & 0x3fff) + 1;
                h = (bits >>> 14 & 0x3fff) + 1;
            }
            case "VP8 " -> {
                alpha = false;
                w = le(webp, 26, 2) & 0x3fff;
                h = le(webp, 28, 2) & 0x3fff;
            }
            default -> throw new IOException("WebP file starting with a " + chunk + " chunk");
        }
        if (w != width || h != rows || alpha && bands != 4) {
            throw new IOException("WebP encoder wrote " + w + " x " + h + (alpha ? " with alpha" : "")
                    + " for a strip of " + width + " x " + rows + " x " + bands);
        }
    }

    private static int le(byte[] b, int at, int length) {
        int v = 0;
        for (int i = length - 1; i >= 0; i--) {
            v = v << 8 | b[at + i] & 0xff;
        }
        return v;
    }
}
