/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Keeps rendered images by cache key. The engine asks caches in ranking order and fills the ones that missed.
 * Thread-safe; a cache may drop anything at any time.
 *
 * @since 1.0
 */
@ConsumerType
public interface ResponseCache {

    /**
     * @param key a request's {@link ImageRequest#cacheKey()}
     * @return the image if held
     */
    Optional<RenderedImage> get(String key);

    /**
     * @param image the image to keep under its {@link RenderedImage#cacheKey()}
     */
    void put(RenderedImage image);

    /**
     * Drops what the cache holds of one image, when an operator asks for it. A cache that cannot find one image's
     * entries (a shared memcached, which cannot list its keys) keeps them: the engine serves an entry only for the
     * image's current version, so they cannot outlive a change of the image.
     *
     * @param identifier the image's identifier, as requests name it
     * @since 2.1
     */
    default void purge(String identifier) {
        // nothing to find by image: the version check keeps what is left from being served stale
    }

    /**
     * Drops everything the cache holds, when an operator asks for it. The default, for caches written before 2.1,
     * keeps its entries, which the engine's version check still guards.
     *
     * @since 2.1
     */
    default void purgeAll() {
        // a cache written before 2.1: its entries still only serve the version they were made from
    }
}
