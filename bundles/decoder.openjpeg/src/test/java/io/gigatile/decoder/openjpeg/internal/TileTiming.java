/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ImageSource;
import io.gigatile.api.StoredImage;
import java.util.Arrays;

/**
 * Measures tile decodes by hand, never in a test (a loop of 400 after 100 to warm up, one thread): run
 * {@code java -cp <test classpath> io.gigatile.decoder.openjpeg.internal.TileTiming [fixture]}. The README's
 * figures come from here.
 */
final class TileTiming {

    private TileTiming() {
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "jp2-rgb-640x480-tile256-r5-l3.jp2";
        StoredImage image = Fixtures.file(name);
        try (ByteSource bytes = image.open(); ImageSource source = Fixtures.decoder().open(image, bytes)) {
            for (int round = 0; round < 3; round++) {
                time(source, "level 0 tile 0,0 (256x256), default layers", 0, ImageSource.DEFAULT_LAYERS);
                time(source, "level 0 tile 0,0 (256x256), all layers", 0, ImageSource.ALL_LAYERS);
                time(source, "level 0 tile 0,0 (256x256), one layer", 0, 1);
                time(source, "level 1 tile 0,0 (256x240), default layers", 1, ImageSource.DEFAULT_LAYERS);
                time(source, "level 2 tile 0,0 (160x120), default layers", 2, ImageSource.DEFAULT_LAYERS);
                time(source, "level 4 tile 0,0 (40x30), default layers", 4, ImageSource.DEFAULT_LAYERS);
            }
        }
    }

    private static void time(ImageSource source, String what, int level, int layers) {
        int n = 400;
        for (int i = 0; i < n / 4; i++) {
            source.readTile(level, 0, 0, layers);
        }
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            source.readTile(level, 0, 0, layers);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("%-45s median %6d us, p90 %6d us%n", what, times[n / 2] / 1000, times[n * 9 / 10] / 1000);
    }
}
