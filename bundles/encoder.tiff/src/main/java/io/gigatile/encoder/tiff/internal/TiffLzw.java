/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * TIFF's LZW (compression 5, TIFF 6.0 section 13): codes of 9 to 12 bits, most significant bit first, a clear code
 * first and whenever the table is full, an end code last. Codes widen one entry early, as every TIFF reader
 * expects: the writer is an entry ahead of the reader, so it widens once its next entry passes the width's
 * largest code. Not thread-safe: one per export, its table reused strip after strip.
 */
final class TiffLzw {
    private static final int CLEAR = 256;
    private static final int END = 257;
    private static final int FIRST = 258;
    /** Where the table counts as full: libtiff clears here, so that no code needs 13 bits. */
    private static final int FULL = 4094;
    private static final int MIN_BITS = 9;
    /** Open addressing over (prefix code, next byte); twice the codes, so that probes stay short. */
    private static final int SLOTS = 8192;

    private final int[] keys = new int[SLOTS];
    private final short[] codes = new short[SLOTS];
    private ByteArrayOutputStream out;
    private int nextCode;
    private int bits;
    private int buffer;
    private int buffered;

    /**
     * @param plain a strip's bytes
     * @return them compressed, a strip of their own (each starts with a clear code)
     */
    byte[] encode(byte[] plain) {
        out = new ByteArrayOutputStream(plain.length / 2 + 16);
        bits = MIN_BITS;
        buffer = 0;
        buffered = 0;
        clear();
        if (plain.length > 0) {
            int prefix = plain[0] & 0xff;
            for (int i = 1; i < plain.length; i++) {
                int c = plain[i] & 0xff;
                int key = prefix << 8 | c;
                int slot = find(key);
                if (keys[slot] == key) {
                    prefix = codes[slot];
                    continue;
                }
                put(prefix);
                keys[slot] = key;
                codes[slot] = (short) nextCode;
                added();
                prefix = c;
            }
            put(prefix);
            // the reader adds an entry for this last code too, and may widen before it reads the end code
            added();
        }
        put(END);
        flush();
        byte[] compressed = out.toByteArray();
        out = null;
        return compressed;
    }

    /** Writes the clear code and empties the table. */
    private void clear() {
        put(CLEAR);
        Arrays.fill(keys, -1);
        nextCode = FIRST;
        bits = MIN_BITS;
    }

    /** An entry was added: the next code, the width, or a full table that starts again. */
    private void added() {
        nextCode++;
        if (nextCode == FULL) {
            clear();
        } else if (nextCode > (1 << bits) - 1) {
            bits++;
        }
    }

    private int find(int key) {
        int slot = (key * 0x9E3779B1 >>> 19) & (SLOTS - 1);
        while (keys[slot] != -1 && keys[slot] != key) {
            slot = (slot + 1) & (SLOTS - 1);
        }
        return slot;
    }

    private void put(int code) {
        buffer = buffer << bits | code;
        buffered += bits;
        while (buffered >= 8) {
            buffered -= 8;
            out.write(buffer >>> buffered & 0xff);
        }
        buffer &= (1 << buffered) - 1;
    }

    private void flush() {
        if (buffered > 0) {
            out.write(buffer << (8 - buffered) & 0xff);
        }
    }
}
