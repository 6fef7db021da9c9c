/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.benchmarks;

import io.gigatile.api.RenderedImage;
import io.gigatile.api.ResponseCache;
import io.gigatile.cache.memory.internal.MemoryCaches;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The memory cache under 1 and 4 threads: a get that hits, and a put into a full cache (each put evicts), over
 * 4096 tiles of 16 KB with IIIF-like keys. {@code segments} 1 is one access-ordered map behind one lock, the
 * simplest design, to compare the striped one with.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MemoryCacheBenchmark {
    private static final int TILES = 4096;
    private static final int TILE_BYTES = 16 << 10;

    /** Lock stripes. */
    @Param({"1", "16", "64"})
    public int segments;

    private RenderedImage[] tiles;
    private ResponseCache full;
    private ResponseCache churning;
    private final AtomicInteger threads = new AtomicInteger();

    /** Each thread walks the tiles from its own start, with a stride that visits every tile. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        /** @param bench the shared state */
        @Setup
        public void start(MemoryCacheBenchmark bench) {
            next = bench.threads.getAndIncrement() * (TILES / 4);
        }

        int next() {
            next = (next + 2053) & (TILES - 1);
            return next;
        }
    }

    /** Makes the tiles, one cache holding all of them and one holding a quarter. */
    @Setup
    public void fill() {
        byte[] bytes = new byte[TILE_BYTES];
        Instant modified = Instant.parse("2026-01-01T00:00:00Z");
        tiles = new RenderedImage[TILES];
        for (int i = 0; i < TILES; i++) {
            String key = "iiif/3/images/large-pyramid.tif/" + (i % 64) * 256 + "," + (i / 64) * 256
                    + ",256,256/256,/0/default.jpg";
            tiles[i] = new RenderedImage(bytes, "image/jpeg", modified, "v1", key);
        }
        full = MemoryCaches.of(2L * TILES * TILE_BYTES, segments);
        churning = MemoryCaches.of((long) TILES * TILE_BYTES / 4, segments);
        for (RenderedImage tile : tiles) {
            full.put(tile);
            churning.put(tile);
        }
    }

    /**
     * @param cursor this thread's position
     * @return the tile held
     */
    @Benchmark
    @Threads(1)
    public Optional<RenderedImage> getHit1(Cursor cursor) {
        return full.get(tiles[cursor.next()].cacheKey());
    }

    /**
     * @param cursor this thread's position
     * @return the tile held
     */
    @Benchmark
    @Threads(4)
    public Optional<RenderedImage> getHit4(Cursor cursor) {
        return full.get(tiles[cursor.next()].cacheKey());
    }

    /** @param cursor this thread's position */
    @Benchmark
    @Threads(1)
    public void put1(Cursor cursor) {
        churning.put(tiles[cursor.next()]);
    }

    /** @param cursor this thread's position */
    @Benchmark
    @Threads(4)
    public void put4(Cursor cursor) {
        churning.put(tiles[cursor.next()]);
    }
}
