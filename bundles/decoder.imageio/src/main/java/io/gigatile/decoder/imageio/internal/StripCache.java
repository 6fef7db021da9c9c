/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import io.gigatile.api.Raster;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The decoded strips of every image the decoder has open, least recently used first out, bounded in bytes. A
 * strip asked for by several threads at once is decoded once; at most {@code concurrentDecodes} strips are decoded
 * at any moment, so that the memory held by decodes in flight is bounded too.
 */
final class StripCache {

    /** One strip of one level of one open image. */
    record Key(Object image, int level, int strip) {
    }

    private final long capacity;
    private final Semaphore decodes;
    private final Map<Key, Raster> strips = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, CompletableFuture<Raster>> inFlight = new ConcurrentHashMap<>();
    private long held;

    /**
     * @param capacityBytes the most bytes of samples kept
     * @param concurrentDecodes the most strips decoded at once
     */
    StripCache(long capacityBytes, int concurrentDecodes) {
        this.capacity = capacityBytes;
        this.decodes = new Semaphore(concurrentDecodes, true);
    }

    /**
     * @param key the strip
     * @param decode decodes it when it is not kept
     * @return the strip
     */
    Raster get(Key key, Supplier<Raster> decode) {
        synchronized (this) {
            Raster kept = strips.get(key);
            if (kept != null) {
                return kept;
            }
        }
        CompletableFuture<Raster> mine = new CompletableFuture<>();
        CompletableFuture<Raster> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return join(running);
        }
        try {
            Raster strip = decodeBounded(decode);
            put(key, strip);
            mine.complete(strip);
            return strip;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private Raster decodeBounded(Supplier<Raster> decode) {
        decodes.acquireUninterruptibly();
        try {
            return decode.get();
        } finally {
            decodes.release();
        }
    }

    private static Raster join(CompletableFuture<Raster> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private synchronized void put(Key key, Raster strip) {
        long size = bytesOf(strip);
        if (size > capacity) {
            return;
        }
        Raster old = strips.put(key, strip);
        held += size - (old == null ? 0 : bytesOf(old));
        Iterator<Raster> oldest = strips.values().iterator();
        while (held > capacity && oldest.hasNext()) {
            held -= bytesOf(oldest.next());
            oldest.remove();
        }
    }

    /** Drops every strip of one image, when it is closed. */
    synchronized void drop(Object image) {
        Iterator<Map.Entry<Key, Raster>> it = strips.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, Raster> e = it.next();
            if (e.getKey().image() == image) {
                held -= bytesOf(e.getValue());
                it.remove();
            }
        }
    }

    /** @return the most bytes of samples kept */
    long capacity() {
        return capacity;
    }

    /** @return the bytes of samples kept */
    synchronized long held() {
        return held;
    }

    static long bytesOf(Raster r) {
        return (long) r.width() * r.height() * r.bands() * (r.isByteBacked() ? 1 : 2);
    }
}
