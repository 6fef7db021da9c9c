/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of one file, read by many threads with positional reads on a single channel.
 *
 * <p>Two things would otherwise break reads of other threads: an interrupted reader closes a
 * {@link FileChannel} for everyone, so the channel is reopened after that; and {@link #close()} may come while
 * requests are still reading, so the channel is closed only when the last running read ends, and reads that
 * start after closing open the file for themselves.
 */
final class FileBytes implements ByteSource {
    private final Path path;
    private final long size;
    private FileChannel channel; // guarded by this
    private int reading; // guarded by this
    private boolean closed; // guarded by this

    private FileBytes(Path path, FileChannel channel) throws IOException {
        this.path = path;
        this.channel = channel;
        this.size = channel.size();
    }

    /**
     * @param path the file
     * @return the open file
     * @throws IOException if it cannot be opened
     */
    static FileBytes open(Path path) throws IOException {
        return new FileBytes(path, FileChannel.open(path, StandardOpenOption.READ));
    }

    /** @return the file's length when it was opened */
    @Override
    public long size() {
        return size;
    }

    /** A read beyond the length the file had when opened is corruption (or truncation), not a short read. */
    @Override
    public void read(long position, ByteBuffer target) {
        int length = target.remaining();
        if (position < 0 || position > size - length) {
            throw new DecodeFailureException("the image's data lies beyond the end of the file");
        }
        int start = target.position();
        for (int attempt = 0;; attempt++) {
            FileChannel current = acquire();
            try {
                if (current == null) {
                    try (FileChannel once = FileChannel.open(path, StandardOpenOption.READ)) {
                        fill(once, target, position, start);
                    }
                } else {
                    fill(current, target, position, start);
                }
                return;
            } catch (ClosedChannelException e) {
                if (attempt > 0 || Thread.currentThread().isInterrupted()) {
                    throw new DecodeFailureException("the read was interrupted");
                }
                reopen(current);
                target.position(start);
            } catch (IOException e) {
                // no cause kept: an IOException's message holds the path
                throw new DecodeFailureException("cannot read the image file");
            } finally {
                if (current != null) {
                    release();
                }
            }
        }
    }

    private static void fill(FileChannel from, ByteBuffer buffer, long position, int start) throws IOException {
        while (buffer.hasRemaining()) {
            if (from.read(buffer, position + buffer.position() - start) < 0) {
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
