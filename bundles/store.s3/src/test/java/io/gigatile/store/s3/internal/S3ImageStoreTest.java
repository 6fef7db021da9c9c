/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageStore;
import io.gigatile.api.ImageStoreContract;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
 * The store contract against a real S3 server (s3proxy): the store serves the bucket's {@code root/} prefix, and
 * {@code secret.tif} lies at the bucket's top level, outside it.
 */
class S3ImageStoreTest extends ImageStoreContract {
    private static final byte[] CONTENT = new byte[200_000];
    private static final String BUCKET = "gigatile";

    @TempDir
    static Path temp;
    private static S3ProxyProcess server;
    private static TestBucket bucket;
    private S3ImageStore store;

    static {
        new Random(7).nextBytes(CONTENT);
    }

    @BeforeAll
    static void startServer() throws IOException, InterruptedException {
        server = S3ProxyProcess.start(temp);
        bucket = new TestBucket(server, BUCKET);
        bucket.put("secret.tif", CONTENT);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void layOut() throws IOException, InterruptedException {
        bucket.put("root/sub/image.tif", CONTENT);
        store = new S3ImageStore(TestConfigs.s3(server, BUCKET, Map.of("keyPrefix", "root/")), Map.of());
    }

    @AfterEach
    void close() {
        store.close();
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

    @Override
    protected void replace(byte[] bytes) {
        try {
            bucket.put("root/sub/image.tif", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theVersionIsTheEtag() {
        assertThat(store.resolve(identifier()).version()).matches("\"[0-9a-f]{32}\"");
    }

    @Test
    void keysWithSpacesPlusAndUnicodeAreServed() throws Exception {
        bucket.put("root/a b+c~d/ünï 日本.tif", CONTENT);

        StoredImage image = store.resolve("a b+c~d/ünï 日本.tif");

        try (ByteSource bytes = image.open()) {
            assertThat(bytes.read(1000, 10)).isEqualTo(Arrays.copyOfRange(CONTENT, 1000, 1010));
        }
    }

    @Test
    void aReplacedObjectIsNotReadUnderItsOldVersion() throws Exception {
        ByteSource old = store.resolve(identifier()).open();
        byte[] changed = CONTENT.clone();
        changed[150_000] ^= 1;
        replace(changed);

        // the header was prefetched; a block beyond it is asked for with If-Match, which the new ETag fails
        assertThatThrownBy(() -> old.read(150_000, 10)).isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void anonymousRequestsReadPublicObjectsWithoutEtag() throws Exception {
        bucket.putPublicFile("public/open.tif", CONTENT);
        S3ImageStore anonymous = new S3ImageStore(TestConfigs.s3(Map.of("endpoint", server.endpoint(),
                "bucket", BUCKET)), Map.of());
        try {
            StoredImage image = anonymous.resolve("public/open.tif");

            assertThat(image.size()).isEqualTo(CONTENT.length);
            try (ByteSource bytes = image.open()) {
                assertThat(bytes.read(100_000, 5000)).isEqualTo(Arrays.copyOfRange(CONTENT, 100_000, 105_000));
            }
            assertThatThrownBy(() -> anonymous.resolve("root/sub/image.tif")).as("private: 403")
                    .isInstanceOf(SourceUnavailableException.class);

            // without an ETag, If-Unmodified-Since guards the version read
            Path file = bucket.putPublicFile("public/open.tif", CONTENT.clone());
            Files.setLastModifiedTime(file, FileTime.from(image.lastModified().plusSeconds(10)));
            try (ByteSource bytes = image.open()) {
                assertThatThrownBy(() -> bytes.read(150_000, 10)).isInstanceOf(ImageNotFoundException.class);
            }
        } finally {
            anonymous.close();
        }
    }
}
