/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import java.io.IOException;

/**
 * What the frame header (SOF0, SOF1 or SOF2) of a JPEG stream says, read so that the TIFF around the stream
 * says the same: libtiff refuses a strip whose size, component count, precision or sampling factors differ from
 * the directory's (tif_jpeg.c, JPEGPreDecode), and takes YCbCrSubSampling to be the luma's sampling factors, the
 * chroma's being 1 x 1.
 *
 * @param precision bits per sample
 * @param width the frame's width
 * @param height the frame's height
 * @param horizontal each component's horizontal sampling factor
 * @param vertical each component's vertical sampling factor
 * @param adobeTransform the Adobe segment's colour transform (0 none, 1 YCbCr, 2 YCCK), -1 without one
 * @param rgbIds whether three components are named R, G and B, which libjpeg takes for RGB (libtiff writes
 *        them so)
 */
record JpegFrame(int precision, int width, int height, int[] horizontal, int[] vertical, int adobeTransform,
        boolean rgbIds) {
    private static final int SOI = 0xD8;
    private static final int SOS = 0xDA;
    private static final int APP14 = 0xEE;

    /**
     * @param jpeg a complete JPEG stream
     * @return its frame header
     * @throws IOException if it is not a baseline, extended or progressive Huffman JPEG with a frame header
     */
    static JpegFrame parse(byte[] jpeg) throws IOException {
        if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xFF || (jpeg[1] & 0xff) != SOI) {
            throw new IOException("the JPEG encoder did not write a JPEG stream");
        }
        int adobe = -1;
        int at = 2;
        while (at + 4 <= jpeg.length) {
            if ((jpeg[at] & 0xff) != 0xFF) {
                throw new IOException("JPEG stream without a marker at " + at);
            }
            int marker = jpeg[at + 1] & 0xff;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                at += 2;
                continue;
            }
            int length = (jpeg[at + 2] & 0xff) << 8 | jpeg[at + 3] & 0xff;
            int data = at + 4;
            if (length < 2 || data + length - 2 > jpeg.length) {
                throw new IOException("JPEG segment " + Integer.toHexString(marker) + " runs past the stream");
            }
            if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2) {
                return frame(jpeg, data, length - 2, adobe);
            }
            if (marker >= 0xC3 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                throw new IOException("JPEG frame of type SOF" + (marker - 0xC0) + ": not one libtiff decodes");
            }
            if (marker == SOS) {
                break;
            }
            if (marker == APP14 && length >= 14 && jpeg[data] == 'A' && jpeg[data + 1] == 'd'
                    && jpeg[data + 2] == 'o' && jpeg[data + 3] == 'b' && jpeg[data + 4] == 'e') {
                adobe = jpeg[data + 11] & 0xff;
            }
            at = data + length - 2;
        }
        throw new IOException("JPEG stream without a frame header");
    }

    private static JpegFrame frame(byte[] jpeg, int at, int length, int adobe) throws IOException {
        int components = length >= 6 ? jpeg[at + 5] & 0xff : 0;
        if (components < 1 || length != 6 + 3 * components) {
            throw new IOException("JPEG frame header of " + length + " bytes for " + components + " components");
        }
        int[] h = new int[components];
        int[] v = new int[components];
        for (int c = 0; c < components; c++) {
            int factors = jpeg[at + 7 + 3 * c] & 0xff;
            h[c] = factors >> 4;
            v[c] = factors & 0xf;
        }
        boolean rgb = components == 3 && jpeg[at + 6] == 'R' && jpeg[at + 9] == 'G' && jpeg[at + 12] == 'B';
        return new JpegFrame(jpeg[at] & 0xff, (jpeg[at + 3] & 0xff) << 8 | jpeg[at + 4] & 0xff,
                (jpeg[at + 1] & 0xff) << 8 | jpeg[at + 2] & 0xff, h, v, adobe, rgb);
    }

    /** @return the number of components */
    int components() {
        return horizontal.length;
    }

    /**
     * The TIFF's YCbCrSubSampling for this stream, after checking that libtiff can take the stream as a strip.
     *
     * @param width the strip's width
     * @param height the strip's height
     * @param components 1 for grey, 3 for colour
     * @return {horizontal, vertical}: the luma's sampling factors, each 1, 2 or 4, vertical at most horizontal
     *         as TIFF requires; {1, 1} for grey
     * @throws IOException if the stream does not fit the strip or is not as TIFF's YCbCr needs it
     */
    int[] subsampling(int width, int height, int components) throws IOException {
        if (width() != width || height() != height || precision != 8 || components() != components) {
            throw new IOException("JPEG encoder wrote " + width() + " x " + height() + " x " + components()
                    + " at " + precision + " bits for a strip of " + width + " x " + height + " x " + components);
        }
        for (int c = 1; c < components; c++) {
            if (horizontal[c] != 1 || vertical[c] != 1) {
                throw new IOException("JPEG chroma sampled " + horizontal[c] + " x " + vertical[c]
                        + ": TIFF's YCbCr needs 1 x 1");
            }
        }
        int h = horizontal[0];
        int v = vertical[0];
        boolean allowed = components == 1 ? h == 1 && v == 1 : factor(h) && factor(v) && v <= h;
        if (!allowed) {
            throw new IOException("JPEG luma sampled " + h + " x " + v + ": not a subsampling TIFF's YCbCr has");
        }
        if (components == 3 && (adobeTransform == 0 || rgbIds)) {
            throw new IOException("JPEG stream in RGB, not YCbCr");
        }
        return new int[] {h, v};
    }

    private static boolean factor(int f) {
        return f == 1 || f == 2 || f == 4;
    }
}
