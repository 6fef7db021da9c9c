/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ImageSource;
import io.gigatile.api.StoredImage;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * At most the configured number of decodes run at once: with two allowed, a third read waits until one of them
 * ends, then decodes, and every read gives the tile it gives alone.
 */
class DecodeLimitTest {
    private static final String RGB = "jp2-rgb-640x480-tile256-r5-l3.jp2";
    private static final long WAIT_S = 30;

    private final OpenJpegDecoder decoder = new OpenJpegDecoder(Fixtures.library(), 1,
            OpenJpegDecoder.DEFAULT_MAX_PIXELS, OpenJpegDecoder.TILE_SIZE, 2);

    @Test
    void aThirdReadWaitsForOneOfTwoDecodesToEnd() throws Exception {
        StoredImage image = Fixtures.file(RGB);
        AtomicInteger decoding = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        List<GatedBytes> sources = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            int[] alone;
            try (ByteSource bytes = image.open()) {
                alone = Samples.all(decoder.open(image, bytes).readTile(0, 1, 1));
            }
            List<Future<int[]>> reads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                GatedBytes bytes = new GatedBytes(image.open(), decoding, gate);
                sources.add(bytes);
                ImageSource source = decoder.open(image, bytes);
                bytes.arm();
                reads.add(threads.submit(() -> Samples.all(source.readTile(0, 1, 1))));
            }

            Await.until(() -> decoding.get() == 2 && decoder.waitingReads() == 1, WAIT_S);
            assertThat(decoding.get()).as("decodes reading their bytes").isEqualTo(2);

            gate.countDown();
            for (Future<int[]> read : reads) {
                assertThat(read.get(WAIT_S, TimeUnit.SECONDS)).isEqualTo(alone);
            }
            assertThat(decoding.get()).isEqualTo(3);
            assertThat(decoder.waitingReads()).isZero();
        } finally {
            gate.countDown();
            threads.shutdownNow();
            sources.forEach(GatedBytes::close);
        }
    }

    /** Bytes whose first read after {@link #arm()} counts a decode in, then waits at the gate. */
    private static final class GatedBytes implements ByteSource {
        private final ByteSource bytes;
        private final AtomicInteger decoding;
        private final CountDownLatch gate;
        private volatile boolean armed;
        private boolean counted;

        GatedBytes(ByteSource bytes, AtomicInteger decoding, CountDownLatch gate) {
            this.bytes = bytes;
            this.decoding = decoding;
            this.gate = gate;
        }

        void arm() {
            armed = true;
        }

        @Override
        public long size() {
            return bytes.size();
        }

        @Override
        public void read(long position, ByteBuffer target) {
            if (armed && !counted) {
                counted = true;
                decoding.incrementAndGet();
                try {
                    gate.await(WAIT_S, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            bytes.read(position, target);
        }

        @Override
        public void close() {
            bytes.close();
        }
    }

    /** Polls a condition, failing after a while. */
    private static final class Await {
        static void until(java.util.function.BooleanSupplier condition, long seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("timed out");
                }
                Thread.onSpinWait();
                Thread.yield();
            }
        }
    }
}
