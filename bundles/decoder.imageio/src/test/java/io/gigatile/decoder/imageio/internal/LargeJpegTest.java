/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.testing.LocalImages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 20000 x 20000 plain JPEG (made by vips, which streams) is served from a heap far smaller than its 1.2 GB of
 * samples: this module's tests run with {@code -Xmx256m} (pom.xml), so a decoder that decoded it whole would fail
 * here with its memory error turned into a decode failure.
 */
class LargeJpegTest {

    @Test
    void aHugeJpegIsServedStripByStripAtEveryLevel(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("jpg-rgb-black-20000x20000.jpg");
        vips("black", big.toString(), "20000", "20000", "--bands", "3");
        ImageIoDecoder decoder = Fixtures.decoder(Limits.defaults(), 32L << 20, 1);

        try (ImageSource source = Fixtures.open(decoder, LocalImages.of(big))) {
            assertThat(source.info().width()).isEqualTo(20000);
            int levels = source.info().levels().size();
            assertThat(levels).isEqualTo(8);
            Level full = source.info().levels().get(0);

            Raster corner = source.readTile(0, full.tilesAcross() - 1, full.tilesDown() - 1);
            Raster level3 = source.readTile(3, 4, 4);
            Raster smallest = source.readTile(levels - 1, 0, 0);

            assertThat(corner.width()).isEqualTo(20000 - 78 * 256);
            assertThat(level3.width()).isEqualTo(256);
            assertThat(smallest.width()).isEqualTo(157);
            for (Raster r : new Raster[] {corner, level3, smallest}) {
                for (byte b : r.bytes()) {
                    assertThat(b).isZero();
                }
            }
        }
    }

    private static void vips(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "vips";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("vips finished").isTrue();
        assertThat(p.exitValue()).as("vips (libvips-tools) made the image").isZero();
    }
}
