/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memory.internal;

import io.gigatile.api.RenderedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.function.Predicate;

/**
 * One lock stripe of the cache: its entries in access order, and the last-use time of its least recently used
 * entry, published so that the evictor can compare segments without taking their locks.
 */
final class Segment {
    /** The published time of a segment with nothing in it: later than any entry's. */
    static final long EMPTY = Long.MAX_VALUE;

    private final LinkedHashMap<String, Held> entries = new LinkedHashMap<>(16, 0.75f, true);
    private volatile long eldest = EMPTY;

    /**
     * @param key a cache key
     * @param now the time of this use
     * @return the image, or null
     */
    synchronized RenderedImage get(String key, long now) {
        Held held = entries.get(key);
        if (held == null) {
            return null;
        }
        // using any entry but the eldest leaves the eldest where it is: no need to publish again
        boolean wasEldest = held.lastUsed == eldest;
        held.lastUsed = now;
        if (wasEldest) {
            publishEldest();
        }
        return held.image;
    }

    /**
     * @param held an entry, its space already reserved
     * @return the entry it replaced, or null
     */
    synchronized Held put(Held held) {
        Held old = entries.put(held.image.cacheKey(), held);
        publishEldest();
        return old;
    }

    /**
     * @param key a cache key
     * @return the entry removed, or null
     */
    synchronized Held remove(String key) {
        Held old = entries.remove(key);
        if (old != null) {
            publishEldest();
        }
        return old;
    }

    /** @return the least recently used entry, removed, or null if there is none */
    synchronized Held removeEldest() {
        Iterator<Held> it = entries.values().iterator();
        if (!it.hasNext()) {
            return null;
        }
        Held held = it.next();
        it.remove();
        publishEldest();
        return held;
    }

    /**
     * @param unwanted which images to remove
     * @return the weight of the entries removed
     */
    synchronized long removeIf(Predicate<RenderedImage> unwanted) {
        long freed = 0;
        for (Iterator<Held> it = entries.values().iterator(); it.hasNext();) {
            Held held = it.next();
            if (unwanted.test(held.image)) {
                it.remove();
                freed += held.weight;
            }
        }
        publishEldest();
        return freed;
    }

    /** @return when the least recently used entry was used, or {@link #EMPTY} */
    long eldest() {
        return eldest;
    }

    /** @return the summed weight of the entries held */
    synchronized long weight() {
        long sum = 0;
        for (Held held : entries.values()) {
            sum += held.weight;
        }
        return sum;
    }

    /** @return the number of entries held */
    synchronized int size() {
        return entries.size();
    }

    private void publishEldest() {
        eldest = entries.isEmpty() ? EMPTY : entries.values().iterator().next().lastUsed;
    }
}
