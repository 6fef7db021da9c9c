/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Rect;
import io.gigatile.api.StoredImage;
import io.gigatile.api.testing.LocalImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCacheTest {
    private static final Object STORE = new Object();

    @TempDir
    Path dir;

    private final DecoderRegistry registry = new DecoderRegistry();

    private SyntheticDecoder bind(SyntheticDecoder decoder) {
        registry.add(decoder, SyntheticDecoder.properties("synth", 0, 1, List.of(),
                List.of(SyntheticDecoder.SIGNATURE)));
        return decoder;
    }

    private StoredImage write(String name, int width) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, new SyntheticSource.Spec(width, 10, 8, 1, "coords", "-").text());
        return current(name);
    }

    private StoredImage current(String name) throws IOException {
        Path p = dir.resolve(name);
        return LocalImages.of(name, p);
    }

    private static ImageSource use(SourceCache cache, StoredImage file) {
        try (CachedSource.Lease lease = cache.lease(STORE, file)) {
            return lease.source();
        }
    }

    @Test
    void oneFileIsOpenedOnceAndShared() throws IOException {
        SyntheticDecoder decoder = bind(new SyntheticDecoder());
        SourceCache cache = new SourceCache(registry, 10);
        StoredImage a = write("a", 20);
        assertThat(use(cache, a)).isSameAs(use(cache, a)).isSameAs(use(cache, current("a")));
        assertThat(decoder.opened).hasSize(1);
        assertThat(decoder.opened.get(0).closed).isFalse();
    }

    @Test
    void aChangedFileIsReopenedAndTheOldSourceClosed() throws IOException {
        SyntheticDecoder decoder = bind(new SyntheticDecoder());
        SourceCache cache = new SourceCache(registry, 10);
        ImageSource first = use(cache, write("a", 20));
        ImageSource resized = use(cache, write("a", 200));
        assertThat(resized).isNotSameAs(first);
        assertThat(resized.info().width()).isEqualTo(200);
        assertThat(synthetic(first).closed).isTrue();
        Files.setLastModifiedTime(dir.resolve("a"), FileTime.from(Instant.parse("2001-02-03T04:05:06Z")));
        ImageSource touched = use(cache, current("a"));
        assertThat(touched).isNotSameAs(resized);
        assertThat(synthetic(resized).closed).isTrue();
        assertThat(decoder.opened).hasSize(3);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void theLeastRecentlyUsedSourceIsClosedFirst() throws IOException {
        SyntheticDecoder decoder = bind(new SyntheticDecoder());
        SourceCache cache = new SourceCache(registry, 2);
        StoredImage a = write("a", 10);
        StoredImage b = write("b", 11);
        StoredImage c = write("c", 12);
        SyntheticSource sa = synthetic(use(cache, a));
        SyntheticSource sb = synthetic(use(cache, b));
        use(cache, a);
        SyntheticSource sc = synthetic(use(cache, c));
        assertThat(sb.closed).isTrue();
        assertThat(sa.closed).isFalse();
        assertThat(sc.closed).isFalse();
        assertThat(cache.size()).isEqualTo(2);
        assertThat(use(cache, b)).isNotSameAs(sb);
        assertThat(sa.closed).isTrue();
        assertThat(decoder.opened).hasSize(4);
    }

    @Test
    void noCacheOpensPerRequestAndUnlimitedKeepsEverything() throws IOException {
        SyntheticDecoder decoder = bind(new SyntheticDecoder());
        SourceCache none = new SourceCache(registry, 0);
        StoredImage a = write("a", 10);
        SyntheticSource once = synthetic(use(none, a));
        assertThat(once.closed).isTrue();
        assertThat(use(none, a)).isNotSameAs(once);
        assertThat(none.size()).isZero();
        SourceCache all = new SourceCache(registry, -1);
        for (int i = 0; i < 50; i++) {
            use(all, write("f" + i, 10 + i));
        }
        assertThat(all.size()).isEqualTo(50);
        assertThat(decoder.opened.subList(2, 52)).allMatch(s -> !s.closed);
        all.close();
        assertThat(decoder.opened).allMatch(s -> s.closed);
    }

    @Test
    void aSourceLeavingTheCacheStaysOpenForRequestsStillReadingIt() throws IOException {
        bind(new SyntheticDecoder());
        SourceCache cache = new SourceCache(registry, 1);
        StoredImage a = write("a", 20);
        SyntheticSource held;
        try (CachedSource.Lease reading = cache.lease(STORE, a)) {
            held = synthetic(reading.source());
            use(cache, write("b", 30));
            assertThat(held.closed).isFalse();
            assertThat(held.readRegion(0, new Rect(0, 0, 20, 10)).width()).isEqualTo(20);
        }
        assertThat(held.closed).isTrue();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void sourcesOfADecoderThatLeavesAreClosedAndDropped() throws IOException {
        SyntheticDecoder decoder = bind(new SyntheticDecoder());
        SyntheticDecoder other = new SyntheticDecoder();
        // claims only files that start "SYNTH 5", ahead of the first decoder
        registry.add(other, SyntheticDecoder.properties("other", 5, 2, List.of(), List.of("53594E54482035")));
        SourceCache cache = new SourceCache(registry, 10);
        use(cache, write("a", 10));
        use(cache, write("b", 10));
        Files.writeString(dir.resolve("c.other"), "SYNTH 5 5 4 1 coords -");
        use(cache, current("c.other"));
        assertThat(cache.size()).isEqualTo(3);
        registry.remove(decoder);
        cache.dropDecoder(decoder);
        assertThat(decoder.opened).hasSize(2).allMatch(s -> s.closed);
        assertThat(other.opened).hasSize(1).allMatch(s -> !s.closed);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void concurrentFirstRequestsOpenTheFileOnce() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        SyntheticDecoder decoder = bind(new SyntheticDecoder(gate, new CountDownLatch(1)));
        SourceCache cache = new SourceCache(registry, 10);
        StoredImage a = write("a", 20);
        int threads = 8;
        CountDownLatch ready = new CountDownLatch(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ImageSource>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    return use(cache, a);
                }));
            }
            ready.await();
            gate.countDown();
            ImageSource first = results.get(0).get();
            for (Future<ImageSource> f : results) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(decoder.opened).hasSize(1);
    }

    @Test
    void aFailedOpeningIsNotKept() throws IOException {
        SyntheticDecoder decoder = bind(new SyntheticDecoder());
        SourceCache cache = new SourceCache(registry, 10);
        Files.writeString(dir.resolve("a"), "SYNTHETIC but not a description");
        StoredImage broken = current("a");
        assertThatThrownBy(() -> cache.lease(STORE, broken)).isInstanceOf(DecodeFailureException.class);
        assertThat(cache.size()).isZero();
        assertThat(use(cache, write("a", 10)).info().width()).isEqualTo(10);
        assertThat(decoder.opened).hasSize(1);
    }

    /** The decoder's own source under the engine's timing wrapper. */
    private static SyntheticSource synthetic(ImageSource source) {
        return (SyntheticSource) ((TimedSource) source).unwrap();
    }
}
