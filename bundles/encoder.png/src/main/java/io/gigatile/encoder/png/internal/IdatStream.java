/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.png.internal;

import java.io.IOException;
import java.util.zip.Deflater;

/**
 * Deflates filtered rows into IDAT chunks as they come, so the compressed image is never held whole. The
 * deflater's native memory is freed on {@link #close()}, not left to the garbage collector.
 */
final class IdatStream implements AutoCloseable {
    /** Data bytes per IDAT chunk. */
    static final int CHUNK = 64 * 1024;

    private final PngChunks chunks;
    private final Deflater deflater;
    private final byte[] frame = new byte[PngChunks.HEAD + CHUNK + PngChunks.TAIL];
    private int used;

    /**
     * @param chunks where the chunks go
     * @param level the zlib level, 0 to 9
     */
    IdatStream(PngChunks chunks, int level) {
        this.chunks = chunks;
        this.deflater = new Deflater(level);
    }

    void write(byte[] data, int length) throws IOException {
        deflater.setInput(data, 0, length);
        while (!deflater.needsInput()) {
            drain();
        }
    }

    /** Ends the zlib stream and writes the last chunk. */
    void finish() throws IOException {
        deflater.finish();
        while (!deflater.finished()) {
            drain();
        }
        if (used > 0) {
            emit();
        }
    }

    private void drain() throws IOException {
        used += deflater.deflate(frame, PngChunks.HEAD + used, CHUNK - used);
        if (used == CHUNK) {
            emit();
        }
    }

    private void emit() throws IOException {
        chunks.write("IDAT", frame, used);
        used = 0;
    }

    @Override
    public void close() {
        deflater.end();
    }
}
