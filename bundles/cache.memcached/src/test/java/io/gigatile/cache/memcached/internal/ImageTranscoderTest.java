/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import static io.gigatile.cache.memcached.internal.Fixtures.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.RenderedImage;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import net.spy.memcached.CachedData;
import org.junit.jupiter.api.Test;

class ImageTranscoderTest {
    private final ImageTranscoder transcoder = new ImageTranscoder(1 << 20);

    @Test
    void encodesEveryFieldAndDecodesThemBack() {
        RenderedImage image = new RenderedImage(new byte[] {1, 2, 3}, "image/webp",
                Instant.parse("1969-12-31T23:59:59.000000001Z"), "größe 2", "ключ with spaces\r\n");

        CachedData data = transcoder.encode(image);

        assertThat(data.getFlags()).isEqualTo(ImageTranscoder.FLAGS);
        assertThat(data.getData()).hasSize((int) ImageTranscoder.encodedSize(image));
        assertThat(data.getData()[0]).isEqualTo(ImageTranscoder.FORMAT);
        assertThat(transcoder.decode(data)).usingRecursiveComparison().isEqualTo(image);
        assertThat(transcoder.asyncDecode(data)).isFalse();
    }

    @Test
    void theLayoutIsFixed() {
        byte[] data = transcoder.encode(new RenderedImage(new byte[] {9}, "a", Instant.ofEpochSecond(2, 3), "v",
                "k")).getData();

        assertThat(data).containsExactly(1, 0, 0, 0, 1, 'a', 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 1, 'v', 0,
                0, 0, 1, 'k', 0, 0, 0, 1, 9);
    }

    @Test
    void anythingElseDecodesToNull() {
        byte[] good = transcoder.encode(image("key", 100)).getData();
        byte[] otherFormat = good.clone();
        otherFormat[0] = 2;
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        byte[] badLength = good.clone();
        ByteBuffer.wrap(badLength).putInt(1, -5);
        byte[] hugeLength = good.clone();
        ByteBuffer.wrap(hugeLength).putInt(1, Integer.MAX_VALUE);
        byte[] badTime = good.clone();
        ByteBuffer.wrap(badTime).putLong(1 + 4 + "image/jpeg".length(), Long.MAX_VALUE);

        assertThat(transcoder.decode(new CachedData(0, good, Integer.MAX_VALUE))).isNull();
        assertThat(transcoder.decode(new CachedData(ImageTranscoder.FLAGS, new byte[0], 10))).isNull();
        for (byte[] damaged : new byte[][] {otherFormat, longer, badLength, hugeLength, badTime,
                Arrays.copyOf(good, good.length - 1), Arrays.copyOf(good, 20), "GIF89a....".getBytes()}) {
            assertThat(transcoder.decode(new CachedData(ImageTranscoder.FLAGS, damaged, Integer.MAX_VALUE)))
                    .isNull();
        }
    }

    @Test
    void valuesOverTheLimitAreNotRead() {
        byte[] data = transcoder.encode(image("key", 2000)).getData();

        assertThat(new ImageTranscoder(data.length).decode(new CachedData(ImageTranscoder.FLAGS, data, data.length)))
                .isNotNull();
        assertThat(new ImageTranscoder(data.length - 1).decode(
                new CachedData(ImageTranscoder.FLAGS, data, data.length))).isNull();
    }
}
