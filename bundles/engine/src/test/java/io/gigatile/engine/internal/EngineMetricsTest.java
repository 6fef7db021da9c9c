/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageRequest;
import io.gigatile.api.Region;
import io.gigatile.api.ops.ServerMetrics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineMetricsTest {
    @TempDir
    Path dir;

    /** Keeps every call, as the metrics bundle would count them. */
    static final class Recording implements ServerMetrics {
        final List<String> lookups = new CopyOnWriteArrayList<>();
        final List<String> decodes = new CopyOnWriteArrayList<>();
        volatile IntSupplier open;
        volatile boolean withdrawn;

        @Override
        public void request(String protocol, int status, long nanos) {
            throw new AssertionError("the engine answers no HTTP requests");
        }

        @Override
        public void cacheLookup(String cache, boolean hit) {
            lookups.add(cache + (hit ? " hit" : " miss"));
        }

        @Override
        public void decode(String format, long nanos) {
            assertThat(nanos).isNotNegative();
            decodes.add(format);
        }

        @Override
        public AutoCloseable openImages(IntSupplier count) {
            open = count;
            return () -> withdrawn = true;
        }
    }

    @Test
    void lookupsAreCountedPerCacheAndDecodesPerFormat() {
        EngineFixture f = new EngineFixture(dir);
        Recording metrics = new Recording();
        f.engine.bindMetrics(metrics);
        f.engine.bindCache(new MemoryCache(), Map.of("component.name", "io.gigatile.cache.memory.internal.Mem"));
        f.engine.bindCache(new MemoryCache(), Map.of("service.pid", "io.gigatile.cache.memcached~shared",
                "service.ranking", -1));
        ImageRequest request = ImageRequest.builder(f.write("a.syn", 1000, 700, 128)).region(Region.tile(2, 1, 1))
                .format(RawEncoder.FORMAT).build();

        f.rendered(request);
        assertThat(metrics.lookups).containsExactly("cache.memory miss", "cache.memcached~shared miss");
        assertThat(metrics.decodes).as("the opening and the reads of one tile").hasSizeGreaterThanOrEqualTo(2)
                .containsOnly("synth");
        int decodes = metrics.decodes.size();
        assertThat(metrics.open.getAsInt()).isEqualTo(1);

        metrics.lookups.clear();
        f.rendered(request);
        assertThat(metrics.lookups).containsExactly("cache.memory hit");
        assertThat(metrics.decodes).as("a hit decodes nothing").hasSize(decodes);
    }

    @Test
    void aSourceOpenedBeforeTheMetricsCameIsTimedAndAnUnboundServiceRecordsNoMore() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 1000, 700, 128);
        f.rendered(ImageRequest.builder(id).region(Region.tile(2, 0, 0)).format(RawEncoder.FORMAT).build());
        Recording metrics = new Recording();
        f.engine.bindMetrics(metrics);
        f.rendered(ImageRequest.builder(id).region(Region.tile(2, 1, 0)).format(RawEncoder.FORMAT).build());
        assertThat(metrics.decodes).isNotEmpty().containsOnly("synth");

        f.engine.unbindMetrics(metrics);
        assertThat(metrics.withdrawn).isTrue();
        int decodes = metrics.decodes.size();
        f.rendered(ImageRequest.builder(id).region(Region.tile(2, 0, 1)).format(RawEncoder.FORMAT).build());
        assertThat(metrics.decodes).hasSize(decodes);
    }

    @Test
    void cacheNamesSayWhichConfigurationOnly() {
        assertThat(CacheName.of(Map.of("service.pid", "io.gigatile.cache.memory"))).isEqualTo("cache.memory");
        assertThat(CacheName.of(Map.of("service.pid", new String[] {"io.gigatile.cache.memcached~a"},
                "component.name", "x"))).isEqualTo("cache.memcached~a");
        assertThat(CacheName.of(Map.of("component.name", "org.example.cache.internal.Redis")))
                .isEqualTo("org.example.cache");
        assertThat(CacheName.of(Map.of())).isEqualTo(CacheName.UNNAMED);
    }
}
