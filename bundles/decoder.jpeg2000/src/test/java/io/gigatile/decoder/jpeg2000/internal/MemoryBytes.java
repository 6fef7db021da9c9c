/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.GigatileException;
import java.nio.ByteBuffer;

/** Bytes in memory, whose reads can be made to fail as a storage would: for files made in a test. */
final class MemoryBytes implements ByteSource {
    private final byte[] bytes;
    private volatile GigatileException failure;

    MemoryBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** @param failure what every read throws from now on, or null to read again */
    void failWith(GigatileException failure) {
        this.failure = failure;
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public void read(long position, ByteBuffer target) {
        GigatileException fail = failure;
        if (fail != null) {
            throw fail;
        }
        if (position < 0 || position > bytes.length - target.remaining()) {
            throw new DecodeFailureException("read past the end");
        }
        target.put(bytes, (int) position, target.remaining());
    }

    @Override
    public void close() {
        // nothing held
    }
}
