/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long resolved images are trusted and how many decoded tiles are kept.
 *
 * @param revalidateAfter how long a resolved image is used before its store is asked again; zero asks every time
 * @param tileCacheBytes bytes of decoded tiles kept; 0 keeps none
 */
record CacheSettings(Duration revalidateAfter, long tileCacheBytes) {
    private static final Logger LOG = LoggerFactory.getLogger(CacheSettings.class);

    /** What tests of other behaviour run with: the store asked every time, no tiles kept. */
    static final CacheSettings FRESH = new CacheSettings(Duration.ZERO, 0);

    CacheSettings {
        if (revalidateAfter.isNegative() || tileCacheBytes < 0) {
            throw new IllegalArgumentException("negative cache settings");
        }
    }

    /**
     * Negative values are taken as 0, with a warning, rather than failing the engine.
     *
     * @param config the component configuration
     * @return the settings
     */
    static CacheSettings of(EngineConfig config) {
        int seconds = config.revalidateAfter();
        int megabytes = config.tileCacheSize();
        if (seconds < 0 || megabytes < 0) {
            LOG.warn("revalidateAfter {} and tileCacheSize {} must not be negative; using 0", seconds, megabytes);
        }
        return new CacheSettings(Duration.ofSeconds(Math.max(0, seconds)), Math.max(0, megabytes) * (1L << 20));
    }
}
