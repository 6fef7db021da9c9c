/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.DecodeFailureException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Eight threads of 200 calls each, decodes and encodes of several images mixed with failing decodes: every call
 * gives what it gives alone. With few idle handles allowed, handles are destroyed and made all the time as well.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int CALLS = 200;

    @ParameterizedTest
    @ValueSource(ints = {1, TurboJpegCodec.MAX_IDLE_HANDLES})
    void concurrentCallsGiveWhatEachGivesAlone(int maxIdle) throws Exception {
        TurboJpegCodec codec = new TurboJpegCodec(Jpegs.library(), maxIdle);
        List<Supplier<byte[]>> calls = calls(codec);
        List<byte[]> expected = new ArrayList<>();
        for (Supplier<byte[]> call : calls) {
            expected.add(call.get());
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<byte[]>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t * 3;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<byte[]> got = new ArrayList<>();
                    for (int i = 0; i < CALLS; i++) {
                        got.add(calls.get((first + i) % calls.size()).get());
                    }
                    return got;
                }));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                List<byte[]> got = futures.get(t).get(2, TimeUnit.MINUTES);
                for (int i = 0; i < CALLS; i++) {
                    int k = (t * 3 + i) % calls.size();
                    assertThat(got.get(i)).as("thread %d call %d", t, k).isEqualTo(expected.get(k));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // never more than allowed; perhaps none, where the last calls to end were failures that destroyed theirs
        for (int idle : codec.idleHandles()) {
            assertThat(idle).isBetween(0, maxIdle);
        }
        assertThat(codec.idleScratch()).as("native memory kept").isPositive()
                .isLessThanOrEqualTo(Compression.MAX_IDLE_SCRATCH);
        codec.deactivate();
        assertThat(codec.idleHandles()).containsExactly(0, 0);
        assertThat(codec.idleScratch()).isZero();
    }

    /** Each call answers its samples or stream, or an empty array where it fails as it should. */
    private static List<Supplier<byte[]>> calls(TurboJpegCodec codec) {
        Jpegs.Image rgb = Jpegs.picture(255, 97, 3);
        Jpegs.Image grey = Jpegs.picture(128, 128, 1);
        Jpegs.Image tile = Jpegs.picture(256, 256, 3);
        byte[] rgbJpeg = Jpegs.jdkEncode(rgb, 90);
        byte[] greyJpeg = Jpegs.jdkEncode(grey, 80);
        byte[] tileJpeg = Jpegs.jdkEncode(tile, 75, JdkWriter.Variant.PROGRESSIVE);
        byte[] truncated = Arrays.copyOf(tileJpeg, tileJpeg.length / 2);
        return List.of(
                () -> codec.decode(rgbJpeg, 255, 97, 3, false),
                () -> codec.decode(rgbJpeg, 255, 97, 3, true),
                () -> codec.decode(greyJpeg, 128, 128, 1, false),
                () -> codec.decode(tileJpeg, 256, 256, 3, false),
                () -> codec.encode(rgb.samples(), 255, 97, 3, 90),
                () -> codec.encode(grey.samples(), 128, 128, 1, 60),
                () -> codec.encode(tile.samples(), 256, 256, 3, 75),
                () -> {
                    try {
                        return codec.decode(truncated, 256, 256, 3, false);
                    } catch (DecodeFailureException e) {
                        return new byte[0];
                    }
                });
    }
}
