/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every {@link ImageStore} keeps, run by each store's tests against its real storage (a folder, an S3
 * server, a web server).
 *
 * <p>Set-up the subclass provides: the store's root holds {@link #identifier()} with {@link #content()}, and right
 * outside the root (a sibling of the root folder, an object beside the bucket prefix, a resource beside the base
 * path) an object named {@code secret.tif}, which no identifier may reach.
 *
 * @since 2.0
 */
public abstract class ImageStoreContract {
    private static final int THREADS = 8;

    /** @return the store under test */
    protected abstract ImageStore store();

    /** @return an identifier naming an object in the root */
    protected abstract String identifier();

    /** @return that object's bytes, at least 1000 of them */
    protected abstract byte[] content();

    /**
     * Replaces the object's bytes in the storage, for the version tests.
     *
     * @param bytes the new bytes
     */
    protected abstract void replace(byte[] bytes);

    @Test
    void resolvesAnIdentifierToItsBytes() {
        StoredImage image = store().resolve(identifier());

        assertThat(image.identifier()).isEqualTo(identifier());
        assertThat(image.size()).isEqualTo(content().length);
        assertThat(image.key()).isNotEmpty();
        assertThat(image.version()).isNotEmpty();
        try (ByteSource bytes = image.open()) {
            assertThat(bytes.size()).isEqualTo(content().length);
            assertThat(bytes.read(0, content().length)).isEqualTo(content());
            assertThat(bytes.read(7, 100)).isEqualTo(Arrays.copyOfRange(content(), 7, 107));
            ByteBuffer tail = ByteBuffer.allocate(10);
            bytes.read(content().length - 10, tail);
            assertThat(tail.hasRemaining()).isFalse();
            assertThat(tail.array()).isEqualTo(Arrays.copyOfRange(content(), content().length - 10,
                    content().length));
        }
    }

    @Test
    void theSameBytesKeepTheirVersion() {
        StoredImage first = store().resolve(identifier());
        StoredImage again = store().resolve(identifier());

        assertThat(again.version()).isEqualTo(first.version());
        assertThat(again.key()).isEqualTo(first.key());
        assertThat(store().unchanged(first)).isTrue();
    }

    @Test
    void newBytesHaveANewVersion() {
        StoredImage before = store().resolve(identifier());
        byte[] changed = content().clone();
        changed[0] ^= 1;
        replace(Arrays.copyOf(changed, changed.length + 1));

        StoredImage after = store().resolve(identifier());

        assertThat(after.version()).isNotEqualTo(before.version());
        assertThat(after.size()).isEqualTo(changed.length + 1);
        assertThat(store().unchanged(before)).isFalse();
        try (ByteSource bytes = after.open()) {
            assertThat(bytes.read(0, 1)[0]).isEqualTo(changed[0]);
        }
    }

    @Test
    void readsBeyondTheEndFail() {
        try (ByteSource bytes = store().resolve(identifier()).open()) {
            assertThatThrownBy(() -> bytes.read(content().length - 1, 2)).isInstanceOf(DecodeFailureException.class);
            assertThatThrownBy(() -> bytes.read(-1, 2)).isInstanceOf(DecodeFailureException.class);
        }
    }

    @Test
    void concurrentReadsGetTheirOwnBytes() throws Exception {
        byte[] content = content();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (ByteSource bytes = store().resolve(identifier()).open()) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(t);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        int from = random.nextInt(content.length - 1);
                        int length = 1 + random.nextInt(Math.min(4096, content.length - from));
                        assertThat(bytes.read(from, length))
                                .isEqualTo(Arrays.copyOfRange(content, from, from + length));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownIdentifiersAreNotFound() {
        assertThatThrownBy(() -> store().resolve("no-such-image.tif")).isInstanceOf(ImageNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.tif", "..\\secret.tif", "sub/../../secret.tif", "/../secret.tif",
        "./../secret.tif", "%2e%2e/secret.tif", "..%2fsecret.tif", "....//secret.tif", "..", ".", "",
        "a\u0000b.tif", "a\nb.tif", "//secret.tif", "\\\\secret.tif"})
    void nothingOutsideTheRootIsReachable(String identifier) {
        assertThatThrownBy(() -> store().resolve(identifier))
                .isInstanceOfAny(ImageNotFoundException.class, BadRequestException.class);
    }
}
