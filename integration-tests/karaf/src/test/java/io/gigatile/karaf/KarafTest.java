/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.karaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gigatile embedded in Apache Karaf as its features say: Karaf as released, the {@code gigatile} feature installed
 * at boot from the project's features repository, every bundle of Gigatile's features active, and a tile and an
 * info.json served over HTTP on loopback. Karaf's log stays in {@code target/karaf-test/} and its tail is printed
 * when something fails.
 */
class KarafTest {
    private static final String IMAGE = "tif-rgb-deflate-1000x700-tile256-pyramid.tif";
    private static final Duration BOOT = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Karaf karaf;
    static Path work;

    @RegisterExtension
    static final TestWatcher LOG_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            System.err.println(context.getDisplayName() + " failed; Karaf's log:\n" + karaf.logTail(80));
        }
    };

    @BeforeAll
    static void boot() throws Exception {
        work = Files.createDirectories(Path.of(System.getProperty("gigatile.work")));
        Path images = Files.createDirectories(work.resolve("images"));
        Files.copy(fixture(IMAGE), images.resolve(IMAGE), StandardCopyOption.REPLACE_EXISTING);
        String version = System.getProperty("gigatile.version");
        karaf = Karaf.prepare(Path.of(System.getProperty("karaf.home")), work,
                Path.of(System.getProperty("karaf.java.home")), "mvn:io.gigatile/features/" + version
                        + "/xml/features", "gigatile/" + version,
                Map.of("io.gigatile.store.file.cfg", List.of("prefix = " + images + "/")));
        Instant start = Instant.now();
        karaf.start();
        await("the IIIF info.json", () -> get("/iiif/3/" + IMAGE + "/info.json").statusCode() == 200);
        System.out.printf("Karaf %s: first info.json %d ms after bin/karaf%n", karaf.home.getFileName(),
                Duration.between(start, Instant.now()).toMillis());
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    private static Path fixture(String name) {
        return Path.of(System.getProperty("gigatile.fixtures")).resolve(name);
    }

    @Test
    void infoJsonDescribesTheImage() {
        HttpResponse<byte[]> response = get("/iiif/3/" + IMAGE + "/info.json");
        String json = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(json).isEqualTo(200);
        assertThat(json).contains("\"type\": \"ImageService3\"", "\"width\": 1000", "\"height\": 700",
                "\"tiles\": [{\"width\": 256, \"height\": 256, \"scaleFactors\": [1, 2, 4]}]");
    }

    /**
     * The http bundle starts before the HTTP server (the features' start levels) and gives it its URI settings
     * first, so Jetty starts once, with them: IIIF's bare '^' (upscaling) reaches the protocol.
     */
    @Test
    void jettyStartsOnceWithTheUriSettings() throws IOException {
        List<String> log = Files.readAllLines(karaf.home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);

        assertThat(log).filteredOn(line -> line.contains("Started Jetty")).hasSize(1);
        // java.net.URI refuses a bare '^', as browsers send it: the request line is written by hand
        try (Socket socket = new Socket("127.0.0.1", karaf.httpPort)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /iiif/3/" + IMAGE + "/full/^max/0/default.jpg HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 200");
        }
    }

    /** A JPEG tile through iipsrv's own protocol, compared with the image the fixture was made from. */
    @Test
    void iipTileHasTheSourcesPixels() throws IOException {
        // resolution 2 of 3 is the full size; tile 1 is the second of the first row
        HttpResponse<byte[]> response = get("/fcgi-bin/iipsrv.fcgi?FIF=" + IMAGE + "&JTL=2,1");
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.ISO_8859_1))
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage tile = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(tile).as("a JPEG the JDK decodes").isNotNull();
        assertThat(tile.getWidth()).isEqualTo(256);
        assertThat(tile.getHeight()).isEqualTo(256);
        BufferedImage source = ImageIO.read(fixture("ref-rgb-1000x700.png").toFile());
        assertThat(meanDifference(tile, source, 256, 0)).as("mean difference from the source").isLessThan(4.0);
    }

    /** A lossless region through IIIF: exactly the source's pixels. */
    @Test
    void iiifPngRegionEqualsTheSource() throws IOException {
        HttpResponse<byte[]> response = get("/iiif/3/" + IMAGE + "/300,200,128,96/max/0/default.png");
        assertThat(response.statusCode()).isEqualTo(200);
        BufferedImage region = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(region.getWidth()).isEqualTo(128);
        assertThat(region.getHeight()).isEqualTo(96);
        BufferedImage source = ImageIO.read(fixture("ref-rgb-1000x700.png").toFile());
        assertThat(meanDifference(region, source, 300, 200)).isZero();
    }

    /**
     * Every bundle that the project's features list (read from the features file Karaf installed, so a bundle
     * added to the features is checked too) is installed from that location and active, and so is every other
     * bundle in Karaf but fragments.
     */
    @Test
    void everyBundleOfTheFeaturesIsActive() throws Exception {
        Path descriptor = karaf.home.resolve("system/io/gigatile/features/" + System.getProperty("gigatile.version"));
        List<String> listed;
        try (var files = Files.list(descriptor)) {
            Path xml = files.filter(f -> f.getFileName().toString().endsWith("-features.xml")).findFirst()
                    .orElseThrow(() -> new AssertionError("no features file in " + descriptor));
            listed = FeaturesFile.bundles(xml, "gigatile");
        }
        assertThat(listed).as("bundles of the gigatile feature").hasSizeGreaterThan(20)
                .anyMatch(b -> b.startsWith("mvn:io.gigatile/engine/"));

        // one session, two listings (names, then locations); --no-format: id, state, start level, version, then
        // the name or the location, tab-separated; a fragment's name ends in ", Hosts: <id>" and it stays Resolved
        String out = karaf.client("bundle:list -t 0 --no-format", "bundle:list -t 0 -l --no-format");
        String[] listings = out.split("START LEVEL[^\\n]*\\R");
        assertThat(listings).as(out).hasSize(3);
        Map<String, String[]> byId = rows(listings[1]);
        Map<String, String> stateByLocation = new HashMap<>();
        rows(listings[2]).forEach((id, row) -> stateByLocation.put(row[4], row[1]));
        assertThat(stateByLocation).as(out).hasSameSizeAs(byId);
        for (String bundle : listed) {
            assertThat(stateByLocation.get(bundle)).as(bundle).isEqualTo("Active");
        }
        List<String> notActive = byId.values().stream()
                .filter(row -> !row[1].equals("Active") && !row[4].contains(", Hosts: "))
                .map(row -> String.join(" ", row)).toList();
        assertThat(notActive).as("bundles that are not active").isEmpty();
    }

    private static Map<String, String[]> rows(String listing) {
        Map<String, String[]> rows = new HashMap<>();
        for (String line : listing.split("\\R")) {
            String[] columns = line.split("\t");
            if (columns.length >= 5 && columns[0].trim().matches("\\d+")) {
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = columns[i].trim();
                }
                rows.put(columns[0], columns);
            }
        }
        return rows;
    }

    private static double meanDifference(BufferedImage actual, BufferedImage expected, int offsetX, int offsetY) {
        long sum = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x + offsetX, y + offsetY);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((a >> shift) & 0xff) - ((e >> shift) & 0xff));
                }
            }
        }
        return (double) sum / (3L * actual.getWidth() * actual.getHeight());
    }

    static HttpResponse<byte[]> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + karaf.httpPort + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Polls until the condition holds; fails at once, with Karaf's log, if Karaf exits or cannot install the
     * feature (a bundle missing from system/, a requirement unmet), and when the time is up.
     */
    private static void await(String what, BooleanSupplier condition) throws Exception {
        Instant deadline = Instant.now().plus(BOOT);
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (AssertionError notYet) {
                // connection refused while Karaf boots
            }
            if (karaf.exitsWithin(Duration.ofMillis(250))) {
                throw new AssertionError("Karaf exited while waiting for " + what + "\n" + karaf.logTail(80));
            }
            if (karaf.bootFeaturesFailed()) {
                throw new AssertionError("Karaf could not install its boot features, waiting for " + what + "\n"
                        + karaf.logTail(80));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + BOOT + " waiting for " + what + "\n"
                        + karaf.logTail(80));
            }
        }
    }
}
