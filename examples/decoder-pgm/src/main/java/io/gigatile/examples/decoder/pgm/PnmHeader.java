/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.examples.decoder.pgm;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.UnsupportedFormatException;

/**
 * The header of a binary PGM ({@code P5}, grey) or PPM ({@code P6}, RGB) file: magic, width, height and largest
 * sample value, separated by whitespace, with {@code #} comments, then one whitespace byte and the samples,
 * row by row, one byte each (largest value up to 255) or two, most significant first.
 *
 * @param width pixels across
 * @param height pixels down
 * @param bands 1 or 3
 * @param maxValue the largest sample value, 1 to 65535
 * @param dataOffset where the samples start
 */
record PnmHeader(int width, int height, int bands, int maxValue, long dataOffset) {
    /** No header is longer than this, comments included. */
    private static final int MAX_HEADER = 4096;

    /** @return bytes per sample, 1 or 2 */
    int bytesPerSample() {
        return maxValue < 256 ? 1 : 2;
    }

    /**
     * Reads and checks the header against the file's length, before anything is allocated for the pixels.
     *
     * @param bytes the file
     * @return the header
     * @throws UnsupportedFormatException for ASCII (P2, P3) and other Netpbm variants
     * @throws DecodeFailureException for a malformed header or a file shorter than its header says
     */
    static PnmHeader read(ByteSource bytes) {
        byte[] head = bytes.read(0, (int) Math.min(MAX_HEADER, bytes.size()));
        if (head.length < 2 || head[0] != 'P') {
            throw new DecodeFailureException("the file is not a PGM or PPM image");
        }
        int bands = switch (head[1]) {
            case '5' -> 1;
            case '6' -> 3;
            default -> throw new UnsupportedFormatException("only binary PGM (P5) and PPM (P6) images are read",
                    true);
        };
        int[] pos = {2};
        int width = number(head, pos);
        int height = number(head, pos);
        int maxValue = number(head, pos);
        if (pos[0] >= head.length || !Character.isWhitespace(head[pos[0]])) {
            throw new DecodeFailureException("the PGM/PPM header is malformed");
        }
        if (width <= 0 || height <= 0 || maxValue <= 0 || maxValue > 65535) {
            throw new DecodeFailureException("the PGM/PPM header gives an impossible size or sample range");
        }
        PnmHeader header = new PnmHeader(width, height, bands, maxValue, pos[0] + 1L);
        long needed = header.dataOffset() + (long) width * height * bands * header.bytesPerSample();
        if (needed > bytes.size()) {
            throw new DecodeFailureException("the PGM/PPM file is shorter than its header says (truncated)");
        }
        return header;
    }

    /** Skips whitespace and comments, then reads a decimal number. */
    private static int number(byte[] head, int[] pos) {
        int i = pos[0];
        while (i < head.length && (Character.isWhitespace(head[i]) || head[i] == '#')) {
            if (head[i] == '#') {
                while (i < head.length && head[i] != '\n' && head[i] != '\r') {
                    i++;
                }
            } else {
                i++;
            }
        }
        long value = 0;
        int start = i;
        while (i < head.length && head[i] >= '0' && head[i] <= '9' && value <= Integer.MAX_VALUE) {
            value = value * 10 + head[i] - '0';
            i++;
        }
        if (i == start || value > Integer.MAX_VALUE) {
            throw new DecodeFailureException("the PGM/PPM header is malformed");
        }
        pos[0] = i;
        return (int) value;
    }
}
