/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.Raster;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoded tiles, so that overlapping and neighbouring region requests do not decode the same tiles again
 * (iipsrv keeps decoded tiles too). Bounded by the bytes of the samples held, least recently used first out.
 * Rasters are immutable by contract, so a tile is handed out as it is. Thread-safe: one lock, held for map
 * operations only, never while decoding.
 */
final class TileCache {
    private final Object lock = new Object();
    private final Map<Key, Raster> tiles = new LinkedHashMap<>(256, 0.75f, true);
    private long capacity;
    private long held;

    /**
     * One tile of one view of one version of one stored image.
     *
     * @param image the image's identity: store, key, version and view
     * @param level the resolution level
     * @param tileX the tile column
     * @param tileY the tile row
     */
    record Key(Object image, int level, int tileX, int tileY) {
    }

    /** @param capacity bytes of samples to keep; 0 keeps nothing */
    TileCache(long capacity) {
        this.capacity = capacity;
    }

    /** @return true if the cache keeps anything at all */
    boolean enabled() {
        synchronized (lock) {
            return capacity > 0;
        }
    }

    Raster get(Key key) {
        synchronized (lock) {
            return tiles.get(key);
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
