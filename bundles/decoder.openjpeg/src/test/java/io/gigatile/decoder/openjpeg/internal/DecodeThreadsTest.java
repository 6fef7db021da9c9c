/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ImageSource;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * OpenJPEG decodes on the decoder's own threads, so that its native buffers stay in those threads' malloc arenas:
 * the bytes it reads are read there, not on the thread that asked, and the tile is the same. Once deactivated, the
 * decoder refuses reads as unavailable.
 */
class DecodeThreadsTest {
    private static final String RGB = "jp2-rgb-640x480-tile256-r5-l3.jp2";

    @Test
    void decodesRunOnTheDecodersThreadsAndGiveTheSameTile() {
        OpenJpegDecoder decoder = new OpenJpegDecoder(Fixtures.library(), 1, OpenJpegDecoder.DEFAULT_MAX_PIXELS,
                OpenJpegDecoder.TILE_SIZE, 2);
        StoredImage image = Fixtures.file(RGB);
        Set<String> readers = ConcurrentHashMap.newKeySet();
        try (ByteSource bytes = new Watched(image.open(), readers)) {
            ImageSource source = decoder.open(image, bytes);
            readers.clear();
            int[] first = Samples.all(source.readTile(0, 1, 1));
            int[] again = Samples.all(source.readTile(0, 1, 1));

            assertThat(readers).isNotEmpty().allMatch(name -> name.startsWith("openjpeg-decode-"));
            assertThat(again).isEqualTo(first);

            decoder.deactivate();
            assertThatThrownBy(() -> source.readTile(0, 0, 0)).isInstanceOf(SourceUnavailableException.class);
        } finally {
            decoder.deactivate();
        }
    }

    /** Bytes that note the name of every thread that reads them. */
    private static final class Watched implements ByteSource {
        private final ByteSource bytes;
        private final Set<String> readers;

        Watched(ByteSource bytes, Set<String> readers) {
            this.bytes = bytes;
            this.readers = readers;
        }

        @Override
        public long size() {
            return bytes.size();
        }

        @Override
        public void read(long position, ByteBuffer target) {
            readers.add(Thread.currentThread().getName());
            bytes.read(position, target);
        }

        @Override
        public void close() {
            bytes.close();
        }
    }
}
