/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * A third-party decoder deployed into, updated in and removed from the real distribution while it serves other
 * images: the example PGM decoder (examples/decoder-pgm) is copied into the server's {@code deploy/} folder, replaced
 * by its next version, then deleted, while two threads keep asking for tiles of a TIFF and a JPEG. The server's
 * folder (log included) is kept in target/ when the test fails.
 */
class HotDeployTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration WITHIN = Duration.ofSeconds(15);
    private static final String PGM = "gradient.pgm";
    private static final List<String> OTHERS = List.of("pyramid.tif", "photo.jpg");

    private Path dir;
    private LocalProcess server;
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final AtomicInteger served = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> load = new ArrayList<>();

    @BeforeEach
    void startServer(TestInfo test) throws IOException {
        dir = Files.createDirectories(Path.of("target", "hotdeploy-" + System.currentTimeMillis()));
        Path images = Files.createDirectories(dir.resolve("images"));
        Files.createDirectories(dir.resolve("deploy"));
        Files.copy(Path.of(System.getProperty("gigatile.fixtures"), "tif-rgb-deflate-1000x700-tile256-pyramid.tif"),
                images.resolve("pyramid.tif"));
        Files.copy(Path.of(System.getProperty("gigatile.imageio.fixtures"), "jpg-rgb-q90-700x500.jpg"),
                images.resolve("photo.jpg"));
        Files.write(images.resolve(PGM), pgm(600, 400));
        int port = LocalProcess.freePort();
        server = new LocalProcess("gigatile", dir, port, List.of(LocalProcess.java(), "-Xmx256m", "-jar",
                Path.of(System.getProperty("gigatile.jar")).toAbsolutePath().toString(), "--bind",
                "127.0.0.1:" + port), Map.of("FILESYSTEM_PREFIX", images.toAbsolutePath() + "/")).start();
        await("the other images", () -> OTHERS.stream().allMatch(i -> server.answers(info(i), 200)));
    }

    @AfterEach
    void stopServer() throws Exception {
        loading.set(false);
        for (Thread t : load) {
            t.join(30_000);
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDecoderIsDeployedUpdatedAndRemovedWhileOtherImagesAreServed() throws Exception {
        Path deployed = dir.resolve("deploy/decoder.pgm.jar");
        startLoad();
        assertThat(get(info(PGM)).statusCode()).as("a PGM before its decoder is deployed").isEqualTo(415);

        Instant dropped = Instant.now();
        copyInto(Path.of(System.getProperty("gigatile.example.decoder")), deployed);
        await("the PGM to be served", () -> get(info(PGM)).statusCode() == 200);
        Duration toServe = Duration.between(dropped, Instant.now());
        assertThat(toServe).as("time from the drop to the first PGM served").isLessThan(Duration.ofSeconds(10));
        assertThat(get(tile(PGM)).statusCode()).isEqualTo(200);
        String first = software();
        assertThat(first).contains("Gigatile example PGM decoder 0.1.0");

        // FileInstall updates the bundle, then refreshes it: for a moment between the two the PGM has no decoder
        // (415); the other images never notice
        copyInto(Path.of(System.getProperty("gigatile.example.decoder.next")), deployed);
        await("the next version to serve the PGM",
                () -> software().contains("PGM decoder 0.2.0") && get(tile(PGM)).statusCode() == 200);
        for (int i = 0; i < 10; i++) {
            assertThat(get(tile(PGM)).statusCode()).as("the PGM, once updated").isEqualTo(200);
        }

        Files.delete(deployed);
        await("the PGM to be unsupported again", () -> get(info(PGM)).statusCode() == 415);
        assertThat(get(tile(PGM)).statusCode()).isEqualTo(415);

        otherImagesWereServedThroughout();
    }

    @Test
    void aProtocolAndATransformAreDeployedUpdatedAndRemovedWhileOtherImagesAreServed() throws Exception {
        startLoad();
        String size = "/size/pyramid.tif";
        Path protocol = dir.resolve("deploy/protocol.size.jar");
        assertThat(get(size).statusCode()).as("before the protocol is deployed").isEqualTo(404);
        copyInto(Path.of(System.getProperty("gigatile.example.protocol")), protocol);
        await("the size protocol to answer", () -> getText(size).body().contains("\"width\":1000"));
        assertThat(getText(size).body()).contains("size protocol 0.1.0");
        copyInto(Path.of(System.getProperty("gigatile.example.protocol.next")), protocol);
        await("the next version to answer", () -> getText(size).body().contains("size protocol 0.2.0"));
        Files.delete(protocol);
        // its mount stays: what it served is unavailable, never missing
        await("the protocol to be gone", () -> get(size).statusCode() == 503);
        assertThat(get(size).headers().firstValue("Retry-After")).isPresent();

        String corner = tile("pyramid.tif");
        int plain = pixel(corner);
        assertThat(plain & 0xffffff).as("the tile's corner before the grid").isNotZero();
        Path transform = dir.resolve("deploy/transform.tilegrid.jar");
        copyInto(Path.of(System.getProperty("gigatile.example.transform")), transform);
        await("every tile to be outlined", () -> (pixel(corner) & 0xffffff) == 0);
        copyInto(Path.of(System.getProperty("gigatile.example.transform.next")), transform);
        await("the next version to outline", () -> server.log().contains("tile grid 0.2.0 outlines")
                && (pixel(corner) & 0xffffff) == 0);
        Files.delete(transform);
        await("the tile without its outline", () -> pixel(corner) == plain);

        otherImagesWereServedThroughout();
    }

    /** Stops the load and checks it: every request for the other images answered, by the same process. */
    private void otherImagesWereServedThroughout() throws InterruptedException, IOException {
        loading.set(false);
        for (Thread t : load) {
            t.join(30_000);
        }
        assertThat(served.get()).as("requests for the other images served during the test").isGreaterThan(20);
        assertThat(failures).as("failed requests for the other images").isEmpty();
        assertThat(server.log()).doesNotContain("Exception in thread");
        deleteOnSuccess();
    }

    private int pixel(String path) {
        HttpResponse<byte[]> answer = get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        try {
            return ImageIO.read(new ByteArrayInputStream(answer.body())).getRGB(1, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two threads asking for a rotating set of tiles and sizes of the other images, without pause. */
    private void startLoad() {
        for (int n = 0; n < 2; n++) {
            int thread = n;
            Thread t = new Thread(() -> {
                int i = thread;
                while (loading.get()) {
                    String image = OTHERS.get(i % OTHERS.size());
                    String path = "/iiif/3/" + image + "/full/" + (64 + i % 200) + ",/0/default.jpg";
                    try {
                        int status = HTTP.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 200) {
                            failures.add(path + " -> " + status);
                        }
                        served.incrementAndGet();
                    } catch (IOException e) {
                        failures.add(path + " -> " + e);
                    } catch (InterruptedException e) {
                        return;
                    }
                    i++;
                }
            }, "load-" + n);
            t.start();
            load.add(t);
        }
    }

    /** Copied beside the folder, then moved in at once, so FileInstall never sees half a jar. */
    private void copyInto(Path jar, Path target) throws IOException {
        assertThat(jar).as("the example decoder's jar (built by examples/decoder-pgm)").isRegularFile();
        Path staged = dir.resolve("staged.jar");
        Files.copy(jar, staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String software() {
        HttpResponse<String> r = getText("/fcgi-bin/iipsrv.fcgi?FIF=" + PGM + "&OBJ=software");
        return r.statusCode() == 200 ? r.body() : "";
    }

    private static String info(String image) {
        return "/iiif/3/" + image + "/info.json";
    }

    private static String tile(String image) {
        return "/iiif/3/" + image + "/0,0,256,256/256,/0/default.png";
    }

    private static byte[] pgm(int w, int h) {
        byte[] header = ("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[header.length + w * h];
        System.arraycopy(header, 0, out, 0, header.length);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[header.length + y * w + x] = (byte) ((x + y) * 255 / (w + h));
            }
        }
        return out;
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port + path))
                .timeout(Duration.ofSeconds(30)).build();
    }

    private HttpResponse<byte[]> get(String path) {
        try {
            return HTTP.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private HttpResponse<String> getText(String path) {
        try {
            return HTTP.send(request(path), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Polls with a deadline; each poll is a request, so no fixed sleep is needed. */
    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(WITHIN);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + WITHIN + " waiting for " + what);
            }
        }
    }

    private void deleteOnSuccess() throws IOException {
        server.close();
        server = null;
        try (var files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
