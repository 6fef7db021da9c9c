/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memory.internal;

import static io.gigatile.cache.memory.internal.Images.cache;
import static io.gigatile.cache.memory.internal.Images.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.RenderedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemoryCacheTest {
    /** Keys of one character weigh their bytes plus this. */
    private static final int KEY_OVERHEAD = 2 + Held.OVERHEAD;

    @Test
    void missesUntilPutThenReturnsTheSameImage() {
        MemoryCache cache = cache(1 << 20, 1 << 20, 16);
        RenderedImage tile = image("t", 1000);
        assertThat(cache.get("t")).isEmpty();

        cache.put(tile);

        assertThat(cache.get("t")).containsSame(tile);
        assertThat(cache.get("u")).isEmpty();
        assertThat(cache.weight()).isEqualTo(1000 + KEY_OVERHEAD);
    }

    @Test
    void purgingOneImageDropsItsEntriesOnlyAndPurgingAllDropsEverything() {
        MemoryCache cache = cache(1 << 20, 1 << 20, 16);
        cache.put(image("a.tif|0,0|tile", 1000));
        cache.put(image("a.tif|1,0|tile", 1000));
        cache.put(image("a.tiff|0,0|tile", 1000));
        cache.put(image("b.tif|0,0|tile", 1000));

        cache.purge("a.tif");

        assertThat(cache.get("a.tif|0,0|tile")).isEmpty();
        assertThat(cache.get("a.tif|1,0|tile")).isEmpty();
        assertThat(cache.get("a.tiff|0,0|tile")).isPresent();
        assertThat(cache.get("b.tif|0,0|tile")).isPresent();
        cache.purgeAll();
        assertThat(cache.get("b.tif|0,0|tile")).isEmpty();
    }

    @Test
    void aPutUnderAHeldKeyReplacesItsImage() {
        MemoryCache cache = cache(1 << 20, 1 << 20, 16);
        cache.put(image("t", 1000));
        RenderedImage newer = image("t", 300);

        cache.put(newer);

        assertThat(cache.get("t")).containsSame(newer);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.weight()).isEqualTo(300 + KEY_OVERHEAD).isEqualTo(cache.heldWeight());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 16})
    void evictsTheLeastRecentlyUsedFirst(int segments) {
        int size = 1000;
        MemoryCache cache = cache(3L * (size + KEY_OVERHEAD), 1 << 20, segments);
        cache.put(image("a", size));
        cache.put(image("b", size));
        cache.put(image("c", size));
        cache.get("a");

        cache.put(image("d", size));
        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("c")).isPresent();

        cache.put(image("e", size));
        assertThat(cache.get("a")).isEmpty();
        assertThat(cache.get("c")).isPresent();
        assertThat(cache.get("d")).isPresent();
        assertThat(cache.get("e")).isPresent();
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void aLargeImageEvictsAsManySmallOnesAsItNeeds() {
        int small = 1000;
        MemoryCache cache = cache(10L * (small + KEY_OVERHEAD), 1 << 20, 16);
        for (char k = 'a'; k < 'a' + 10; k++) {
            cache.put(image(String.valueOf(k), small));
        }
        assertThat(cache.size()).isEqualTo(10);

        cache.put(image("z", 3 * small + 200));

        // 'z' weighs a little more than three small images: the four oldest go, the six newest stay
        assertThat(cache.get("z")).isPresent();
        assertThat(cache.get("a")).isEmpty();
        assertThat(cache.get("d")).isEmpty();
        assertThat(cache.get("e")).isPresent();
        assertThat(cache.get("j")).isPresent();
        assertThat(cache.weight()).isLessThanOrEqualTo(10L * (small + KEY_OVERHEAD)).isEqualTo(cache.heldWeight());
    }

    @Test
    void neverHoldsMoreThanTheBound() {
        long max = 50_000;
        MemoryCache cache = cache(max, 1 << 20, 16);
        for (int i = 0; i < 2000; i++) {
            cache.put(image("k" + i, 100 + (i * 7919) % 9000));
            assertThat(cache.weight()).isLessThanOrEqualTo(max);
        }
        assertThat(cache.heldWeight()).isEqualTo(cache.weight()).isGreaterThan(max - 10_000);
    }

    @Test
    void imagesLargerThanTheEntryLimitAreServedButNotKept() {
        MemoryCache cache = cache(1 << 20, 4096, 16);
        cache.put(image("s", 4096));
        cache.put(image("l", 4097));

        assertThat(cache.get("s")).isPresent();
        assertThat(cache.get("l")).isEmpty();
    }

    @Test
    void anImageTooLargeToKeepTakesItsKeysOlderImageOut() {
        MemoryCache cache = cache(1 << 20, 4096, 16);
        cache.put(image("t", 100));

        cache.put(image("t", 5000));

        assertThat(cache.get("t")).isEmpty();
        assertThat(cache.weight()).isZero();
    }

    @Test
    void anImageLargerThanTheWholeCacheFlushesNothing() {
        MemoryCache cache = cache(10_000, 1 << 20, 16);
        cache.put(image("a", 1000));

        cache.put(image("b", 20_000));

        assertThat(cache.get("a")).isPresent();
        assertThat(cache.get("b")).isEmpty();
    }

    @Test
    void sizeZeroKeepsNothing() {
        MemoryCache cache = cache(0, 1 << 20, 16);

        cache.put(image("t", 10));

        assertThat(cache.get("t")).isEmpty();
        assertThat(cache.size()).isZero();
        assertThat(cache.weight()).isZero();
    }
}
