/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One file read by many threads with positional reads on a single channel.
 *
 * <p>Two things would otherwise break reads of other threads: an interrupted reader closes a
 * {@link FileChannel} for everyone, so the channel is reopened after that; and {@link #close()} may come while
 * requests are still reading, so the channel is closed only when the last running read ends, and reads that
 * start after closing open the file for themselves.
 */
final class SharedFile implements AutoCloseable {
    private final Path path;
    private final long size;
    private FileChannel channel; // guarded by this
    private int reading; // guarded by this
    private boolean closed; // guarded by this

    private SharedFile(Path path, FileChannel channel) throws IOException {
        this.path = path;
        this.channel = channel;
        this.size = channel.size();
    }

    /**
     * @param path the file
     * @return the open file
     * @throws IOException if it cannot be opened
     */
    static SharedFile open(Path path) throws IOException {
        return new SharedFile(path, FileChannel.open(path, StandardOpenOption.READ));
    }

    /** @return the file's length when it was opened */
    long size() {
        return size;
    }

    /**
     * @param position where to start
     * @param length how many bytes, all of which must lie in the file
     * @return the bytes
     * @throws DecodeFailureException if they lie beyond the end of the file or cannot be read
     */
    byte[] read(long position, int length) {
        if (position < 0 || length < 0 || position > size - length) {
            throw new DecodeFailureException("TIFF data lies beyond the end of the file");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        for (int attempt = 0;; attempt++) {
            FileChannel current = acquire();
            try {
                if (current == null) {
                    try (FileChannel once = FileChannel.open(path, StandardOpenOption.READ)) {
                        fill(once, buffer, position);
                    }
                } else {
                    fill(current, buffer, position);
                }
                return buffer.array();
            } catch (ClosedChannelException e) {
                if (attempt > 0 || Thread.currentThread().isInterrupted()) {
                    throw new DecodeFailureException("the read was interrupted", e);
                }
                reopen(current);
                buffer.clear();
            } catch (IOException e) {
                throw new DecodeFailureException("cannot read the image file", e);
            } finally {
                if (current != null) {
                    release();
                }
            }
        }
    }

    private static void fill(FileChannel from, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (from.read(buffer, position + buffer.position()) < 0) {
                throw new DecodeFailureException("the file ends early");
            }
        }
    }

    private synchronized FileChannel acquire() {
        if (closed) {
            return null;
        }
        reading++;
        return channel;
    }

    private synchronized void release() {
        reading--;
        if (closed && reading == 0) {
            closeQuietly(channel);
        }
    }

    private synchronized void reopen(FileChannel broken) {
        if (!closed && channel == broken) {
            try {
                channel = FileChannel.open(path, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new DecodeFailureException("cannot reopen the image file", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (reading == 0) {
                closeQuietly(channel);
            }
        }
    }

    private static void closeQuietly(FileChannel c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing was written, so nothing can be lost
        }
    }
}
