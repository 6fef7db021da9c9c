/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import io.gigatile.api.testing.MutableClock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RemoteImageStoreTest {
    private static final byte[] CONTENT = new byte[10_000];

    static {
        for (int i = 0; i < CONTENT.length; i++) {
            CONTENT[i] = (byte) (i * 31);
        }
    }

    private final MutableClock clock = new MutableClock();
    private final FakeObjects objects = new FakeObjects("");

    private RemoteImageStore store(Duration ttl) {
        objects.put("a/image.tif", CONTENT);
        return new RemoteImageStore(objects, new RemoteSettings(1000, 100_000, ttl, 2500), clock);
    }

    @Test
    void metadataIsBelievedForItsTimeToLive() {
        RemoteImageStore store = store(Duration.ofSeconds(5));

        StoredImage first = store.resolve("/a/image.tif");
        store.resolve("a/image.tif");
        assertThat(store.unchanged(first)).isTrue();
        assertThat(objects.heads).hasValue(1);

        clock.advance(Duration.ofSeconds(5));
        store.resolve("a/image.tif");
        assertThat(objects.heads).hasValue(2);
        assertThat(first.key()).isEqualTo("a/image.tif");
        assertThat(first.identifier()).isEqualTo("/a/image.tif");
    }

    @Test
    void aZeroTimeToLiveAsksEveryTime() {
        RemoteImageStore store = store(Duration.ZERO);

        StoredImage first = store.resolve("a/image.tif");
        store.resolve("a/image.tif");
        objects.put("a/image.tif", CONTENT);

        assertThat(store.unchanged(first)).isFalse();
        assertThat(objects.heads).hasValue(3);
    }

    @Test
    void absenceIsBelievedForTheTimeToLiveToo() {
        RemoteImageStore store = store(Duration.ofSeconds(5));

        assertThatThrownBy(() -> store.resolve("b.tif")).isInstanceOf(ImageNotFoundException.class)
                .hasMessage("image not found");
        objects.put("b.tif", CONTENT);
        assertThatThrownBy(() -> store.resolve("b.tif")).isInstanceOf(ImageNotFoundException.class);
        assertThat(objects.heads).hasValue(1);

        clock.advance(Duration.ofSeconds(5));
        assertThat(store.resolve("b.tif").size()).isEqualTo(CONTENT.length);
    }

    @Test
    void failedLookUpsAreNotRemembered() {
        RemoteImageStore store = store(Duration.ofSeconds(5));
        AtomicBoolean down = new AtomicBoolean(true);
        RemoteImageStore flaky = new RemoteImageStore(new RemoteObjects() {
            @Override
            public java.util.Optional<ObjectHead> head(String name) {
                if (down.get()) {
                    throw new SourceUnavailableException("image store unavailable", null);
                }
                return objects.head(name);
            }

            @Override
            public byte[] read(String name, ObjectHead head, long position, int length) {
                return objects.read(name, head, position, length);
            }
        }, store.settings(), clock);

        assertThatThrownBy(() -> flaky.resolve("a/image.tif")).isInstanceOf(SourceUnavailableException.class);
        down.set(false);
        assertThat(flaky.resolve("a/image.tif").size()).isEqualTo(CONTENT.length);
    }

    @Test
    void openingFetchesTheHeaderInOneRequest() {
        StoredImage image = store(Duration.ofSeconds(5)).resolve("a/image.tif");

        try (ByteSource bytes = image.open()) {
            assertThat(objects.reads).singleElement().satisfies(r -> assertThat(r).containsExactly(0, 3000));
            assertThat(bytes.read(10, 2900)).isEqualTo(Arrays.copyOfRange(CONTENT, 10, 2910));
            assertThat(objects.reads).hasSize(1);
        }
    }

    @Test
    void aTileAfterTheHeaderCostsOneRequest() {
        try (ByteSource bytes = store(Duration.ofSeconds(5)).resolve("a/image.tif").open()) {
            objects.reads.clear();

            assertThat(bytes.read(4321, 4000)).isEqualTo(Arrays.copyOfRange(CONTENT, 4321, 8321));

            assertThat(objects.reads).singleElement().satisfies(r -> assertThat(r).containsExactly(4000, 5000));
        }
    }

    @Test
    void aReplacedObjectIsNotReadAsTheOldVersion() {
        StoredImage image = store(Duration.ofSeconds(5)).resolve("a/image.tif");
        objects.put("a/image.tif", CONTENT);

        assertThatThrownBy(image::open).isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void readsOutsideTheObjectAreCorruption() {
        try (ByteSource bytes = store(Duration.ofSeconds(5)).resolve("a/image.tif").open()) {
            assertThatThrownBy(() -> bytes.read(CONTENT.length, 1)).isInstanceOf(DecodeFailureException.class);
            assertThatThrownBy(() -> bytes.read(-1, 1)).isInstanceOf(DecodeFailureException.class);
            assertThat(bytes.read(CONTENT.length, 0)).isEmpty();
        }
    }

    @Test
    void anEmptyObjectOpensWithoutARequest() {
        objects.put("empty.tif", new byte[0]);
        StoredImage image = store(Duration.ofSeconds(5)).resolve("empty.tif");

        try (ByteSource bytes = image.open()) {
            assertThat(bytes.size()).isZero();
        }
        assertThat(objects.reads).isEmpty();
    }

    @Test
    void anotherStoresImagesAreNotItsOwn() {
        RemoteImageStore store = store(Duration.ofSeconds(5));
        RemoteImageStore other = new RemoteImageStore(objects, store.settings(), clock);

        assertThat(other.unchanged(store.resolve("a/image.tif"))).isFalse();
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> new RemoteSettings(0, 1, Duration.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RemoteSettings(1, -1, Duration.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RemoteSettings(1, 1, Duration.ofSeconds(-1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RemoteSettings.defaults().blockSize()).isEqualTo(65536);
    }
}
