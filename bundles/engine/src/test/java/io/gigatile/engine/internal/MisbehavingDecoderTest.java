/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import io.gigatile.api.testing.LocalImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decoders that hang, throw or answer nonsense fail their own image with a clear error and hold few threads; the
 * time limit is measured on a clock the test moves, so nothing here waits for real time to pass.
 */
class MisbehavingDecoderTest {
    private static final Object STORE = new Object();
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong(1);
    private final DecoderRegistry registry = new DecoderRegistry(new EngineMetrics(), clock::get);
    private final SourceCache cache = new SourceCache(registry, 10);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    private StoredImage image(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, new SyntheticSource.Spec(100, 50, 32, 1, "coords", "-").text());
        return LocalImages.of(name, p);
    }

    private void bind(ImageDecoder decoder) {
        registry.timeLimit(Duration.ofSeconds(30));
        registry.add(decoder, SyntheticDecoder.properties("synth", 0, 1, List.of(),
                List.of(SyntheticDecoder.SIGNATURE)));
    }

    private Raster tile(StoredImage image, int x, int y) {
        try (CachedSource.Lease lease = cache.lease(STORE, image)) {
            return lease.source().readTile(0, x, y);
        }
    }

    @Test
    void aDecoderThatNeverFinishesOpeningFailsItsImageAtOnceOnceTheLimitHasPassed() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        bind(new SyntheticDecoder(release, entered));
        StoredImage image = image("a");
        Future<Raster> first = threads.submit(() -> tile(image, 0, 0));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        clock.addAndGet(31 * SECOND);
        assertThatThrownBy(() -> tile(image, 0, 0)).isInstanceOf(DecodeFailureException.class)
                .hasMessage("the image's decoder did not open it within 30 s");
        assertThat(first.isDone()).as("the thread inside the decoder is still held").isFalse();

        // the opening ends after all: the image is served, by the same source
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).width()).isEqualTo(32);
        assertThat(tile(image, 1, 0).width()).isEqualTo(32);
    }

    @Test
    void aReadThatHangsFailsLaterReadsOfItsImageOnlyAndTheImageRecoversWhenItReturns() throws Exception {
        Misbehaving decoder = new Misbehaving();
        bind(decoder);
        StoredImage stuck = image("stuck");
        StoredImage other = image("other");
        tile(stuck, 0, 0);
        decoder.hang = true;
        Future<Raster> held = threads.submit(() -> tile(stuck, 1, 0));
        assertThat(decoder.entered.await(10, TimeUnit.SECONDS)).isTrue();
        decoder.hang = false;

        assertThat(tile(stuck, 2, 0).width()).as("before the limit, other reads go on").isEqualTo(32);
        clock.addAndGet(31 * SECOND);
        assertThatThrownBy(() -> tile(stuck, 2, 0)).isInstanceOf(DecodeFailureException.class)
                .hasMessage("the image's decoder did not answer within 30 s");
        assertThat(tile(other, 0, 0).width()).as("another image of the same decoder").isEqualTo(32);

        release.countDown();
        assertThat(held.get(10, TimeUnit.SECONDS).width()).isEqualTo(32);
        assertThat(tile(stuck, 2, 0).width()).as("once the stuck read returned").isEqualTo(32);
    }

    @Test
    void aCrowdWaitingOnASlowReadIsTurnedAwayBeforeTheLimit() {
        DecoderWatch watch = new DecoderWatch("x", () -> 30 * SECOND, clock::get);
        List<Future<?>> inside = crowdIn(watch);
        watch.enter();
        watch.exit();
        clock.addAndGet(2 * SECOND);
        assertThatThrownBy(watch::enter).isInstanceOf(SourceUnavailableException.class);
        release.countDown();
        inside.forEach(MisbehavingDecoderTest::join);
        watch.enter();
        watch.exit();
        assertThat(watch.inFlight()).isZero();
    }

    /** A crowd of calls inside the watch, each until {@link #release} opens. */
    private List<Future<?>> crowdIn(DecoderWatch watch) {
        List<Future<?>> inside = new java.util.ArrayList<>();
        CountDownLatch all = new CountDownLatch(DecoderWatch.CROWD);
        for (int i = 0; i < DecoderWatch.CROWD; i++) {
            inside.add(threads.submit(() -> {
                watch.enter();
                all.countDown();
                try {
                    release.await();
                } finally {
                    watch.exit();
                }
                return null;
            }));
        }
        await(all);
        return inside;
    }

    /** 32 clients on 2 cores make every call of a JPEG 2000 decoder take seconds: slow, not stuck. */
    @Test
    void aCrowdOnADecoderThatKeepsAnsweringIsLetIn() {
        DecoderWatch watch = new DecoderWatch("x", () -> 30 * SECOND, clock::get);
        List<Future<?>> inside = crowdIn(watch);
        // one more call, which the decoder answers after two seconds
        watch.enter();
        clock.addAndGet(2 * SECOND);
        watch.exit();

        watch.enter();
        watch.exit();
        release.countDown();
        inside.forEach(MisbehavingDecoderTest::join);
        assertThat(watch.inFlight()).isZero();
    }

    @Test
    void noLimitWaitsForever() {
        DecoderWatch watch = new DecoderWatch("x", () -> 0, clock::get);
        watch.enter();
        clock.addAndGet(3600 * SECOND);
        Future<?> other = threads.submit(() -> {
            watch.enter();
            watch.exit();
        });
        join(other);
        watch.exit();
    }

    @Test
    void nonsenseFromADecoderIsAClearFailure() throws IOException {
        Misbehaving decoder = new Misbehaving();
        bind(decoder);
        StoredImage image = image("a");
        decoder.answer = Raster.ofBytes(7, 7, 1, ColourSpace.GREY, new byte[49]);
        assertThatThrownBy(() -> tile(image, 0, 0)).isInstanceOf(DecodeFailureException.class)
                .hasMessage("the image's decoder returned pixels that do not fit the image");
        decoder.answer = Raster.ofBytes(4, 18, 1, ColourSpace.GREY, new byte[72]);
        assertThat(tile(image, 3, 1).height()).as("an edge tile, cut at the image's edge").isEqualTo(18);
        assertThatThrownBy(() -> tile(image, 0, 0)).isInstanceOf(DecodeFailureException.class);
        decoder.answer = null;
        decoder.nothing = true;
        assertThatThrownBy(() -> tile(image, 0, 0)).isInstanceOf(DecodeFailureException.class);
        try (CachedSource.Lease lease = cache.lease(STORE, image)) {
            assertThatThrownBy(() -> lease.source().readRegion(0, new Rect(0, 0, 10, 10)))
                    .isInstanceOf(DecodeFailureException.class);
        }
        decoder.nothing = false;
        assertThat(tile(image, 0, 0).width()).isEqualTo(32);
    }

    @Test
    void aDecoderThatDescribesNoImageFailsTheOpening() throws IOException {
        Misbehaving decoder = new Misbehaving();
        decoder.noInfo = true;
        bind(decoder);
        assertThatThrownBy(() -> tile(image("a"), 0, 0)).isInstanceOf(DecodeFailureException.class)
                .hasMessage("the image's decoder described no image");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void join(Future<?> f) {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A decoder of synthetic images whose reads can be made to hang or to return what the test says. */
    private final class Misbehaving implements ImageDecoder {
        private final SyntheticDecoder real = new SyntheticDecoder();
        final CountDownLatch entered = new CountDownLatch(1);
        volatile boolean hang;
        volatile boolean nothing;
        volatile boolean noInfo;
        volatile Raster answer;

        @Override
        public ImageSource open(StoredImage image, ByteSource bytes) {
            ImageSource source = real.open(image, bytes);
            return new ImageSource() {
                @Override
                public ImageInfo info() {
                    return noInfo ? null : source.info();
                }

                @Override
                public Raster readTile(int level, int tileX, int tileY) {
                    if (hang) {
                        entered.countDown();
                        MisbehavingDecoderTest.await(release);
                    }
                    if (nothing) {
                        return null;
                    }
                    return answer != null ? answer : source.readTile(level, tileX, tileY);
                }

                @Override
                public Raster readRegion(int level, Rect region) {
                    return nothing ? null : source.readRegion(level, region);
                }

                @Override
                public void close() {
                    source.close();
                }
            };
        }
    }
}
