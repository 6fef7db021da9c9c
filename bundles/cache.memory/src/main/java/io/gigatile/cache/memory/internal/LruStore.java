/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memory.internal;

import io.gigatile.api.RenderedImage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Images by key in lock-striped segments, bounded by the bytes they are counted for. Space is reserved before an
 * entry goes in and released after it has come out, so the count never falls below what the segments hold, and a
 * reservation only succeeds within the bound: however many threads put at once, the entries held never weigh more
 * than the bound. Eviction takes the least recently used entry of the whole store: each segment orders its own
 * entries, so the oldest of the segments' eldest entries is the oldest of all.
 */
final class LruStore {
    private final Segment[] segments;
    private final int mask;
    private final AtomicLong reserved = new AtomicLong();
    private final LongSupplier clock;

    /**
     * @param segments lock stripes, a power of two
     * @param clock the time of a use, never decreasing
     */
    LruStore(int segments, LongSupplier clock) {
        if (segments < 1 || Integer.bitCount(segments) != 1) {
            throw new IllegalArgumentException("segments must be a power of two, not " + segments);
        }
        this.segments = new Segment[segments];
        for (int i = 0; i < segments; i++) {
            this.segments[i] = new Segment();
        }
        this.mask = segments - 1;
        this.clock = clock;
    }

    /**
     * @param key a cache key
     * @return the image put under it, or null
     */
    RenderedImage get(String key) {
        return segment(key).get(key, clock.getAsLong());
    }

    /**
     * Keeps an image, evicting the least recently used entries to make room.
     *
     * @param image the image, under its cache key
     * @param maxBytes the bound
     * @return false if no room could be made; whatever the key held before is then left alone
     */
    boolean put(RenderedImage image, long maxBytes) {
        long weight = Held.weigh(image);
        if (weight > maxBytes || !reserve(weight, maxBytes)) {
            return false;
        }
        Held old = segment(image.cacheKey()).put(new Held(image, weight, clock.getAsLong()));
        if (old != null) {
            reserved.addAndGet(-old.weight);
        }
        return true;
    }

    /** @param key a cache key whose entry, if any, goes */
    void remove(String key) {
        Held old = segment(key).remove(key);
        if (old != null) {
            reserved.addAndGet(-old.weight);
        }
    }

    /** @param maxBytes the bound to evict down to */
    void trimTo(long maxBytes) {
        while (reserved.get() > maxBytes) {
            if (!evictEldest()) {
                return;
            }
        }
    }

    /** @param unwanted which images go */
    void removeIf(Predicate<RenderedImage> unwanted) {
        for (Segment segment : segments) {
            reserved.addAndGet(-segment.removeIf(unwanted));
        }
    }

    /** @return the bytes counted: those held plus those reserved by puts in progress */
    long weight() {
        return reserved.get();
    }

    /** @return the summed weight of the entries held, counted segment by segment */
    long heldWeight() {
        long sum = 0;
        for (Segment segment : segments) {
            sum += segment.weight();
        }
        return sum;
    }

    /** @return the number of entries held */
    int size() {
        int sum = 0;
        for (Segment segment : segments) {
            sum += segment.size();
        }
        return sum;
    }

    private boolean reserve(long weight, long maxBytes) {
        while (true) {
            long now = reserved.get();
            if (now + weight <= maxBytes) {
                if (reserved.compareAndSet(now, now + weight)) {
                    return true;
                }
            } else if (!evictEldest()) {
                // the bytes counted belong to puts still in progress: this image is not kept
                return false;
            }
        }
    }

    /** @return false if every segment was empty */
    private boolean evictEldest() {
        Segment victim = null;
        long oldest = Segment.EMPTY;
        for (Segment segment : segments) {
            long eldest = segment.eldest();
            if (eldest < oldest) {
                oldest = eldest;
                victim = segment;
            }
        }
        if (victim == null) {
            return false;
        }
        // another thread may have emptied the segment meanwhile: then the caller looks again
        Held evicted = victim.removeEldest();
        if (evicted != null) {
            reserved.addAndGet(-evicted.weight);
        }
        return true;
    }

    private Segment segment(String key) {
        int h = key.hashCode();
        return segments[(h ^ (h >>> 16)) & mask];
    }
}
