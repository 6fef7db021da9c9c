/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.Region;
import io.gigatile.api.RenderedImage;
import io.gigatile.api.ResponseCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineCacheTest {
    @TempDir
    Path dir;

    private static Map<String, Object> ranked(int ranking) {
        return Map.of("service.ranking", ranking);
    }

    @Test
    void aMissRendersAndFillsEveryCacheAndAHitReadsNothing() {
        EngineFixture f = new EngineFixture(dir);
        MemoryCache near = new MemoryCache();
        MemoryCache far = new MemoryCache();
        f.engine.bindCache(far, ranked(0));
        f.engine.bindCache(near, ranked(10));
        ImageRequest request = ImageRequest.builder(f.write("a.syn", 1000, 700, 128)).region(Region.tile(2, 1, 1))
                .format(RawEncoder.FORMAT).build();
        RenderedImage first = f.rendered(request);
        assertThat(near.held).containsKey(request.cacheKey());
        assertThat(far.held).containsKey(request.cacheKey());
        assertThat(f.source().reads).hasSize(1);
        RenderedImage second = f.rendered(request);
        assertThat(second).isSameAs(near.held.get(request.cacheKey()));
        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(f.source().reads).hasSize(1);
        assertThat(far.gets.get()).as("the nearer cache answered").isEqualTo(1);
    }

    @Test
    void aHitInALaterCacheFillsTheEarlierOnes() {
        EngineFixture f = new EngineFixture(dir);
        MemoryCache near = new MemoryCache();
        MemoryCache far = new MemoryCache();
        f.engine.bindCache(near, ranked(10));
        f.engine.bindCache(far, ranked(0));
        ImageRequest request = ImageRequest.builder(f.write("a.syn", 100, 70, 64)).format(RawEncoder.FORMAT).build();
        f.rendered(request);
        near.held.clear();
        int puts = far.puts.get();
        f.rendered(request);
        assertThat(near.held).containsKey(request.cacheKey());
        assertThat(far.puts.get()).isEqualTo(puts);
        assertThat(f.source().reads).hasSize(1);
    }

    @Test
    void anImageRenderedFromAnOlderFileIsNotAHit() throws IOException {
        EngineFixture f = new EngineFixture(dir);
        MemoryCache cache = new MemoryCache();
        f.engine.bindCache(cache, ranked(0));
        String id = f.write("a.syn", 100, 70, 64);
        ImageRequest request = ImageRequest.builder(id).format(RawEncoder.FORMAT).build();
        RenderedImage old = f.rendered(request);
        Instant later = old.lastModified().plusSeconds(60);
        Files.setLastModifiedTime(dir.resolve(id), FileTime.from(later));
        RenderedImage fresh = f.rendered(request);
        assertThat(fresh).isNotSameAs(old);
        assertThat(fresh.lastModified()).isEqualTo(later);
        assertThat(cache.held.get(request.cacheKey())).isSameAs(fresh);
        assertThat(f.decoder.opened).hasSize(2);
        assertThat(f.decoder.opened.get(0).closed).isTrue();
        assertThat(f.rendered(request)).isSameAs(fresh);
    }

    @Test
    void aFailingCacheCostsNothingButItsOwnHits() {
        EngineFixture f = new EngineFixture(dir);
        MemoryCache working = new MemoryCache();
        f.engine.bindCache(new ResponseCache() {
            @Override
            public Optional<RenderedImage> get(String key) {
                throw new IllegalStateException("server down");
            }

            @Override
            public void put(RenderedImage image) {
                throw new IllegalStateException("server down");
            }
        }, ranked(10));
        f.engine.bindCache(working, ranked(0));
        ImageRequest request = ImageRequest.builder(f.write("a.syn", 100, 70, 64)).format(RawEncoder.FORMAT).build();
        RenderedImage first = f.rendered(request);
        assertThat(f.rendered(request)).isSameAs(working.held.get(request.cacheKey()));
        assertThat(first.bytes()).isNotEmpty();
        assertThat(f.source().reads).hasSize(1);
    }

    @Test
    void aCacheThatLeavesIsNoLongerAsked() {
        EngineFixture f = new EngineFixture(dir);
        MemoryCache cache = new MemoryCache();
        f.engine.bindCache(cache, ranked(0));
        ImageRequest request = ImageRequest.builder(f.write("a.syn", 100, 70, 64)).format(RawEncoder.FORMAT).build();
        f.rendered(request);
        f.engine.unbindCache(cache);
        f.rendered(request);
        assertThat(cache.gets.get()).isEqualTo(1);
        assertThat(f.source().reads).hasSize(2);
    }

    /** In a framework the identity is the decoder's bundle and version; here its class stands for it. */
    @Test
    void whatADecoderThatLeftRenderedIsNotServed() {
        EngineFixture f = new EngineFixture(dir);
        MemoryCache cache = new MemoryCache();
        f.engine.bindCache(cache, ranked(0));
        ImageRequest request = ImageRequest.builder(f.write("a.syn", 100, 70, 64)).format(RawEncoder.FORMAT).build();
        f.rendered(request);
        assertThat(f.rendered(request)).isSameAs(cache.held.get(request.cacheKey()));

        f.engine.unbindDecoder(f.decoder);
        SyntheticDecoder replacement = new SyntheticDecoder();
        ImageDecoder other = replacement::open;
        f.engine.bindDecoder(other, SyntheticDecoder.properties("synth", 0, 7L, List.of("syn"),
                List.of(SyntheticDecoder.SIGNATURE)));
        RenderedImage again = f.rendered(request);

        assertThat(replacement.opened).as("rendered anew by the decoder present").hasSize(1);
        assertThat(again.version()).endsWith(other.getClass().getName());
    }
}
