/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ByteSource;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Arrays;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the store makes of a server that refuses, has gone, or never answers. */
class S3ImageStoreFailureTest {
    private static final String BUCKET = "failures";
    private static final byte[] CONTENT = new byte[300_000];

    @TempDir
    static Path temp;
    private static S3ProxyProcess server;

    static {
        new Random(11).nextBytes(CONTENT);
    }

    @BeforeAll
    static void startServer() throws IOException, InterruptedException {
        server = S3ProxyProcess.start(temp);
        new TestBucket(server, BUCKET).put("image.tif", CONTENT);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void wrongCredentialsMakeTheStoreUnavailable() {
        S3ImageStore store = new S3ImageStore(TestConfigs.s3(server, BUCKET, Map.of("_secretKey", "wrong")),
                Map.of());
        try {
            assertThatThrownBy(() -> store.resolve("image.tif")).isInstanceOf(SourceUnavailableException.class)
                    .hasMessage("image store unavailable");
        } finally {
            store.close();
        }
    }

    @Test
    void aStoppedServerIsUnavailableAtOnceAndServesAgainWhenBack() throws IOException {
        S3ImageStore store = new S3ImageStore(TestConfigs.s3(server, BUCKET, Map.of("timeout", 5)), Map.of());
        try (ByteSource bytes = store.resolve("image.tif").open()) {
            server.stop();
            try {
                long started = System.nanoTime();
                assertThatThrownBy(() -> store.resolve("image.tif")).isInstanceOf(SourceUnavailableException.class);
                assertThatThrownBy(() -> bytes.read(200_000, 10)).isInstanceOf(SourceUnavailableException.class);
                // connection refused: far quicker than the five-second timeout
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            } finally {
                server.start();
            }

            StoredImage again = store.resolve("image.tif");
            assertThat(again.size()).isEqualTo(CONTENT.length);
            assertThat(bytes.read(200_000, 10)).isEqualTo(Arrays.copyOfRange(CONTENT, 200_000, 200_010));
        } finally {
            store.close();
        }
    }

    @Test
    void aServerThatNeverAnswersCostsOneTimeout() throws IOException {
        List<Socket> held = new CopyOnWriteArrayList<>();
        ExecutorService acceptor = Executors.newSingleThreadExecutor();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            acceptor.execute(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept());
                    } catch (IOException e) {
                        return; // closed at the end of the test
                    }
                }
            });
            S3ImageStore store = new S3ImageStore(TestConfigs.s3(Map.of("endpoint", "http://127.0.0.1:"
                    + silent.getLocalPort(), "bucket", BUCKET, "timeout", 1)), Map.of());
            try {
                long started = System.nanoTime();
                assertThatThrownBy(() -> store.resolve("image.tif")).isInstanceOf(SourceUnavailableException.class)
                        .hasMessage("image store unavailable");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900),
                        Duration.ofSeconds(3));
                assertThat(held).isNotEmpty();

                // an interrupted request thread gives up at once and stays interrupted
                Thread.currentThread().interrupt();
                assertThatThrownBy(() -> store.resolve("image.tif")).isInstanceOf(SourceUnavailableException.class);
                assertThat(Thread.interrupted()).isTrue();
            } finally {
                store.close();
            }
        } finally {
            acceptor.shutdownNow();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
