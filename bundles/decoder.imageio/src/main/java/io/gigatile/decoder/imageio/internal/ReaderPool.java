/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;

/**
 * The readers of one open image. An ImageIO reader is not thread-safe: each read takes one for itself alone and
 * gives it back, so no reader is ever used by two threads; idle ones are kept for the next read, since some
 * readers are costly to make.
 */
final class ReaderPool {
    private final ImageReaderSpi spi;
    private final Queue<ImageReader> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    ReaderPool(ImageReaderSpi spi) {
        this.spi = spi;
    }

    ImageReaderSpi provider() {
        return spi;
    }

    /** @return a reader for the caller alone, to be given back with {@link #release} */
    ImageReader take() throws IOException {
        ImageReader reader = idle.poll();
        return reader != null ? reader : spi.createReaderInstance();
    }

    /** @param reader a reader from {@link #take}, no longer used by the caller */
    void release(ImageReader reader) {
        reader.reset();
        if (closed) {
            reader.dispose();
            return;
        }
        idle.add(reader);
        if (closed && idle.remove(reader)) {
            reader.dispose();
        }
    }

    /** Disposes the idle readers; those in use are disposed when given back. */
    void close() {
        closed = true;
        for (ImageReader reader = idle.poll(); reader != null; reader = idle.poll()) {
            reader.dispose();
        }
    }
}
