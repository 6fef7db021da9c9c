/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memory.internal;

import static io.gigatile.cache.memory.internal.Images.cache;
import static io.gigatile.cache.memory.internal.Images.config;
import static io.gigatile.cache.memory.internal.Images.image;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryCacheConfigTest {

    @Test
    void theDefaultsAreIipsrvsTenMegabytesAndOneMegabytePerImage() throws ReflectiveOperationException {
        assertThat(MemoryCacheConfig.class.getMethod("maxSize").getDefaultValue()).isEqualTo(10);
        assertThat(MemoryCacheConfig.class.getMethod("maxEntrySize").getDefaultValue()).isEqualTo(1024);
        assertThat(CacheLimits.of(config(10, 1024))).isEqualTo(new CacheLimits(10L << 20, 1L << 20));
    }

    @Test
    void negativeSizesKeepNothingRatherThanStoppingTheCache() {
        assertThat(CacheLimits.of(config(-5, -1))).isEqualTo(new CacheLimits(0, 0));
    }

    @Test
    void theActivatedComponentKeepsImagesUpToItsEntryLimit() {
        MemoryCache cache = new MemoryCache(config(1, 2));
        cache.put(image("s", 2048));
        cache.put(image("l", 2049));

        assertThat(cache.get("s")).isPresent();
        assertThat(cache.get("l")).isEmpty();
    }

    @Test
    void shrinkingEvictsDownToTheNewBoundLeastRecentlyUsedFirst() {
        MemoryCache cache = cache(3L << 20, 1 << 20, 16);
        for (int i = 0; i < 30; i++) {
            cache.put(image("k" + i, 100_000));
        }
        cache.get("k0");
        assertThat(cache.size()).isEqualTo(30);

        cache.modified(config(1, 1024));

        assertThat(cache.weight()).isLessThanOrEqualTo(1L << 20).isEqualTo(cache.heldWeight());
        assertThat(cache.size()).isEqualTo(10);
        assertThat(cache.get("k0")).isPresent();
        assertThat(cache.get("k29")).isPresent();
        assertThat(cache.get("k20")).isEmpty();
        assertThat(cache.get("k21")).isPresent();
    }

    @Test
    void loweringTheEntryLimitDropsTheImagesAboveIt() {
        MemoryCache cache = cache(1 << 20, 1 << 20, 16);
        cache.put(image("s", 2048));
        cache.put(image("l", 4096));

        cache.modified(config(1, 2));

        assertThat(cache.get("s")).isPresent();
        assertThat(cache.get("l")).isEmpty();
        assertThat(cache.weight()).isEqualTo(cache.heldWeight());
    }

    @Test
    void reconfiguringToZeroEmptiesTheCacheAndBackGrowsIt() {
        MemoryCache cache = cache(1 << 20, 1 << 20, 16);
        cache.put(image("t", 1000));

        cache.modified(config(0, 1024));
        assertThat(cache.size()).isZero();
        assertThat(cache.weight()).isZero();
        cache.put(image("t", 1000));
        assertThat(cache.get("t")).isEmpty();

        cache.modified(config(1, 1024));
        cache.put(image("t", 1000));
        assertThat(cache.get("t")).isPresent();
    }
}
