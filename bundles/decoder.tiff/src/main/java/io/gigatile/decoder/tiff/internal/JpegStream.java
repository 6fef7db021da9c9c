/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import java.nio.charset.StandardCharsets;

/**
 * The JPEG marker work a TIFF tile needs: splicing the shared JPEGTables in, reading the frame header before
 * anything is decoded (so a header that claims a huge image is refused), and marking RGB streams.
 */
final class JpegStream {
    private static final int SOI = 0xd8;
    private static final int EOI = 0xd9;
    private static final int SOS = 0xda;
    private static final int APP14 = 0xee;
    private static final int APP2 = 0xe2;
    /** The most profile bytes one APP2 segment holds: 65535 less the length, the name and the two counters. */
    private static final int ICC_CHUNK = 65535 - 2 - 12 - 2;
    private static final byte[] ICC_NAME = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);

    /** APP14 "Adobe", version 100, no flags, transform 0: the samples are RGB, not YCbCr. */
    private static final byte[] ADOBE_RGB = {
        (byte) 0xff, (byte) APP14, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0
    };

    /**
     * A frame header (SOF).
     *
     * @param width samples per line
     * @param height lines
     * @param components components in the frame
     * @param subsampled whether the components have different sampling factors
     * @param precision bits per sample
     */
    record Frame(int width, int height, int components, boolean subsampled, int precision) {
    }

    private JpegStream() {
    }

    /**
     * @param tables the level's JPEGTables (SOI, tables, EOI), or null
     * @param tile a stored tile (SOI, ..., EOI)
     * @return one self-contained stream: SOI, the tables, then the tile after its SOI
     * @throws DecodeFailureException if either lacks its start marker
     */
    static byte[] splice(byte[] tables, byte[] tile) {
        if (!startsWithSoi(tile)) {
            throw new DecodeFailureException("a JPEG TIFF tile lacks its start marker");
        }
        if (tables == null || tables.length <= 4) {
            return tile;
        }
        if (!startsWithSoi(tables)) {
            throw new DecodeFailureException("the TIFF JPEG tables lack their start marker");
        }
        boolean ended = (tables[tables.length - 2] & 0xff) == 0xff && (tables[tables.length - 1] & 0xff) == EOI;
        int tablesEnd = ended ? tables.length - 2 : tables.length;
        byte[] out = new byte[tablesEnd + tile.length - 2];
        System.arraycopy(tables, 0, out, 0, tablesEnd);
        System.arraycopy(tile, 2, out, tablesEnd, tile.length - 2);
        return out;
    }

    /**
     * @param jpeg a stream starting with SOI
     * @return its frame header
     * @throws DecodeFailureException if the markers before the scan are malformed or there is no frame
     */
    static Frame frame(byte[] jpeg) {
        for (int p = 2; (p = nextSegment(jpeg, p)) >= 0; p += 2 + length(jpeg, p)) {
            int marker = jpeg[p + 1] & 0xff;
            boolean sof = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (sof) {
                int count = length(jpeg, p) >= 8 ? jpeg[p + 9] & 0xff : 0;
                if (count == 0 || length(jpeg, p) < 8 + 3 * count) {
                    break;
                }
                boolean subsampled = false;
                for (int c = 1; c < count; c++) {
                    subsampled |= jpeg[p + 11 + 3 * c] != jpeg[p + 11];
                }
                return new Frame(u16(jpeg, p + 7), u16(jpeg, p + 5), count, subsampled, jpeg[p + 4] & 0xff);
            }
        }
        throw new DecodeFailureException("a JPEG TIFF tile has no frame header");
    }

    /**
     * @param jpeg a stream starting with SOI
     * @return the stream with an Adobe marker saying its samples are RGB, unless it has an Adobe marker
     */
    static byte[] markedRgb(byte[] jpeg) {
        for (int p = 2; (p = nextSegment(jpeg, p)) >= 0; p += 2 + length(jpeg, p)) {
            if ((jpeg[p + 1] & 0xff) == APP14 && length(jpeg, p) >= 7
                    && new String(jpeg, p + 4, 5, StandardCharsets.ISO_8859_1).equals("Adobe")) {
                return jpeg;
            }
        }
        byte[] out = new byte[jpeg.length + ADOBE_RGB.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(ADOBE_RGB, 0, out, 2, ADOBE_RGB.length);
        System.arraycopy(jpeg, 2, out, 2 + ADOBE_RGB.length, jpeg.length - 2);
        return out;
    }

    /**
     * @param jpeg a stream starting with SOI
     * @param icc an ICC profile
     * @return the stream with the profile in APP2 segments (split where it is too long for one), placed after
     *         the start marker and the application segments that follow it, as JFIF and Exif want them first
     */
    static byte[] withIcc(byte[] jpeg, byte[] icc) {
        int at = 2;
        for (int p = 2; (p = nextSegment(jpeg, p)) >= 0 && p == at; p += 2 + length(jpeg, p)) {
            int marker = jpeg[p + 1] & 0xff;
            if (marker < 0xe0 || marker > 0xef) {
                break;
            }
            at = p + 2 + length(jpeg, p);
        }
        int chunks = Math.max(1, (icc.length + ICC_CHUNK - 1) / ICC_CHUNK);
        if (chunks > 255) {
            return jpeg;
        }
        byte[] out = new byte[jpeg.length + icc.length + chunks * (4 + ICC_NAME.length + 2)];
        System.arraycopy(jpeg, 0, out, 0, at);
        int o = at;
        for (int c = 0; c < chunks; c++) {
            int from = c * ICC_CHUNK;
            int size = Math.min(ICC_CHUNK, icc.length - from);
            int length = 2 + ICC_NAME.length + 2 + size;
            out[o++] = (byte) 0xff;
            out[o++] = (byte) APP2;
            out[o++] = (byte) (length >> 8);
            out[o++] = (byte) length;
            System.arraycopy(ICC_NAME, 0, out, o, ICC_NAME.length);
            o += ICC_NAME.length;
            out[o++] = (byte) (c + 1);
            out[o++] = (byte) chunks;
            System.arraycopy(icc, from, out, o, size);
            o += size;
        }
        System.arraycopy(jpeg, at, out, o, jpeg.length - at);
        return out;
    }

    private static boolean startsWithSoi(byte[] b) {
        return b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == SOI;
    }

    /**
     * @return the position of the next marker segment with a length at or after {@code p}, or -1 at the scan or
     *         the end of the image
     */
    private static int nextSegment(byte[] jpeg, int p) {
        while (p + 4 <= jpeg.length) {
            if ((jpeg[p] & 0xff) != 0xff) {
                throw new DecodeFailureException("a JPEG TIFF tile is corrupt");
            }
            int marker = jpeg[p + 1] & 0xff;
            if (marker == SOS || marker == EOI) {
                return -1;
            }
            if (marker == 0xff) {
                p++;
            } else if (marker == SOI || marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
                p += 2;
            } else if (length(jpeg, p) < 2 || p + 2 + length(jpeg, p) > jpeg.length) {
                throw new DecodeFailureException("a JPEG TIFF tile is corrupt");
            } else {
                return p;
            }
        }
        return -1;
    }

    private static int length(byte[] jpeg, int p) {
        return u16(jpeg, p + 2);
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xff) << 8 | b[p + 1] & 0xff;
    }
}
