/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.testing;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.StoredImage;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * Bytes in memory as a store would resolve them, for inputs made in a test: no file, so nothing to clean up
 * and no channel that a thread interrupt could close.
 *
 * @param identifier the identifier and key, whose suffix names the format
 * @param bytes the whole file
 */
public record MemoryImage(String identifier, byte[] bytes) implements StoredImage, ByteSource {

    @Override
    public String key() {
        return identifier();
    }

    @Override
    public String version() {
        return Integer.toHexString(System.identityHashCode(bytes));
    }

    @Override
    public Instant lastModified() {
        return Instant.EPOCH;
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public ByteSource open() {
        return this;
    }

    @Override
    public void read(long position, ByteBuffer target) {
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
