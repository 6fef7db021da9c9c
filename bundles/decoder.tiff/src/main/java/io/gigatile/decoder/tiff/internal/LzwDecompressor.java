/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.UnsupportedFormatException;

/**
 * TIFF LZW (compression 5): codes of 9 to 12 bits, most significant bit first, with the "early change" of code
 * width one entry before the table fills, as libtiff writes it. Data that overshoots the tile is cut, as
 * libtiff does; data that falls short is an error.
 */
final class LzwDecompressor implements Decompressor {
    private static final int CLEAR = 256;
    private static final int END = 257;
    private static final int FIRST_FREE = 258;
    private static final int TABLE = 4096;

    @Override
    public byte[] decompress(byte[] stored, int length) {
        if (stored.length >= 2 && stored[0] == 0 && (stored[1] & 1) != 0) {
            throw new UnsupportedFormatException("old-style TIFF LZW is not supported");
        }
        int[] prefix = new int[TABLE];
        byte[] suffix = new byte[TABLE];
        byte[] first = new byte[TABLE];
        int[] lengths = new int[TABLE];
        for (int i = 0; i < 256; i++) {
            suffix[i] = (byte) i;
            first[i] = (byte) i;
            lengths[i] = 1;
        }
        byte[] out = new byte[length];
        int done = 0;
        int next = FIRST_FREE;
        int bits = 9;
        int previous = -1;
        long buffer = 0;
        int buffered = 0;
        int in = 0;
        while (done < length) {
            while (buffered < bits && in < stored.length) {
                buffer = buffer << 8 | stored[in++] & 0xff;
                buffered += 8;
            }
            if (buffered < bits) {
                break;
            }
            buffered -= bits;
            int code = (int) (buffer >>> buffered) & (1 << bits) - 1;
            if (code == END) {
                break;
            }
            if (code == CLEAR) {
                next = FIRST_FREE;
                bits = 9;
                previous = -1;
                continue;
            }
            if (previous == -1) {
                if (code > 255) {
                    throw new DecodeFailureException("an LZW TIFF tile is corrupt");
                }
                out[done++] = (byte) code;
                previous = code;
                continue;
            }
            if (code > next || code == next && next == TABLE) {
                throw new DecodeFailureException("an LZW TIFF tile is corrupt");
            }
            if (next < TABLE) {
                // for the code not yet in the table (KwKwK) the new entry is the previous string plus its first byte
                prefix[next] = previous;
                suffix[next] = code == next ? first[previous] : first[code];
                first[next] = first[previous];
                lengths[next] = lengths[previous] + 1;
                next++;
                if (next >= (1 << bits) - 1 && bits < 12) {
                    bits++;
                }
            }
            int end = done + lengths[code];
            int c = code;
            for (int p = end - 1; p >= done; p--) {
                if (p < length) {
                    out[p] = suffix[c];
                }
                c = prefix[c];
            }
            done = Math.min(end, length);
            previous = code;
        }
        if (done < length) {
            throw new DecodeFailureException("an LZW TIFF tile is truncated");
        }
        return out;
    }
}
