/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote.internal;

import io.gigatile.api.SourceUnavailableException;
import io.gigatile.store.remote.ObjectHead;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Gets the blocks one read needs from a {@link BlockCache}: takes the cached ones, claims the missing ones that
 * nobody is fetching, fetches each run of contiguous claimed blocks in one request, then waits for the blocks
 * other threads are fetching. Claimed blocks are all fetched before any wait, so two reads waiting for each other's
 * blocks cannot deadlock. One use, by one thread.
 */
final class BlockFetch {
    // a bound on one request, so a huge read neither needs one huge array nor one very long transfer
    private static final int MAX_RUN_BYTES = 16 << 20;

    private final BlockCache cache;
    private final String name;
    private final ObjectHead head;
    private final long first;
    private final BlockCache.Key[] keys;
    private final byte[][] found;
    private final CompletableFuture<byte[]>[] pending;
    private final boolean[] claimed;

    @SuppressWarnings("unchecked")
    BlockFetch(BlockCache cache, String name, ObjectHead head, long first, long last) {
        this.cache = cache;
        this.name = name;
        this.head = head;
        this.first = first;
        int count = Math.toIntExact(last - first + 1);
        this.keys = new BlockCache.Key[count];
        this.found = new byte[count][];
        this.pending = new CompletableFuture[count];
        this.claimed = new boolean[count];
    }

    /** @return the blocks, in order; the last one of the object may be short */
    byte[][] blocks() {
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new BlockCache.Key(name, head.version(), first + i);
            CompletableFuture<byte[]> mine = new CompletableFuture<>();
            Object got = cache.lookUp(keys[i], mine);
            if (got instanceof byte[] block) {
                found[i] = block;
            } else {
                pending[i] = (CompletableFuture<byte[]>) got;
                claimed[i] = got == mine;
            }
        }
        try {
            fetchClaimed();
        } catch (RuntimeException | Error e) {
            abandonClaimed(e);
            throw e;
        }
        for (int i = 0; i < keys.length; i++) {
            if (found[i] == null) {
                found[i] = await(pending[i]);
            }
        }
        return found;
    }

    private void fetchClaimed() {
        int blockSize = cache.blockSize();
        int maxRun = Math.max(1, MAX_RUN_BYTES / blockSize);
        int i = 0;
        while (i < keys.length) {
            if (!claimed[i]) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < keys.length && claimed[runEnd] && runEnd - i < maxRun) {
                runEnd++;
            }
            long start = (first + i) * blockSize;
            long end = Math.min((first + runEnd) * blockSize, head.size());
            int length = (int) (end - start);
            byte[] run = cache.objects().read(name, head, start, length);
            if (run == null || run.length != length) {
                throw new SourceUnavailableException("image store answered with the wrong length", null);
            }
            for (int j = i; j < runEnd; j++) {
                int from = (j - i) * blockSize;
                byte[] block = runEnd - i == 1 ? run : Arrays.copyOfRange(run, from, Math.min(from + blockSize,
                        length));
                found[j] = block;
                claimed[j] = false;
                cache.done(keys[j], pending[j], block);
            }
            i = runEnd;
        }
    }

    private void abandonClaimed(Throwable failure) {
        for (int i = 0; i < keys.length; i++) {
            if (claimed[i]) {
                claimed[i] = false;
                cache.failed(keys[i], pending[i], failure);
            }
        }
    }

    private static byte[] await(CompletableFuture<byte[]> fetch) {
        try {
            return fetch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException("interrupted while reading the image", e);
        } catch (ExecutionException e) {
            // the fetching thread's own exception, so that waiters see not found or unavailable as it did
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new SourceUnavailableException("image store unavailable", e.getCause());
        }
    }
}
