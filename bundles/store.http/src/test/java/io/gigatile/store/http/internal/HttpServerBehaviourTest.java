/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import io.gigatile.api.testing.MutableClock;
import io.gigatile.store.remote.RemoteSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the store meets real servers: Jetty, a failing one, a redirecting one, one ignoring Range, a silent one. */
class HttpServerBehaviourTest {
    private static final byte[] CONTENT = new byte[600_000];

    static {
        new Random(5).nextBytes(CONTENT);
    }

    @TempDir
    Path folder;
    private TestServer server;
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void start() throws Exception {
        Path image = Files.createDirectories(folder.resolve("served")).resolve("image.tif");
        Files.write(image, CONTENT);
        Files.setLastModifiedTime(image, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.write(folder.resolve("secret.tif"), CONTENT);
        server = new TestServer(folder, 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private HttpImageStore store(String path, String... headers) {
        return new HttpImageStore(HttpEndpoint.of(server.uri(path).toString(), headers, 10),
                RemoteSettings.defaults(), clock);
    }

    private List<TestServer.Seen> gets() {
        return server.requests.stream().filter(r -> r.method().equals("GET")).toList();
    }

    @Test
    void jettyAnswersRangesWithPartialContent() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri(
                "/served/image.tif")).header("Range", "bytes=10-19").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(CONTENT, 10, 20));
    }

    @Test
    void openingCostsOneHeadAndOneGetAndATileOneGet() {
        StoredImage image = store("/served/").resolve("image.tif");
        try (ByteSource bytes = image.open()) {
            assertThat(server.requests).extracting(TestServer.Seen::method, TestServer.Seen::range)
                    .containsExactly(tuple("HEAD", null), tuple("GET", "bytes=0-65535"));
            server.requests.clear();

            assertThat(bytes.read(300_000, 200_000)).isEqualTo(Arrays.copyOfRange(CONTENT, 300_000, 500_000));
            assertThat(bytes.read(310_000, 1000)).isEqualTo(Arrays.copyOfRange(CONTENT, 310_000, 311_000));

            assertThat(server.requests).extracting(TestServer.Seen::range).containsExactly("bytes=262144-524287");
        }
    }

    @Test
    void configuredHeadersGoWithEveryRequest() {
        try (ByteSource bytes = store("/served/", "Authorization: Bearer t0ken").resolve("image.tif").open()) {
            bytes.read(500_000, 10);
        }

        assertThat(server.requests).hasSize(3).allSatisfy(r -> assertThat(r.authorization()).isEqualTo(
                "Bearer t0ken"));
    }

    @Test
    void aServerErrorIsUnavailableWithoutNamingTheServer() {
        assertThatThrownBy(() -> store("/broken/").resolve("image.tif")).isInstanceOf(SourceUnavailableException.class)
                .hasMessage("image store unavailable");
    }

    @Test
    void redirectsAreNotFollowed() {
        assertThatThrownBy(() -> store("/moved/").resolve("image.tif")).isInstanceOf(ImageNotFoundException.class)
                .hasMessage("image not found");
        assertThat(server.requests).extracting(TestServer.Seen::path).containsExactly("/moved/image.tif");
    }

    @Test
    void aServerIgnoringRangesServesOnlySmallImages() throws IOException {
        byte[] small = Arrays.copyOf(CONTENT, 10_000);
        Files.write(folder.resolve("small.tif"), small);
        Files.write(folder.resolve("large.tif"), new byte[(int) HttpRangeObjects.WHOLE_BODY_LIMIT + 1]);
        HttpImageStore store = store("/norange/");

        try (ByteSource bytes = store.resolve("small.tif").open()) {
            assertThat(bytes.read(5000, 100)).isEqualTo(Arrays.copyOfRange(small, 5000, 5100));
        }
        StoredImage large = store.resolve("large.tif");
        assertThatThrownBy(large::open).isInstanceOf(SourceUnavailableException.class)
                .hasMessage("the image server does not support range requests");
    }

    @Test
    void aReplacedImageIsNotReadHalfOld() throws IOException {
        try (ByteSource bytes = store("/served/").resolve("image.tif").open()) {
            Path image = folder.resolve("served/image.tif");
            Files.write(image, new byte[CONTENT.length]);
            Files.setLastModifiedTime(image, FileTime.from(Instant.parse("2026-01-01T00:00:02Z")));

            assertThatThrownBy(() -> bytes.read(300_000, 10)).isInstanceOf(ImageNotFoundException.class);
        }
    }

    @Test
    void anInterruptedRequestIsUnavailableAndKeepsTheInterrupt() {
        HttpImageStore store = store("/served/");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> store.resolve("image.tif")).isInstanceOf(SourceUnavailableException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aChangedConfigurationTakesEffectInPlace() {
        HttpImageStore store = store("/served/");
        store.resolve("image.tif");
        store.modified(new ConfigBuilder().set("baseUrl", server.uri("/served/").toString()).build());
        store.resolve("image.tif");
        assertThat(server.requests).hasSize(1);

        store.modified(new ConfigBuilder().set("baseUrl", server.uri("/broken/").toString()).build());
        assertThatThrownBy(() -> store.resolve("image.tif")).isInstanceOf(SourceUnavailableException.class);
    }

    @Test
    void aSilentServerCostsOneTimeoutAndTheStoreRecovers() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        HttpImageStore store;
        int port;
        Thread acceptor;
        try (ServerSocket silent = new ServerSocket()) {
            silent.setReuseAddress(true);
            silent.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            port = silent.getLocalPort();
            acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed: the test is over
                }
            });
            acceptor.start();
            store = new HttpImageStore(HttpEndpoint.of("http://127.0.0.1:" + port + "/served/", null, 1),
                    RemoteSettings.defaults(), clock);

            long start = System.nanoTime();
            assertThatThrownBy(() -> store.resolve("image.tif")).isInstanceOf(SourceUnavailableException.class)
                    .hasMessage("image store unavailable");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(900),
                    Duration.ofSeconds(4));
        }
        // a socket closed while another thread accepts on it lets go of its port when that thread has left
        acceptor.join(10_000);
        for (Socket socket : held) {
            socket.close();
        }

        try (TestServer back = new TestServer(folder, port)) {
            try (ByteSource bytes = store.resolve("image.tif").open()) {
                assertThat(bytes.read(100, 10)).isEqualTo(Arrays.copyOfRange(CONTENT, 100, 110));
            }
        }
    }
}
