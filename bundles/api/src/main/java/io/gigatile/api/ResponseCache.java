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
}
