/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.GigatileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An ImageIO input stream over the engine's byte source, for one reader at a time: the position is this stream's
 * own, every read is a positional read of the shared source, buffered in blocks so that readers reading byte by
 * byte do not cost a storage call each.
 *
 * <p>Readers wrap what a stream throws into their own {@code IIOException}s; a failure of the storage (503) or a
 * vanished image (404) must not become a corrupt image (500), so the first one is kept for {@link #failure()}.
 */
final class ByteSourceStream extends ImageInputStreamImpl {
    private static final int BLOCK = 64 * 1024;

    private final ByteSource bytes;
    private final long size;
    private final byte[] block = new byte[BLOCK];
    private long blockStart = -1;
    private int blockLength;
    private GigatileException failure;

    ByteSourceStream(ByteSource bytes) {
        this.bytes = bytes;
        this.size = bytes.size();
    }

    /** @return the first storage failure a read met, or null */
    GigatileException failure() {
        return failure;
    }

    @Override
    public long length() {
        return size;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        bitOffset = 0;
        return block[(int) (streamPos++ - blockStart)] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off + len > b.length) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        bitOffset = 0;
        int n = (int) Math.min(len, blockStart + blockLength - streamPos);
        System.arraycopy(block, (int) (streamPos - blockStart), b, off, n);
        streamPos += n;
        return n;
    }

    /** @return whether the byte at the stream position is in the block, reading the block that holds it */
    private boolean fill() throws IOException {
        if (streamPos >= size) {
            return false;
        }
        if (streamPos >= blockStart && streamPos < blockStart + blockLength) {
            return true;
        }
        int length = (int) Math.min(BLOCK, size - streamPos);
        try {
            bytes.read(streamPos, ByteBuffer.wrap(block, 0, length));
        } catch (GigatileException e) {
            if (failure == null) {
                failure = e;
            }
            blockStart = -1;
            throw new IOException("the image's bytes could not be read", e);
        }
        blockStart = streamPos;
        blockLength = length;
        return true;
    }
}
