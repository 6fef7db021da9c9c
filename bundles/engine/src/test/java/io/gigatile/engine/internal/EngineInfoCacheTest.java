/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A description goes into the response caches, so that another server sharing them need not open the image. */
class EngineInfoCacheTest {
    @TempDir
    Path dir;

    @Test
    void anotherServerSharingTheCacheDescribesTheImageWithoutOpeningIt() {
        MemoryCache shared = new MemoryCache();
        EngineFixture first = new EngineFixture(dir);
        first.engine.bindCache(shared, Map.of("service.ranking", 0));
        String id = first.write("a.syn", 300, 200, 64);
        assertThat(first.info(id).width()).isEqualTo(300);
        assertThat(shared.held).containsKey(InfoCodec.key(id));

        EngineFixture second = new EngineFixture(dir);
        second.engine.bindCache(shared, Map.of("service.ranking", 0));

        assertThat(second.info(id).width()).isEqualTo(300);
        assertThat(second.decoder.opened).isEmpty();
    }

    @Test
    void aSourceOpenHereAnswersWithoutTheCaches() {
        MemoryCache cache = new MemoryCache();
        EngineFixture f = new EngineFixture(dir);
        f.engine.bindCache(cache, Map.of("service.ranking", 0));
        String id = f.write("a.syn", 300, 200, 64);
        f.info(id);
        int gets = cache.gets.get();

        f.info(id);

        assertThat(cache.gets.get()).isEqualTo(gets);
    }

    @Test
    void aChangedImageIsDescribedAnew() throws IOException {
        MemoryCache shared = new MemoryCache();
        EngineFixture first = new EngineFixture(dir);
        first.engine.bindCache(shared, Map.of("service.ranking", 0));
        String id = first.write("a.syn", 300, 200, 64);
        first.info(id);
        first.write("a.syn", 400, 200, 64);
        Files.setLastModifiedTime(dir.resolve("a.syn"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        EngineFixture second = new EngineFixture(dir);
        second.engine.bindCache(shared, Map.of("service.ranking", 0));

        assertThat(second.info(id).width()).isEqualTo(400);
        assertThat(second.decoder.opened).hasSize(1);
    }
}
