/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageStore;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import io.gigatile.api.testing.LocalImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Within the interval the store is not asked; after it, asked cheaply whether the image changed. */
class KnownImagesTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;
    private final AtomicLong now = new AtomicLong(42 * SECOND);
    private final KnownImages known = new KnownImages(now::get);
    private final CountingStore store = new CountingStore();

    /** Resolves the one file it has, counting what it is asked, and can be made to fail or change its answer. */
    private final class CountingStore implements ImageStore {
        final AtomicInteger resolves = new AtomicInteger();
        final AtomicInteger checks = new AtomicInteger();
        volatile boolean changed;
        volatile RuntimeException failure;

        @Override
        public StoredImage resolve(String identifier) {
            resolves.incrementAndGet();
            if (failure != null) {
                throw failure;
            }
            return LocalImages.of(identifier, dir.resolve("a.tif"));
        }

        @Override
        public boolean unchanged(StoredImage image) {
            checks.incrementAndGet();
            return !changed;
        }
    }

    @BeforeEach
    void file() throws IOException {
        Files.write(dir.resolve("a.tif"), new byte[10]);
    }

    private StoredImage resolve() {
        return known.resolve(new StoreRoutes.Route(store, "a.tif"), 2 * SECOND);
    }

    @Test
    void withinTheIntervalTheStoreIsNotAsked() {
        StoredImage first = resolve();
        now.addAndGet(SECOND);

        assertThat(resolve()).isSameAs(first);
        assertThat(store.resolves.get()).isEqualTo(1);
        assertThat(store.checks.get()).isZero();
    }

    @Test
    void afterTheIntervalAnUnchangedImageCostsACheck() {
        StoredImage first = resolve();
        now.addAndGet(3 * SECOND);

        assertThat(resolve()).isSameAs(first);
        assertThat(store.checks.get()).isEqualTo(1);
        assertThat(store.resolves.get()).isEqualTo(1);
        now.addAndGet(SECOND);
        resolve();
        assertThat(store.checks.get()).as("the check restarted the interval").isEqualTo(1);
    }

    @Test
    void aChangedImageIsResolvedAgain() {
        resolve();
        store.changed = true;
        now.addAndGet(3 * SECOND);

        resolve();

        assertThat(store.resolves.get()).isEqualTo(2);
    }

    @Test
    void failuresAreNotRemembered() {
        resolve();
        now.addAndGet(3 * SECOND);
        store.changed = true;
        store.failure = new SourceUnavailableException("down", null);
        assertThatThrownBy(this::resolve).isInstanceOf(SourceUnavailableException.class);
        store.failure = new ImageNotFoundException("gone");
        assertThatThrownBy(this::resolve).isInstanceOf(ImageNotFoundException.class);

        store.failure = null;
        resolve();
        assertThat(store.resolves.get()).isEqualTo(4);
    }

    @Test
    void aZeroIntervalAsksEveryTime() {
        StoreRoutes.Route route = new StoreRoutes.Route(store, "a.tif");
        known.resolve(route, 0);
        known.resolve(route, 0);

        assertThat(store.resolves.get()).isEqualTo(2);
    }

    @Test
    void aStoreThatLeftIsForgotten() {
        resolve();
        known.forget(store);

        resolve();

        assertThat(store.resolves.get()).isEqualTo(2);
    }
}
