/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.http.internal;

import io.gigatile.api.ImageStore;
import io.gigatile.api.ImageStoreContract;
import io.gigatile.api.testing.MutableClock;
import io.gigatile.store.remote.RemoteSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract against Jetty serving a folder: the base URL is {@code /served/}, the secret lies at
 * {@code /secret.tif}. The default settings, and an object larger than the whole-body limit, so that only ranged
 * reads work.
 */
class HttpImageStoreTest extends ImageStoreContract {
    private static final byte[] CONTENT = new byte[(int) HttpRangeObjects.WHOLE_BODY_LIMIT + 100_000];

    static {
        new Random(11).nextBytes(CONTENT);
    }

    @TempDir
    static Path folder;
    private static TestServer server;
    private final MutableClock clock = new MutableClock();
    private HttpImageStore store;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(folder, 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void layOut() throws IOException {
        Path image = Files.createDirectories(folder.resolve("served/sub")).resolve("image.tif");
        Files.write(image, CONTENT);
        Files.setLastModifiedTime(image, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.write(folder.resolve("secret.tif"), CONTENT);
        store = new HttpImageStore(HttpEndpoint.of(server.uri("/served/").toString(), null, 10),
                RemoteSettings.defaults(), clock);
    }

    @Override
    protected ImageStore store() {
        return store;
    }

    @Override
    protected String identifier() {
        return "sub/image.tif";
    }

    @Override
    protected byte[] content() {
        return CONTENT;
    }

    /** A later modification time, as HTTP dates have whole seconds, and the metadata's time to live passes. */
    @Override
    protected void replace(byte[] bytes) {
        try {
            Path image = folder.resolve("served/sub/image.tif");
            Files.write(image, bytes);
            Files.setLastModifiedTime(image, FileTime.from(Instant.parse("2026-01-01T00:00:02Z")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        clock.advance(Duration.ofSeconds(5));
    }
}
