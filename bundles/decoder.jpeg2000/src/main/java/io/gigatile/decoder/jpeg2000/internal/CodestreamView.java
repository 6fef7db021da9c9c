/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.GigatileException;
import io.gigatile.api.LimitExceededException;
import io.gigatile.jp2.codestream.CodestreamPieces;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import jj2000.j2k.io.EndianType;
import jj2000.j2k.io.RandomAccessIO;

/**
 * The codestream one decode gives jj2000 ({@link CodestreamPieces}: the main header, the tile-parts of the tiles
 * it needs, an EOC marker) as jj2000 reads its input, through positional reads of the {@link ByteSource} with a
 * small buffer. One view per decode, so it may keep a position; the byte source is shared.
 *
 * <p>jj2000 turns some failures of its input into warnings or errors of its own; the view keeps the first
 * failure of the byte source, so that the decoder can pass it on untouched.
 */
final class CodestreamView implements RandomAccessIO {
    private static final int BUFFER = 16 << 10;

    private final ByteSource bytes;
    private final CodestreamPieces pieces;
    private final int length;
    private final byte[] buffer = new byte[BUFFER];
    private int bufferStart;
    private int bufferLength;
    private int pos;
    /** The position of the last 0xFF that {@link #read()} gave, or -1. */
    private int lastFf = -1;
    private GigatileException failure;

    /**
     * @param bytes the file
     * @param pieces what of it and of memory this decode reads
     * @throws LimitExceededException if the pieces hold more than 2 GB: jj2000 counts positions in int
     */
    CodestreamView(ByteSource bytes, CodestreamPieces pieces) {
        if (pieces.length() > Integer.MAX_VALUE) {
            throw new LimitExceededException("a JPEG 2000 decode would need more than 2 GB of the codestream");
        }
        this.bytes = bytes;
        this.pieces = pieces;
        this.length = (int) pieces.length();
    }

    /** @return the first failure of the byte source seen by this view, or null */
    GigatileException failure() {
        return failure;
    }

    /**
     * jj2000's packet header reader takes the byte after a 0xFF as stuffed bits and, when that byte is 0xFF too,
     * yields ones forever without reading on: it spins in its Lblock loop. No valid codestream has two 0xFF bytes
     * in a row where jj2000 reads single bytes (packet headers, SOP markers, TLM and tile-part indices), so the
     * second one is refused here.
     */
    @Override
    public int read() throws IOException {
        int b = next();
        if (b == 0xFF) {
            if (lastFf == pos - 2) {
                throw new DecodeFailureException("the JPEG 2000 codestream holds 0xFF 0xFF in a packet header");
            }
            lastFf = pos - 1;
        }
        return b;
    }

    private int next() throws IOException {
        if (pos < bufferStart || pos >= bufferStart + bufferLength) {
            fill(pos);
        }
        return buffer[pos++ - bufferStart] & 0xFF;
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        if (len > length - pos) {
            throw new EOFException();
        }
        int done = 0;
        while (done < len) {
            if (pos >= bufferStart && pos < bufferStart + bufferLength) {
                int n = Math.min(len - done, bufferStart + bufferLength - pos);
                System.arraycopy(buffer, pos - bufferStart, b, off + done, n);
                pos += n;
                done += n;
            } else if (len - done >= BUFFER) {
                // large code-block data goes straight to its array
                int n = copy(pos, b, off + done, len - done);
                pos += n;
                done += n;
            } else {
                fill(pos);
            }
        }
    }

    private void fill(int at) throws IOException {
        if (at >= length || at < 0) {
            throw new EOFException();
        }
        bufferStart = at;
        bufferLength = copy(at, buffer, 0, Math.min(BUFFER, length - at));
    }

    /** Copies from one piece: at most up to its end. @return how many bytes were copied */
    private int copy(int at, byte[] target, int off, int len) {
        try {
            return pieces.read(bytes, at, ByteBuffer.wrap(target, off, len));
        } catch (GigatileException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    @Override
    public int getPos() {
        return pos;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public void seek(int off) throws IOException {
        if (off < 0 || off > length) {
            throw new EOFException();
        }
        pos = off;
    }

    @Override
    public void close() {
        // the byte source is the engine's; nothing of ours to release
    }

    @Override
    public byte readByte() throws IOException {
        return (byte) read();
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return read();
    }

    @Override
    public short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        // marker segment values, where 0xFFFF is a number like any other
        return next() << 8 | next();
    }

    @Override
    public int readInt() throws IOException {
        return readUnsignedShort() << 16 | readUnsignedShort();
    }

    @Override
    public long readUnsignedInt() throws IOException {
        return Integer.toUnsignedLong(readInt());
    }

    @Override
    public long readLong() throws IOException {
        return (long) readInt() << 32 | readUnsignedInt();
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    @Override
    public int getByteOrdering() {
        return EndianType.BIG_ENDIAN;
    }

    @Override
    public int skipBytes(int n) throws IOException {
        seek(pos + n);
        return n;
    }

    @Override
    public void write(int b) throws IOException {
        throw readOnly();
    }

    @Override
    public void writeByte(int v) throws IOException {
        throw readOnly();
    }

    @Override
    public void writeShort(int v) throws IOException {
        throw readOnly();
    }

    @Override
    public void writeInt(int v) throws IOException {
        throw readOnly();
    }

    @Override
    public void writeLong(long v) throws IOException {
        throw readOnly();
    }

    @Override
    public void writeFloat(float v) throws IOException {
        throw readOnly();
    }

    @Override
    public void writeDouble(double v) throws IOException {
        throw readOnly();
    }

    @Override
    public void flush() {
        // nothing is written
    }

    private static IOException readOnly() {
        return new IOException("a JPEG 2000 codestream view is read-only");
    }
}
