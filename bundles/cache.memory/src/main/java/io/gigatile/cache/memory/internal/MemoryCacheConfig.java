/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memory.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link MemoryCache}, under PID {@code io.gigatile.cache.memory}. */
@ObjectClassDefinition(id = MemoryCache.PID, name = "Gigatile memory cache",
        description = "Keeps encoded responses (tiles, regions) in memory, least recently used first out.")
@interface MemoryCacheConfig {

    /** @return the bound in megabytes */
    @AttributeDefinition(name = "Maximum size", min = "0",
            description = "Megabytes of encoded images to keep (iipsrv's MAX_IMAGE_CACHE_SIZE); 0 keeps nothing."
                    + " Each image also counts its key and a small overhead.")
    int maxSize() default CacheLimits.DEFAULT_MAX_SIZE;

    /** @return the largest image kept, in kilobytes */
    @AttributeDefinition(name = "Maximum entry size", min = "0",
            description = "Kilobytes of the largest encoded image to keep: larger images are served but not kept,"
                    + " so that one large export cannot push every tile out.")
    int maxEntrySize() default CacheLimits.DEFAULT_MAX_ENTRY_SIZE;
}
