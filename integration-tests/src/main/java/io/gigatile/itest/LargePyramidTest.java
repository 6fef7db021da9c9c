/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageService;
import io.gigatile.api.Level;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.test.common.annotation.InjectService;

/**
 * A 16000x12000 JPEG pyramid made by vips: every tile of every resolution, fetched by 32 concurrent clients
 * from a framework running with a 512 MB heap, comes back as a correct JPEG.
 */
class LargePyramidTest {
    static final String NAME = "large/tif-rgb-jpeg-16000x12000-tile256-pyramid.tif";
    static final int WIDTH = 16000;
    static final int HEIGHT = 12000;
    static TestServer server;

    @InjectService(timeout = 30_000)
    ImageService images;

    @BeforeAll
    static void makeImage() throws IOException, InterruptedException {
        server = TestServer.start();
        Path dir = Files.createDirectories(server.root().resolve("large"));
        // red follows x, green follows y, blue is a diagonal ramp: any misplaced tile shows in its colours
        vips(dir, "xyz", "xy.v", WIDTH + "", HEIGHT + "");
        vips(dir, "extract_band", "xy.v", "x.v", "0");
        vips(dir, "extract_band", "xy.v", "y.v", "1");
        vips(dir, "linear", "x.v", "r.v", String.valueOf(255.0 / WIDTH), "0", "--uchar");
        vips(dir, "linear", "y.v", "g.v", String.valueOf(255.0 / HEIGHT), "0", "--uchar");
        vips(dir, "add", "x.v", "y.v", "s.v");
        vips(dir, "linear", "s.v", "b.v", String.valueOf(255.0 / (WIDTH + HEIGHT)), "0", "--uchar");
        vips(dir, "bandjoin", "r.v g.v b.v", "rgb.v");
        vips(dir, "copy", "rgb.v", "srgb.v", "--interpretation", "srgb");
        vips(dir, "tiffsave", "srgb.v", dir.resolve("tif-rgb-jpeg-16000x12000-tile256-pyramid.tif").toString(),
                "--tile", "--pyramid", "--tile-width", "256", "--tile-height", "256", "--compression", "jpeg",
                "--Q", "75");
        for (String temp : List.of("xy.v", "x.v", "y.v", "r.v", "g.v", "s.v", "b.v", "rgb.v", "srgb.v")) {
            Files.deleteIfExists(dir.resolve(temp));
        }
    }

    private static void vips(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("vips"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("vips %s: %s (install libvips-tools)", args[0], output).isZero();
    }

    @Test
    void everyTileUnder32ConcurrentClients() throws Exception {
        ImageInfo info = images.image(NAME).info();
        assertThat(info.width()).isEqualTo(WIDTH);
        assertThat(info.height()).isEqualTo(HEIGHT);
        int resolutions = info.levels().size();
        List<int[]> tiles = new ArrayList<>();
        for (int r = 0; r < resolutions; r++) {
            Level level = info.levels().get(resolutions - 1 - r);
            for (int t = 0; t < level.tilesAcross() * level.tilesDown(); t++) {
                tiles.add(new int[] {r, t});
            }
        }
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int[] job : tiles) {
                done.add(pool.submit(() -> check(info, job[0], job[1], failures)));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("%d tiles", tiles.size()).isEmpty();
    }

    private void check(ImageInfo info, int r, int tile, ConcurrentLinkedQueue<String> failures) {
        int levelIndex = info.levels().size() - 1 - r;
        Level level = info.levels().get(levelIndex);
        HttpResponse<byte[]> response = server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=" + NAME + "&JTL=" + r + ","
                + tile);
        if (response.statusCode() != 200) {
            failures.add("r" + r + " t" + tile + ": " + response.statusCode() + " " + Http.text(response));
            return;
        }
        BufferedImage image = Http.image(response);
        int x = (tile % level.tilesAcross()) * level.tileWidth();
        int y = (tile / level.tilesAcross()) * level.tileHeight();
        if (image.getWidth() != Math.min(level.tileWidth(), level.width() - x)
                || image.getHeight() != Math.min(level.tileHeight(), level.height() - y)) {
            failures.add("r" + r + " t" + tile + ": size " + image.getWidth() + "x" + image.getHeight());
            return;
        }
        double scale = (double) WIDTH / level.width();
        int cx = image.getWidth() / 2;
        int cy = image.getHeight() / 2;
        int rgb = image.getRGB(cx, cy);
        double fx = (x + cx + 0.5) * scale;
        double fy = (y + cy + 0.5) * (double) HEIGHT / level.height();
        int expectedRed = (int) (fx * 255.0 / WIDTH);
        int expectedGreen = (int) (fy * 255.0 / HEIGHT);
        if (Math.abs(((rgb >> 16) & 0xff) - expectedRed) > 6 || Math.abs(((rgb >> 8) & 0xff) - expectedGreen) > 6) {
            failures.add("r" + r + " t" + tile + ": colour " + Integer.toHexString(rgb) + " expected r"
                    + expectedRed + " g" + expectedGreen);
        }
    }
}
