/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.RenderedImage;
import io.gigatile.api.ResponseCache;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A response cache in a map, counting what it is asked. */
final class MemoryCache implements ResponseCache {
    final Map<String, RenderedImage> held = new ConcurrentHashMap<>();
    final AtomicInteger gets = new AtomicInteger();
    final AtomicInteger puts = new AtomicInteger();

    @Override
    public Optional<RenderedImage> get(String key) {
        gets.incrementAndGet();
        return Optional.ofNullable(held.get(key));
    }

    @Override
    public void put(RenderedImage image) {
        puts.incrementAndGet();
        held.put(image.cacheKey(), image);
    }

    @Override
    public void purge(String identifier) {
        held.keySet().removeIf(key -> key.startsWith(identifier + "|"));
    }

    @Override
    public void purgeAll() {
        held.clear();
    }
}
