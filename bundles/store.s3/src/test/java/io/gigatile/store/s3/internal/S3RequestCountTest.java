/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ByteSource;
import io.gigatile.api.StoredImage;
import io.gigatile.store.remote.RemoteImageStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reading costs in requests, with the default settings (64 KiB blocks and header prefetch, metadata believed
 * for five seconds), on a 1 MB object.
 */
class S3RequestCountTest {
    private static final byte[] CONTENT = new byte[1_000_000];

    @TempDir
    static Path temp;
    private static S3ProxyProcess server;
    private CountingObjects objects;
    private RemoteImageStore store;

    static {
        new Random(3).nextBytes(CONTENT);
    }

    @BeforeAll
    static void startServer() throws IOException, InterruptedException {
        server = S3ProxyProcess.start(temp);
        new TestBucket(server, "counted").put("big.tif", CONTENT);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void openStore() {
        S3StoreConfig config = TestConfigs.s3(server, "counted", Map.of("metadataTtl", 5));
        objects = new CountingObjects(S3ImageStore.objects(config, Map.of()));
        store = new RemoteImageStore(objects, S3ImageStore.settings(config));
    }

    @AfterEach
    void closeStore() {
        objects.close();
    }

    @Test
    void aTwentyKilobyteReadInTheMiddleCostsOneRequest() {
        StoredImage image = store.resolve("big.tif");
        assertThat(objects.takeCounts()).isEqualTo("HEAD 1, GET 0");
        try (ByteSource bytes = image.open()) {
            assertThat(objects.takeCounts()).as("open: the header prefetch").isEqualTo("HEAD 0, GET 1");

            assertThat(bytes.read(480_000, 20_000)).isEqualTo(Arrays.copyOfRange(CONTENT, 480_000, 500_000));
            assertThat(objects.takeCounts()).as("a read within one block").isEqualTo("HEAD 0, GET 1");

            // 650 000 to 670 000 spans the blocks at 589 824 and 655 360, neither cached: still one ranged GET
            assertThat(bytes.read(650_000, 20_000)).isEqualTo(Arrays.copyOfRange(CONTENT, 650_000, 670_000));
            assertThat(objects.takeCounts()).as("a read across two blocks").isEqualTo("HEAD 0, GET 1");

            assertThat(bytes.read(485_000, 20_000)).isEqualTo(Arrays.copyOfRange(CONTENT, 485_000, 505_000));
            assertThat(objects.takeCounts()).as("a read of cached blocks").isEqualTo("HEAD 0, GET 0");
        }
        store.resolve("big.tif");
        assertThat(objects.takeCounts()).as("a resolve within the metadata's time to live")
                .isEqualTo("HEAD 0, GET 0");
    }
}
