/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.RenderedImage;
import io.gigatile.api.ResponseCache;
import io.gigatile.api.ops.ServerMetrics;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The response caches as one chain, asked best-ranked first. A held image counts only if it was rendered from
 * the version of the image the store has now, by a decoder that is still present (and is the one asked for: a
 * shared cache may hash keys). A failing cache (a memcached
 * server gone) costs a warning, never the request.
 */
final class ResponseCaches {
    private static final Logger LOG = LoggerFactory.getLogger(ResponseCaches.class);

    private final Ranked<ResponseCache> caches = new Ranked<>();
    private final EngineMetrics metrics;
    private volatile Map<ResponseCache, String> names = Map.of();

    /** Caches whose look-ups are not counted, for tests. */
    ResponseCaches() {
        this(new EngineMetrics());
    }

    /** @param metrics where each cache's hits and misses are counted, under its {@link CacheName} */
    ResponseCaches(EngineMetrics metrics) {
        this.metrics = metrics;
    }

    synchronized void add(ResponseCache cache, Map<String, Object> properties) {
        caches.add(cache, properties);
        Map<ResponseCache, String> next = new IdentityHashMap<>(names);
        next.put(cache, CacheName.of(properties));
        names = next;
    }

    synchronized void remove(ResponseCache cache) {
        caches.remove(cache);
        Map<ResponseCache, String> next = new IdentityHashMap<>(names);
        next.remove(cache);
        names = next;
    }

    /**
     * @param key the request's cache key
     * @param version the image's current version in its store
     * @param decoders the identities of the decoders present: what another one rendered is not served
     * @return a fresh image from the first cache that holds one; the caches before it are filled with it
     */
    Optional<RenderedImage> get(String key, String version, Set<String> decoders) {
        List<Ranked.Entry<ResponseCache>> chain = caches.entries();
        ServerMetrics meter = metrics.get();
        Map<ResponseCache, String> named = names;
        for (int i = 0; i < chain.size(); i++) {
            ResponseCache cache = chain.get(i).service();
            Optional<RenderedImage> held = get(cache, key);
            boolean hit = held.isPresent() && fresh(held.get().version(), version, decoders)
                    && held.get().cacheKey().equals(key);
            meter.cacheLookup(named.getOrDefault(cache, CacheName.UNNAMED), hit);
            if (hit) {
                for (int j = 0; j < i; j++) {
                    put(chain.get(j).service(), held.get());
                }
                return held;
            }
        }
        return Optional.empty();
    }

    private static boolean fresh(String rendered, String version, Set<String> decoders) {
        int cut = version.length();
        return rendered.length() > cut && rendered.startsWith(version)
                && rendered.charAt(cut) == DecoderIdentity.SEPARATOR && decoders.contains(rendered.substring(cut + 1));
    }

    /** @param image a freshly rendered image, kept in every cache */
    void put(RenderedImage image) {
        for (Ranked.Entry<ResponseCache> e : caches.entries()) {
            put(e.service(), image);
        }
    }

    /** @param identifier an image whose responses every cache that can find them drops */
    void purge(String identifier) {
        for (Ranked.Entry<ResponseCache> e : caches.entries()) {
            try {
                e.service().purge(identifier);
            } catch (RuntimeException failure) {
                LOG.warn("response cache {} failed to purge an image", e.service(), failure);
            }
        }
    }

    /** Every cache drops everything. */
    void purgeAll() {
        for (Ranked.Entry<ResponseCache> e : caches.entries()) {
            try {
                e.service().purgeAll();
            } catch (RuntimeException failure) {
                LOG.warn("response cache {} failed to purge", e.service(), failure);
            }
        }
    }

    private static Optional<RenderedImage> get(ResponseCache cache, String key) {
        try {
            return cache.get(key);
        } catch (RuntimeException e) {
            LOG.warn("response cache {} failed to look up an image", cache, e);
            return Optional.empty();
        }
    }

    private static void put(ResponseCache cache, RenderedImage image) {
        try {
            cache.put(image);
        } catch (RuntimeException e) {
            LOG.warn("response cache {} failed to keep an image", cache, e);
        }
    }
}
