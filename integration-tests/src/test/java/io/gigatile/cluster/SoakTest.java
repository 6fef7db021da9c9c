/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real distribution on a 256 MB heap under 64 connections of mixed protocols and sizes for a minute
 * ({@code -Dgigatile.soak.seconds} for longer): every answer right, no 5xx, and the heap after a full collection,
 * the open files and the threads no higher at the end than a third of the way in. The server's folder (log
 * included) is kept in target/.
 */
class SoakTest {
    private static final int CLIENTS = 64;
    private static final long HEAP_SLACK = 48L << 20;
    private static final Pattern HEAP = Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\",?\\} (\\S+)");

    private Path dir;
    private LocalProcess server;
    private SoakLoad load;
    private List<Thread> clients = List.of();

    @BeforeEach
    void startServer() throws IOException, InterruptedException {
        dir = Files.createDirectories(Path.of("target", "soak-" + System.currentTimeMillis()));
        Path images = Files.createDirectories(dir.resolve("images"));
        largeImage(images.resolve("large.tif"));
        Path tiffs = Path.of(System.getProperty("gigatile.fixtures"));
        Files.copy(tiffs.resolve("tif-rgb-deflate-1000x700-tile256-pyramid.tif"), images.resolve("deflate.tif"));
        Files.copy(tiffs.resolve("tif-grey16-deflate-256x192-tile64-pyramid.tif"), images.resolve("grey16.tif"));
        Files.copy(tiffs.resolve("tif-float-deflate-predictor3-256x192-tile64-pyramid.tif"),
                images.resolve("float.tif"));
        Files.copy(Path.of(System.getProperty("gigatile.jp2.fixtures"), "jp2-rgb-640x480-tile256-r5-l3.jp2"),
                images.resolve("photo.jp2"));
        Path imageio = Path.of(System.getProperty("gigatile.imageio.fixtures"));
        Files.copy(imageio.resolve("jpg-rgb-q90-700x500.jpg"), images.resolve("photo.jpg"));
        Files.copy(imageio.resolve("png-rgba-300x200.png"), images.resolve("alpha.png"));
        int port = LocalProcess.freePort();
        server = new LocalProcess("gigatile", dir, port, List.of(LocalProcess.java(), "-Xmx256m", "-jar",
                Path.of(System.getProperty("gigatile.jar")).toAbsolutePath().toString(), "--bind",
                "127.0.0.1:" + port), Map.of("FILESYSTEM_PREFIX", images.toAbsolutePath() + "/")).start();
        LocalProcess.await("the large image", Duration.ofSeconds(30),
                () -> server.get("/iiif/3/large.tif/info.json").statusCode() == 200);
        load = new SoakLoad(port);
        load.learn(List.of("large.tif", "deflate.tif", "grey16.tif", "float.tif", "photo.jp2", "photo.jpg",
                "alpha.png"));
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        if (load != null) {
            load.stop();
        }
        for (Thread client : clients) {
            client.join(60_000);
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sixtyFourConnectionsOfMixedRequestsOnASmallHeapAreAllAnsweredRightAndNothingGrows()
            throws Exception {
        long seconds = Long.getLong("gigatile.soak.seconds", 60);
        clients = load.start(CLIENTS);
        pause(seconds / 3);
        Usage early = usage();
        pause(seconds - seconds / 3);
        Usage late = usage();
        long answered = load.answered();
        load.stop();
        for (Thread client : clients) {
            client.join(60_000);
        }

        System.out.printf("soak: %d s, %d answers (%.0f/s), by kind %s; early %s, late %s%n", seconds, answered,
                answered / (double) seconds, load.byKind(), early, late);
        assertThat(load.failures()).as("failed answers").isEmpty();
        assertThat(answered).isGreaterThan(seconds * 20);
        assertThat(late.heapBytes()).as("heap after a full collection").isLessThan(early.heapBytes() + HEAP_SLACK);
        assertThat(late.openFiles()).as("open files").isLessThanOrEqualTo(early.openFiles() + 16);
        assertThat(late.threads()).as("threads").isLessThanOrEqualTo(early.threads() + 16);
        assertThat(server.get("/fcgi-bin/iipsrv.fcgi?FIF=large.tif&JTL=0,0").statusCode()).isEqualTo(200);
    }

    /** Waits while the load runs, watching that the server is still there. */
    private void pause(long seconds) throws InterruptedException {
        assertThat(server.waitForExit(Duration.ofSeconds(seconds))).as("the server exited").isFalse();
    }

    private Usage usage() throws IOException, InterruptedException {
        long pid = server.pid();
        Process gc = new ProcessBuilder(Path.of(LocalProcess.java()).resolveSibling("jcmd").toString(),
                Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(gc.waitFor(60, TimeUnit.SECONDS)).as("jcmd GC.run").isTrue();
        String metrics = new String(server.get("/metrics").body(), StandardCharsets.UTF_8);
        Matcher heap = HEAP.matcher(metrics);
        assertThat(heap.find()).as("heap in /metrics").isTrue();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            long files = fds.count();
            long threads;
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                threads = tasks.count();
            }
            return new Usage((long) Double.parseDouble(heap.group(1)), files, threads);
        }
    }

    /** An 8000 x 6000 JPEG pyramid of noise, made with vips: every tile costs a real decode and encode. */
    private static void largeImage(Path target) throws IOException, InterruptedException {
        Path noise = target.resolveSibling("noise.v");
        run("vips", "gaussnoise", noise.toString(), Integer.toString(SoakLoad.WIDTH),
                Integer.toString(SoakLoad.HEIGHT), "--mean", "128", "--sigma", "40");
        Path grey = target.resolveSibling("grey.v");
        run("vips", "cast", noise.toString(), grey.toString(), "uchar");
        Path rgb = target.resolveSibling("rgb.v");
        run("vips", "bandjoin", grey + " " + grey + " " + grey, rgb.toString());
        run("vips", "tiffsave", rgb.toString(), target.toString(), "--tile", "--pyramid", "--compression", "jpeg",
                "--Q", "75", "--tile-width", "256", "--tile-height", "256");
        Files.delete(noise);
        Files.delete(grey);
        Files.delete(rgb);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new UncheckedIOException(new IOException(String.join(" ", command) + " failed: " + output));
        }
    }

    private record Usage(long heapBytes, long openFiles, long threads) {
        @Override
        public String toString() {
            return "heap " + (heapBytes >> 20) + " MB, " + openFiles + " files, " + threads + " threads";
        }
    }
}
