/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote.internal;

import io.gigatile.store.remote.ObjectHead;
import io.gigatile.store.remote.RemoteObjects;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The blocks of remote objects a store has read: aligned, fixed-size pieces keyed by name, version and index,
 * bounded in bytes, least recently used leaving first. A read asks the storage once for every run of contiguous
 * blocks it misses, so that a tile costs one ranged read however many blocks it spans. A block being fetched is
 * waited for, not fetched again; a failed fetch is handed to its waiters and forgotten.
 *
 * <p>Thread-safe. No lock is held while the storage is asked. A wait is bounded by the fetch it waits for, which
 * {@link RemoteObjects} bounds by its timeout.
 */
public final class BlockCache {
    /** A block of one version of one object. */
    record Key(String name, String version, long index) {
    }

    private final RemoteObjects objects;
    private final int blockSize;
    private final long capacity;
    private final Object lock = new Object();
    private final Map<Key, byte[]> blocks = new LinkedHashMap<>(16, 0.75f, true); // guarded by lock
    private final Map<Key, CompletableFuture<byte[]>> fetching = new LinkedHashMap<>(); // guarded by lock
    private long bytes; // guarded by lock

    /**
     * @param objects the storage
     * @param blockSize bytes per block
     * @param capacity bytes of blocks kept at most
     */
    public BlockCache(RemoteObjects objects, int blockSize, long capacity) {
        this.objects = objects;
        this.blockSize = blockSize;
        this.capacity = capacity;
    }

    /**
     * Fills {@code target} with the object's bytes from {@code position}; the range lies within the object.
     *
     * @param name the object's name
     * @param head the version to read
     * @param position the first byte
     * @param target filled from its position to its limit
     */
    public void read(String name, ObjectHead head, long position, ByteBuffer target) {
        long end = position + target.remaining();
        long first = position / blockSize;
        byte[][] found = new BlockFetch(this, name, head, first, (end - 1) / blockSize).blocks();
        for (int i = 0; i < found.length; i++) {
            long blockStart = (first + i) * blockSize;
            int from = (int) Math.max(0, position - blockStart);
            int to = (int) Math.min(found[i].length, end - blockStart);
            target.put(found[i], from, to - from);
        }
    }

    /**
     * Makes sure the blocks of a range are cached (as far as the capacity allows), in one request for the missing.
     *
     * @param name the object's name
     * @param head the version to read
     * @param position the first byte
     * @param length how many bytes, at least 1
     */
    public void load(String name, ObjectHead head, long position, int length) {
        new BlockFetch(this, name, head, position / blockSize, (position + length - 1) / blockSize).blocks();
    }

    /** @return bytes of blocks held */
    public long bytes() {
        synchronized (lock) {
            return bytes;
        }
    }

    int blockSize() {
        return blockSize;
    }

    RemoteObjects objects() {
        return objects;
    }

    /**
     * @param key a block
     * @param start a future to publish if the block is neither cached nor being fetched
     * @return the block's bytes if cached, else the fetch to wait for ({@code start} if there was none, now
     *         registered: the caller must complete it through {@link #done} or {@link #failed})
     */
    Object lookUp(Key key, CompletableFuture<byte[]> start) {
        synchronized (lock) {
            byte[] cached = blocks.get(key);
            if (cached != null) {
                return cached;
            }
            return fetching.computeIfAbsent(key, k -> start);
        }
    }

    void done(Key key, CompletableFuture<byte[]> fetch, byte[] block) {
        synchronized (lock) {
            fetching.remove(key, fetch);
            byte[] old = blocks.put(key, block);
            bytes += block.length - (old == null ? 0 : old.length);
            Iterator<byte[]> eldest = blocks.values().iterator();
            while (bytes > capacity && eldest.hasNext()) {
                bytes -= eldest.next().length;
                eldest.remove();
            }
        }
        fetch.complete(block);
    }

    void failed(Key key, CompletableFuture<byte[]> fetch, Throwable failure) {
        synchronized (lock) {
            fetching.remove(key, fetch);
        }
        fetch.completeExceptionally(failure);
    }
}
