/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.png.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Writes PNG chunks. A chunk is built in one array, framed by its 8-byte length and type in front and its 4-byte
 * CRC behind, and handed to the stream in one write, so an unbuffered stream sees few, large writes.
 */
final class PngChunks {
    /** The bytes in front of a chunk's data: length and type. */
    static final int HEAD = 8;
    /** The bytes behind a chunk's data: the CRC. */
    static final int TAIL = 4;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final OutputStream out;
    private final CRC32 crc = new CRC32();

    PngChunks(OutputStream out) {
        this.out = out;
    }

    void signature() throws IOException {
        out.write(SIGNATURE);
    }

    /**
     * @param type the four-letter chunk type
     * @param data the chunk's data
     */
    void write(String type, byte[] data) throws IOException {
        byte[] frame = new byte[HEAD + data.length + TAIL];
        System.arraycopy(data, 0, frame, HEAD, data.length);
        write(type, frame, data.length);
    }

    /**
     * @param type the four-letter chunk type
     * @param frame the chunk's data from offset {@link #HEAD}, with {@link #TAIL} spare bytes behind it
     * @param length bytes of data in the frame
     */
    void write(String type, byte[] frame, int length) throws IOException {
        putInt(frame, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, frame, 4, 4);
        crc.reset();
        crc.update(frame, 4, 4 + length);
        putInt(frame, HEAD + length, (int) crc.getValue());
        out.write(frame, 0, HEAD + length + TAIL);
    }

    static void putInt(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }
}
