/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ImageRequest;
import io.gigatile.api.ImageStore;
import io.gigatile.api.ResolvedImage;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import io.gigatile.api.propertytypes.ImageStoreRoute;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A request asks its store once, and a store that fails is the client's 503, not a broken cache. */
class EngineLookupTest {
    @TempDir
    Path dir;

    /** A folder store that counts its lookups and can be made to fail. */
    private static final class CountingStore implements ImageStore {
        private final DirStore files;
        private final AtomicInteger lookups = new AtomicInteger();
        private volatile boolean down;

        CountingStore(Path dir) {
            this.files = new DirStore(dir);
        }

        @Override
        public StoredImage resolve(String identifier) {
            lookups.incrementAndGet();
            if (down) {
                throw new SourceUnavailableException("image store unavailable", null);
            }
            return files.resolve(identifier);
        }
    }

    @Test
    void infoAndRenderingCostOneLookup() {
        EngineFixture f = new EngineFixture(dir);
        CountingStore store = new CountingStore(dir);
        f.engine.bindStore(store, Map.of(ImageStoreRoute.PREFIX, "count:", "service.id", 99L));
        f.write("a.syn", 300, 200, 64);
        ImageRequest request = ImageRequest.builder("count:a.syn").format(RawEncoder.FORMAT).build();

        ResolvedImage image = f.engine.image("count:a.syn");
        assertThat(image.info().width()).isEqualTo(300);
        image.render(request);
        image.render(request);

        assertThat(store.lookups.get()).isEqualTo(1);
        assertThat(image.identifier()).isEqualTo("count:a.syn");
    }

    @Test
    void anUnavailableStoreFailsTheRequestAndRecovers() {
        EngineFixture f = new EngineFixture(dir);
        CountingStore store = new CountingStore(dir);
        f.engine.bindStore(store, Map.of(ImageStoreRoute.PREFIX, "count:", "service.id", 99L));
        f.write("a.syn", 300, 200, 64);
        store.down = true;

        assertThatThrownBy(() -> f.engine.image("count:a.syn")).isInstanceOf(SourceUnavailableException.class);

        store.down = false;
        assertThat(f.engine.image("count:a.syn").info().height()).isEqualTo(200);
    }

    @Test
    void aRequestForAnotherImageIsRefused() {
        EngineFixture f = new EngineFixture(dir);
        f.write("a.syn", 300, 200, 64);
        f.write("b.syn", 300, 200, 64);

        assertThatThrownBy(() -> f.engine.image("a.syn").render(ImageRequest.builder("b.syn")
                .format(RawEncoder.FORMAT).build())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReconfiguredStoreIsAskedAgainAtOnce() {
        EngineFixture f = new EngineFixture(dir, EngineFixture.DEFAULTS,
                new CacheSettings(Duration.ofHours(1), 0));
        CountingStore store = new CountingStore(dir);
        Map<String, Object> properties = Map.of(ImageStoreRoute.PREFIX, "count:", "service.id", 99L);
        f.engine.bindStore(store, properties);
        f.write("a.syn", 300, 200, 64);
        f.engine.image("count:a.syn");
        f.engine.image("count:a.syn");
        assertThat(store.lookups.get()).isEqualTo(1);

        f.engine.updatedStore(store, properties);
        f.engine.image("count:a.syn");

        assertThat(store.lookups.get()).isEqualTo(2);
    }
}
