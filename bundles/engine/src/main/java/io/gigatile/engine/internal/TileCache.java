/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Raster;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Decoded tiles, so that overlapping and neighbouring region requests do not decode the same tiles again
 * (iipsrv keeps decoded tiles too). Bounded by the bytes of the samples held, least recently used first out.
 * Rasters are immutable by contract, so a tile is handed out as it is. A tile being decoded is waited for
 * rather than decoded twice: neighbouring regions asked at the same moment (a viewer's burst) share their
 * tiles too. Thread-safe: one lock, held for map operations only, never while decoding.
 */
final class TileCache {
    private final Object lock = new Object();
    private final Map<Key, Raster> tiles = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<Key, Pending> loading = new HashMap<>();
    private final LongSupplier waitLimit;
    private long capacity;
    private long held;

    /**
     * One tile of one view of one version of one stored image.
     *
     * @param image the image's identity: store, key, version and view
     * @param level the resolution level
     * @param tileX the tile column
     * @param tileY the tile row
     * @param layers the quality layers decoded, as the source was asked
     */
    record Key(Object image, int level, int tileX, int tileY, int layers) {
    }

    /** A tile being decoded, and since when. */
    private record Pending(CompletableFuture<Raster> tile, long since) {
    }

    /** @param capacity bytes of samples to keep; 0 keeps nothing */
    TileCache(long capacity) {
        this(capacity, () -> 0);
    }

    /**
     * @param capacity bytes of samples to keep; 0 keeps nothing
     * @param waitLimit how long, in nanoseconds, a request waits for a tile another is decoding (the decoders'
     *        time limit), 0 or less for as long as it takes; read at every wait
     */
    TileCache(long capacity, LongSupplier waitLimit) {
        this.capacity = capacity;
        this.waitLimit = waitLimit;
    }

    /** @return true if the cache keeps anything at all */
    boolean enabled() {
        synchronized (lock) {
            return capacity > 0;
        }
    }

    /**
     * @param key the tile
     * @param decode decodes it, on the calling thread, if no one holds or is decoding it
     * @return the tile, held, decoded by another thread meanwhile, or decoded now
     */
    Raster load(Key key, Supplier<Raster> decode) {
        Pending pending;
        Pending mine = null;
        synchronized (lock) {
            Raster held = tiles.get(key);
            if (held != null) {
                return held;
            }
            pending = loading.get(key);
            if (pending == null) {
                mine = new Pending(new CompletableFuture<>(), System.nanoTime());
                loading.put(key, mine);
            }
        }
        if (mine == null) {
            return waitFor(pending);
        }
        try {
            Raster tile = decode.get();
            put(key, tile);
            mine.tile().complete(tile);
            return tile;
        } catch (RuntimeException | Error e) {
            // the waiting requests fail as this one does; nothing of the failure stays
            mine.tile().completeExceptionally(e);
            throw e;
        } finally {
            synchronized (lock) {
                loading.remove(key, mine);
            }
        }
    }

    /**
     * Waits for a tile another request decodes, until the decoders' time limit has passed since that decoding
     * began: a decoder that never returns must not gather every later request for its tile behind it.
     */
    private Raster waitFor(Pending pending) {
        long limit = waitLimit.getAsLong();
        try {
            if (limit <= 0) {
                return pending.tile().join();
            }
            long left = limit - (System.nanoTime() - pending.since());
            return pending.tile().get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw DecoderWatch.notAnswered(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecodeFailureException("interrupted while waiting for a tile", e);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new DecodeFailureException("the tile could not be decoded", e.getCause());
        }
    }

    /** A tile larger than the whole cache is not kept; others push out the least recently used. */
    void put(Key key, Raster tile) {
        long size = bytes(tile);
        synchronized (lock) {
            if (size > capacity) {
                return;
            }
            Raster before = tiles.put(key, tile);
            held += size - (before == null ? 0 : bytes(before));
            trim();
        }
    }

    /** @param bytes the new bound; what no longer fits goes, least recently used first */
    void capacity(long bytes) {
        synchronized (lock) {
            capacity = bytes;
            trim();
        }
    }

    /** @param owner says which images' tiles to drop, given what identifies them in keys */
    void removeImages(Predicate<Object> owner) {
        synchronized (lock) {
            Iterator<Map.Entry<Key, Raster>> it = tiles.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Key, Raster> e = it.next();
                if (owner.test(e.getKey().image())) {
                    held -= bytes(e.getValue());
                    it.remove();
                }
            }
        }
    }

    /** Drops every tile, as when a decoder that made some of them goes away. */
    void clear() {
        synchronized (lock) {
            tiles.clear();
            held = 0;
        }
    }

    /** @return bytes held, for tests */
    long held() {
        synchronized (lock) {
            return held;
        }
    }

    private void trim() {
        Iterator<Raster> eldest = tiles.values().iterator();
        while (held > capacity && eldest.hasNext()) {
            held -= bytes(eldest.next());
            eldest.remove();
        }
    }

    static long bytes(Raster r) {
        int sampleBytes = r.isByteBacked() ? 1 : r.bitsPerSample() <= 16 ? 2 : 4;
        return (long) r.width() * r.height() * r.bands() * sampleBytes;
    }
}
