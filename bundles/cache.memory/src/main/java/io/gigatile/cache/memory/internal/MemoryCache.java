/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memory.internal;

import io.gigatile.api.RenderedImage;
import io.gigatile.api.ResponseCache;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory cache of encoded responses, iipsrv's tile cache: bounded by the bytes it holds, least recently
 * used first out, asked before any shared cache (memcached). Images are kept as given, not copied: the engine never
 * changes an image's bytes once rendered. Freshness is the engine's business: it compares modification times.
 */
@Component(service = ResponseCache.class, configurationPid = MemoryCache.PID)
@Designate(ocd = MemoryCacheConfig.class)
@ServiceRanking(MemoryCache.RANKING)
public final class MemoryCache implements ResponseCache {
    static final String PID = "io.gigatile.cache.memory";
    /** Above shared caches: a memory hit costs no network round trip. */
    static final int RANKING = 100;
    /**
     * Lock stripes. Measured (MemoryCacheBenchmark): one lock doubles the time of a hit under 4 threads; 64 stripes
     * are no faster than 16 and make every eviction look at more of them.
     */
    static final int SEGMENTS = 16;

    private static final Logger LOG = LoggerFactory.getLogger(MemoryCache.class);

    private final LruStore store;
    private volatile CacheLimits limits;

    /** @param config the component configuration */
    @Activate
    public MemoryCache(MemoryCacheConfig config) {
        this(CacheLimits.of(config), SEGMENTS, ticks());
        LOG.debug("memory cache active with {}", limits);
    }

    /**
     * @param limits the bounds
     * @param segments lock stripes, a power of two
     * @param clock the time of a use, never decreasing
     */
    MemoryCache(CacheLimits limits, int segments, LongSupplier clock) {
        this.limits = limits;
        this.store = new LruStore(segments, clock);
    }

    /** Takes new limits without dropping the service: what no longer fits goes, least recently used first. */
    @Modified
    void modified(MemoryCacheConfig config) {
        apply(CacheLimits.of(config));
        LOG.debug("memory cache reconfigured with {}", limits);
    }

    /** @param next the new bounds */
    void apply(CacheLimits next) {
        CacheLimits before = limits;
        limits = next;
        if (next.maxEntryBytes() < before.maxEntryBytes()) {
            store.removeIf(image -> image.bytes().length > next.maxEntryBytes());
        }
        store.trimTo(next.maxBytes());
    }

    @Override
    public Optional<RenderedImage> get(String key) {
        if (limits.maxBytes() == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(store.get(key));
    }

    /** An image too large to keep, or one no room could be made for, takes its key's older image out with it. */
    @Override
    public void put(RenderedImage image) {
        CacheLimits now = limits;
        if (image.bytes().length > now.maxEntryBytes() || !store.put(image, now.maxBytes())) {
            store.remove(image.cacheKey());
        }
        // a reconfiguration that shrank the bound while this put reserved its room under the old one
        long max = limits.maxBytes();
        if (store.weight() > max) {
            store.trimTo(max);
        }
    }

    /** @return the bytes counted, for tests */
    long weight() {
        return store.weight();
    }

    /** @return the bytes the entries held are counted for, summed one by one, for tests */
    long heldWeight() {
        return store.heldWeight();
    }

    /** @return the number of entries held, for tests */
    int size() {
        return store.size();
    }

    /** @return nanoseconds since the cache was made, so that times never wrap around */
    private static LongSupplier ticks() {
        long origin = System.nanoTime();
        return () -> System.nanoTime() - origin;
    }

    /** Cache keys begin with the identifier and a '|' ({@link io.gigatile.api.ImageRequest#cacheKey()}). */
    @Override
    public void purge(String identifier) {
        String prefix = identifier + "|";
        store.removeIf(image -> image.cacheKey().startsWith(prefix));
    }

    @Override
    public void purgeAll() {
        store.removeIf(image -> true);
    }
}
