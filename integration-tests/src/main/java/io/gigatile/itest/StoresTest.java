/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same images from a folder, from a real S3 server (s3proxy) and from a real web server (Jetty), side by side
 * in one running server, routed by identifier prefix: the answers must be the same bytes. Stores that fail or stop
 * answering give 503 with Retry-After within their timeout, and serve again when their storage is back.
 */
class StoresTest {
    private static final String S3 = "s3:";
    private static final String WEB = "web:";
    private static final String HANG = "hang:";
    private static final AtomicInteger UNIQUE = new AtomicInteger(101);

    static TestServer server;
    static S3Server s3;
    static RangeServer web;
    static ServerSocket silent;
    static final List<Socket> held = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        Path work = Files.createTempDirectory("gigatile-stores");
        s3 = new S3Server(server.context(), work);
        copyFixtures(s3.bucket("images").resolve("gallery"));
        s3.start();
        web = new RangeServer(server.root());
        web.start();
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(StoresTest::holdConnections, "silent-store");
        acceptor.setDaemon(true);
        acceptor.start();

        // the stores ask their storage every time here; the outage tests purge the engine's memory of the image,
        // so that an outage shows on the next request rather than after the revalidation interval
        server.configureFactory("io.gigatile.store.s3", "itest", Map.of("endpoint", s3.endpoint(),
                "bucket", "images", "keyPrefix", "gallery/", "accessKey", S3Server.IDENTITY,
                ".secretKey", S3Server.CREDENTIAL, "gigatile.store.prefix", S3, "timeout", 3, "metadataTtl", 0));
        server.configureFactory("io.gigatile.store.http", "itest", Map.of("baseUrl", web.baseUrl(),
                "gigatile.store.prefix", WEB, "timeout", 3, "metadataTtl", 0));
        server.configureFactory("io.gigatile.store.http", "silent", Map.of("baseUrl",
                "http://127.0.0.1:" + silent.getLocalPort() + "/", "gigatile.store.prefix", HANG, "timeout", 1));
        server.awaitRoute(S3);
        server.awaitRoute(WEB);
        server.awaitRoute(HANG);
    }

    @AfterAll
    static void stop() throws IOException {
        web.close();
        s3.close();
        silent.close();
        synchronized (held) {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    /** Accepts connections and never answers: a storage that hangs. */
    private static void holdConnections() {
        try {
            while (!silent.isClosed()) {
                Socket socket = silent.accept();
                synchronized (held) {
                    held.add(socket);
                }
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    private static final List<String> JP2 = List.of("jp2/jp2-rgb-640x480-tile256-r5-l3.jp2",
            "jp2/j2k-grey-500x350-tile128-r4-l2.j2k");

    private static void copyFixtures(Path into) {
        try {
            Files.createDirectories(into);
            try (var files = Files.list(server.root())) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".tif")).toList()) {
                    Files.copy(f, into.resolve(f.getFileName()));
                }
            }
            // JPEG 2000 files read through the stores' byte sources as well
            Files.createDirectories(into.resolve("jp2"));
            for (String jp2 : JP2) {
                Files.copy(server.root().resolve(jp2), into.resolve(jp2));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> requests(String id) {
        String obj = Http.text(server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=" + id + "&OBJ=Resolution-number"));
        int levels = Integer.parseInt(obj.replaceAll("(?s).*Resolution-number:(\\d+).*", "$1"));
        List<String> paths = new ArrayList<>();
        paths.add("/fcgi-bin/iipsrv.fcgi?FIF=" + id + "&OBJ=IIP,1.0&OBJ=Max-size&OBJ=Tile-size&OBJ=Resolutions");
        for (int r = 0; r < levels; r++) {
            paths.add("/fcgi-bin/iipsrv.fcgi?FIF=" + id + "&JTL=" + r + ",0");
        }
        paths.add("/fcgi-bin/iipsrv.fcgi?FIF=" + id + "&JTL=" + (levels - 1) + ",1");
        paths.add("/fcgi-bin/iipsrv.fcgi?FIF=" + id + "&WID=200&CVT=png");
        paths.add("/iiif/3/" + id + "/10,20,150,100/max/0/default.png");
        paths.add("/iiif/3/" + id + "/full/max/0/default.jpg");
        paths.add("/deepzoom/" + id + "_files/1/0_0.jpg");
        return paths;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif",
        "tif-rgb-deflate-1000x700-tile256-pyramid.tif", "tif-rgb16-lzw-bigendian-256x192-tile64-pyramid.tif",
        "tif-grey-deflate-bigtiff-bigendian-300x200-tile64-pyramid.tif", "tif-rgb-lzw-strips-300x200.tif",
        "tif-rgb-webp-q90-256x192-tile64-pyramid.tif", "tif-float-deflate-predictor3-256x192-tile64-pyramid.tif",
        "tif-rgb-deflate-stack3-128x96-tile32-subifd-pyramid.tif", "iiif-test-grid-1000x1000.tif",
        "jp2/jp2-rgb-640x480-tile256-r5-l3.jp2", "jp2/j2k-grey-500x350-tile128-r4-l2.j2k"})
    void everyStoreServesTheSameBytes(String fixture) {
        for (String path : requests(fixture)) {
            HttpResponse<byte[]> file = server.http().get(path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            for (String route : List.of(S3, WEB)) {
                HttpResponse<byte[]> other = server.http().get(path.replace(fixture, route + fixture));
                assertThat(other.statusCode()).as(route + path).isEqualTo(200);
                assertThat(other.headers().firstValue("Content-Type")).as(route + path)
                        .isEqualTo(file.headers().firstValue("Content-Type"));
                assertThat(other.body()).as(route + path).isEqualTo(file.body());
            }
        }
    }

    @Test
    void infoJsonNamesTheRoutedIdentifier() {
        String id = S3 + "iiif-test-grid-1000x1000.tif";
        HttpResponse<byte[]> info = server.http().get("/iiif/3/" + id + "/info.json");

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(Http.text(info)).contains("\"width\": 1000").contains(id);
    }

    @Test
    void missingObjectsAreNotFoundInEveryStore() {
        for (String route : List.of(S3, WEB)) {
            HttpResponse<byte[]> missing = server.http().get("/iiif/3/" + route + "nothing.tif/info.json");
            assertThat(missing.statusCode()).as(route).isEqualTo(404);
            assertThat(Http.text(missing)).as(route).doesNotContain("127.0.0.1").doesNotContain("gallery");
        }
    }

    @Test
    void aStoreThatNeverAnswersCostsOneTimeoutAndGives503() {
        long start = System.nanoTime();
        HttpResponse<byte[]> hung = server.http().get("/iiif/3/" + HANG + "a.tif/info.json");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(hung.statusCode()).isEqualTo(503);
        assertThat(hung.headers().firstValue("Retry-After")).isPresent();
        assertThat(Http.text(hung)).doesNotContain("127.0.0.1");
        assertThat(millis).as("one timeout of 1 s, not several").isLessThan(2_900);
        assertThat(server.http().get("/iiif/3/iiif-test-grid-1000x1000.tif/info.json").statusCode()).isEqualTo(200);
    }

    @Test
    void anS3OutageGives503AndTheStoreRecovers() {
        String fixture = S3 + "tif-rgb-deflate-1000x700-tile256-pyramid.tif";
        s3.stop();
        try {
            server.purge(fixture);
            HttpResponse<byte[]> down = server.http().get(cvt(fixture));
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).isPresent();
        } finally {
            s3.start();
        }
        String again = cvt(fixture);
        Await.until(server.context(), TestServer.TIMEOUT, "the S3 store to serve again",
                () -> server.http().get(again).statusCode() == 200);
    }

    @Test
    void aWebServerOutageGives503AndTheStoreRecovers() {
        String fixture = WEB + "tif-rgb-deflate-1000x700-tile256-pyramid.tif";
        web.stop();
        try {
            server.purge(fixture);
            HttpResponse<byte[]> down = server.http().get(cvt(fixture));
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).isPresent();
        } finally {
            web.start();
        }
        String again = cvt(fixture);
        Await.until(server.context(), TestServer.TIMEOUT, "the HTTP store to serve again",
                () -> server.http().get(again).statusCode() == 200);
    }

    /** A request no cache has seen: a new width each time. */
    private static String cvt(String id) {
        return "/fcgi-bin/iipsrv.fcgi?FIF=" + id + "&WID=" + UNIQUE.getAndIncrement() + "&CVT=jpeg";
    }
}
