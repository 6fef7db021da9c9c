/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One source shared by request threads: reads of different tiles and layers at the same time. */
class ConcurrencyTest {
    private static final int THREADS = 8;

    @Test
    void eightThreadsReadTheSamePixelsAsOne() throws Exception {
        // tiles of 64: the reads of neighbouring tiles decode the same codestream tiles at the same moment
        Jpeg2000Decoder decoder = new Jpeg2000Decoder(Long.MAX_VALUE, 64);
        try (ImageSource source = Fixtures.open(decoder, Fixtures.RGB_TILED)) {
            List<int[]> reads = new ArrayList<>();
            for (int l = 0; l < source.info().levels().size(); l++) {
                Level level = source.info().levels().get(l);
                for (int y = 0; y < level.tilesDown(); y++) {
                    for (int x = 0; x < level.tilesAcross(); x++) {
                        reads.add(new int[] {l, x, y, 1 + (x + y) % 3});
                    }
                }
            }
            List<byte[]> alone = new ArrayList<>();
            for (int[] r : reads) {
                alone.add(source.readTile(r[0], r[1], r[2], r[3]).bytes());
            }

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<byte[][]>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int first = t * reads.size() / THREADS;
                    results.add(pool.submit(() -> {
                        start.await();
                        byte[][] read = new byte[reads.size()][];
                        for (int i = 0; i < reads.size(); i++) {
                            int k = (first + i) % reads.size();
                            int[] r = reads.get(k);
                            read[k] = source.readTile(r[0], r[1], r[2], r[3]).bytes();
                        }
                        return read;
                    }));
                }
                start.countDown();
                for (Future<byte[][]> result : results) {
                    byte[][] read = result.get(2, TimeUnit.MINUTES);
                    for (int i = 0; i < reads.size(); i++) {
                        int[] r = reads.get(i);
                        assertThat(read[i]).as("tile %d,%d of level %d, %d layers", r[1], r[2], r[0], r[3])
                                .isEqualTo(alone.get(i));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
