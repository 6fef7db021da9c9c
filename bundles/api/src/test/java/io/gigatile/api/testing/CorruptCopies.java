/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.testing;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.UnsupportedFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Broken copies of a good image, made the same way on every run: cut short at many points, with bits flipped
 * in the headers and in the data, and with 32-bit words of the headers overwritten by the values lying files
 * hold (0, -1, 2^31 - 1, 2^31, 10^6, beyond the end). Each copy is opened and read: up to 16 tiles of its
 * largest and of its smallest level, and a region; what it answers must be pixels of the size its own description
 * promises or one of the failures the SPI names for broken files, within a time limit. Anything else (another
 * exception, an error such as running out of memory, a hang) is reported with the copy that caused it.
 */
public final class CorruptCopies {
    private static final long TIME_LIMIT_SECONDS = 20;
    /** Enough tiles to reach past a cut or a flipped bit in most files, few enough for decoders that decode a
     * whole untiled image per tile. */
    private static final int MAX_TILES_PER_LEVEL = 16;
    private static final int[] LIES = {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1_000_000};

    private CorruptCopies() {
    }

    /**
     * @param good the bytes of a good image
     * @param seed what makes the copies of this image differ from another's
     * @return the broken copies by name
     */
    public static Map<String, byte[]> of(byte[] good, long seed) {
        Map<String, byte[]> copies = new LinkedHashMap<>();
        for (int percent : new int[] {1, 10, 25, 50, 75, 90, 99}) {
            copies.put("cut-" + percent + "pc", Arrays.copyOf(good, (int) ((long) good.length * percent / 100)));
        }
        copies.put("cut-last-byte", Arrays.copyOf(good, good.length - 1));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 1; i <= 8; i++) {
            copies.put("header-flips-" + i, flipped(good, i, Math.min(good.length, 4096), random));
            copies.put("data-flips-" + i, flipped(good, i * 4, good.length, random));
        }
        int words = Math.max(1, Math.min(good.length, 2048) / 4 - 1);
        for (int i = 0; i < 12; i++) {
            byte[] copy = good.clone();
            int lie = i < LIES.length ? LIES[i] : good.length * (i % 2 == 0 ? 2 : 16);
            ByteOrder order = random.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            int at = 4 + 4 * random.nextInt(words);
            if (at + 4 <= copy.length) {
                ByteBuffer.wrap(copy).order(order).putInt(at, lie);
            }
            copies.put("lying-word-" + i, copy);
        }
        return copies;
    }

    /**
     * Runs every broken copy of a good image through a decoder.
     *
     * @param decoder the decoder under test
     * @param good the good image's file
     * @param dir a folder for the copies
     * @return what went wrong, one line per copy; empty if every copy opened and read cleanly or failed cleanly
     */
    public static List<String> check(ImageDecoder decoder, Path good, Path dir) {
        List<String> wrong = new ArrayList<>();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            String name = good.getFileName().toString();
            for (Map.Entry<String, byte[]> copy : of(Files.readAllBytes(good), name.hashCode()).entrySet()) {
                Path file = Files.write(dir.resolve(copy.getKey() + "-" + name), copy.getValue());
                Future<?> run = runner.submit(() -> readAll(decoder, file));
                try {
                    run.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    run.cancel(true);
                    wrong.add(file.getFileName() + ": no answer within " + TIME_LIMIT_SECONDS + " s");
                    // the stuck thread keeps the runner; the next copies get a fresh one
                    runner.shutdownNow();
                    runner = Executors.newSingleThreadExecutor();
                } catch (ExecutionException e) {
                    wrong.add(file.getFileName() + ": " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    wrong.add("interrupted");
                    break;
                }
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            runner.shutdownNow();
        }
        return wrong;
    }

    private static void readAll(ImageDecoder decoder, Path file) {
        try (ByteSource bytes = LocalImages.bytes(file)) {
            ImageSource source;
            try {
                source = decoder.open(LocalImages.of(file), bytes);
            } catch (DecodeFailureException | UnsupportedFormatException | LimitExceededException e) {
                return;
            }
            try (source) {
                ImageInfo info = source.info();
                List<Level> levels = info.levels();
                for (int level : new int[] {0, levels.size() - 1}) {
                    Level l = levels.get(level);
                    int tiles = 0;
                    for (int y = 0; y < l.tilesDown() && tiles < MAX_TILES_PER_LEVEL; y++) {
                        for (int x = 0; x < l.tilesAcross() && tiles < MAX_TILES_PER_LEVEL; x++, tiles++) {
                            Rect rect = l.tileRect(x, y);
                            int tx = x;
                            int ty = y;
                            read(() -> source.readTile(level, tx, ty), rect);
                        }
                    }
                }
                Level top = levels.get(0);
                Rect middle = new Rect(top.width() / 4, top.height() / 4, Math.max(1, top.width() / 2),
                        Math.max(1, top.height() / 2));
                read(() -> source.readRegion(0, middle), middle);
            }
        }
    }

    private static void read(java.util.function.Supplier<Raster> read, Rect expected) {
        Raster raster;
        try {
            raster = read.get();
        } catch (DecodeFailureException | UnsupportedFormatException | LimitExceededException e) {
            return;
        }
        if (raster == null || raster.width() != expected.width() || raster.height() != expected.height()) {
            throw new IllegalStateException("pixels of the wrong size for " + expected + ": "
                    + (raster == null ? "none" : raster.width() + "x" + raster.height()));
        }
    }

    private static byte[] flipped(byte[] good, int flips, int within, SplittableRandom random) {
        byte[] copy = good.clone();
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(within);
            copy[at] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }
}
