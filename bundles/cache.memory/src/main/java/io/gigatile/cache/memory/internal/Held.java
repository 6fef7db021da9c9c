/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memory.internal;

import io.gigatile.api.RenderedImage;

/** One kept image, the bytes it is counted for, and when it was last used (guarded by its segment's lock). */
final class Held {
    /**
     * Bytes counted for an entry beside its image and key: the image record, its media type and instant, the map
     * node. An estimate; what matters is that many tiny images cannot hold far more memory than the bound says.
     */
    static final int OVERHEAD = 64;

    final RenderedImage image;
    final long weight;
    long lastUsed;

    Held(RenderedImage image, long weight, long now) {
        this.image = image;
        this.weight = weight;
        this.lastUsed = now;
    }

    /**
     * @param image an image
     * @return the bytes it is counted for: its encoded bytes, its key's characters, and {@link #OVERHEAD}
     */
    static long weigh(RenderedImage image) {
        return image.bytes().length + 2L * image.cacheKey().length() + OVERHEAD;
    }
}
