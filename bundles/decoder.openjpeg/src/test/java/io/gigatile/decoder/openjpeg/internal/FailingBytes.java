/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import io.gigatile.api.ByteSource;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Bytes that fail, as a store that stops answering does: once told to, every read that reaches past a position
 * throws the exception given.
 */
final class FailingBytes implements ByteSource {
    private final ByteSource bytes;
    private final AtomicReference<Failure> failure = new AtomicReference<>();

    private record Failure(long from, RuntimeException exception) {
    }

    FailingBytes(ByteSource bytes) {
        this.bytes = bytes;
    }

    /**
     * @param from the first position whose reads fail
     * @param exception what they throw
     */
    void failFrom(long from, RuntimeException exception) {
        failure.set(new Failure(from, exception));
    }

    /** Answers again. */
    void recover() {
        failure.set(null);
    }

    @Override
    public long size() {
        return bytes.size();
    }

    @Override
    public void read(long position, ByteBuffer target) {
        Failure f = failure.get();
        if (f != null && position + target.remaining() > f.from()) {
            throw f.exception();
        }
        bytes.read(position, target);
    }

    @Override
    public void close() {
        bytes.close();
    }
}
