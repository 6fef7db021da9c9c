/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Eight threads decoding tiles of several images with several layer counts at once, some from a store that has
 * stopped answering: every good read gives what it gives alone, every failed one the store's exception.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final List<String> NAMES = List.of("jp2-rgb-640x480-tile256-r5-l3.jp2",
            "jp2-grey16-300x200-tile128-r3-l2.jp2", "jp2-rgba-256x192-tile128-r3-l1.jp2",
            "j2k-grey-500x350-tile128-r4-l2.j2k");
    private static final int[] LAYERS = {ImageSource.DEFAULT_LAYERS, 1, ImageSource.ALL_LAYERS};

    private final OpenJpegLibrary library = Fixtures.library();

    /** One read: an image, a tile and a layer count. */
    private record Read(int image, int level, int x, int y, int layers) {
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void concurrentReadsOfSeveralImagesGiveWhatEachGivesAlone(int threadsPerDecode) throws Exception {
        OpenJpegDecoder decoder = new OpenJpegDecoder(library, threadsPerDecode, OpenJpegDecoder.DEFAULT_MAX_PIXELS,
                128);
        List<Opened> images = new ArrayList<>();
        try {
            for (String name : NAMES) {
                images.add(Opened.open(decoder, name));
            }
            List<Read> reads = reads(images);
            List<int[]> expected = new ArrayList<>();
            for (Read r : reads) {
                expected.add(read(images, r));
            }
            List<List<int[]>> results = inParallel(first -> {
                List<int[]> got = new ArrayList<>();
                for (int i = 0; i < reads.size(); i++) {
                    got.add(null);
                }
                for (int i = 0; i < reads.size(); i++) {
                    int k = (first + i) % reads.size();
                    got.set(k, read(images, reads.get(k)));
                }
                return got;
            }, reads.size() / THREADS);

            for (List<int[]> got : results) {
                for (int i = 0; i < reads.size(); i++) {
                    assertThat(got.get(i)).as("%s", reads.get(i)).isEqualTo(expected.get(i));
                }
            }
            assertThat(library.callbacks().live()).isZero();
        } finally {
            images.forEach(Opened::close);
        }
    }

    @Test
    void aFailingStoreFailsOnlyItsOwnReads() throws Exception {
        OpenJpegDecoder decoder = new OpenJpegDecoder(library, 1, OpenJpegDecoder.DEFAULT_MAX_PIXELS,
                OpenJpegDecoder.TILE_SIZE);
        StoredImage image = Fixtures.file(NAMES.get(0));
        SourceUnavailableException outage = new SourceUnavailableException("store timed out", null);
        try (Opened good = Opened.open(decoder, image); FailingBytes bytes = new FailingBytes(image.open())) {
            ImageSource failing = decoder.open(image, bytes);
            bytes.failFrom(2000, outage);
            int[] expected = Samples.all(good.source().readTile(0, 1, 1));

            List<List<Object>> results = inParallel(thread -> {
                List<Object> got = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    try {
                        got.add(Samples.all((thread % 2 == 0 ? good.source() : failing).readTile(0, 1, 1)));
                    } catch (SourceUnavailableException e) {
                        got.add(e);
                    }
                }
                return got;
            }, 1);

            for (int thread = 0; thread < THREADS; thread++) {
                for (Object got : results.get(thread)) {
                    if (thread % 2 == 0) {
                        assertThat((int[]) got).isEqualTo(expected);
                    } else {
                        assertThat(got).isSameAs(outage);
                    }
                }
            }
        }
        assertThat(library.callbacks().live()).isZero();
    }

    /** Every tile of every level, each with every layer count. */
    private static List<Read> reads(List<Opened> images) {
        List<Read> reads = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            List<Level> levels = images.get(i).source().info().levels();
            for (int l = 0; l < levels.size(); l++) {
                for (int y = 0; y < levels.get(l).tilesDown(); y++) {
                    for (int x = 0; x < levels.get(l).tilesAcross(); x++) {
                        for (int layers : LAYERS) {
                            reads.add(new Read(i, l, x, y, layers));
                        }
                    }
                }
            }
        }
        return reads;
    }

    private static int[] read(List<Opened> images, Read r) {
        return Samples.all(images.get(r.image()).source().readTile(r.level(), r.x(), r.y(), r.layers()));
    }

    /** A task per thread, all started together; each is given its thread's number times {@code spread}. */
    private static <T> List<T> inParallel(Task<T> task, int spread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int number = thread * spread;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.run(number);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Task<T> {
        T run(int number) throws Exception;
    }
}
