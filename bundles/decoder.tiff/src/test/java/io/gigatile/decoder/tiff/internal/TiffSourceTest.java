/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a TIFF source reports beyond the contract: levels of each pyramid layout, metadata, and its file's life. */
class TiffSourceTest {
    private final TiffDecoder decoder = new TiffDecoder(TiffDecoder.jdkJpegReader());

    @Test
    void theActivatedDecoderUsesTheJdkJpegReader() {
        assertThat(TiffDecoder.jdkJpegReader().getClass().getName()).startsWith("com.sun.imageio.plugins.jpeg.");
        try (ImageSource source = Fixtures.open(new TiffDecoder(),
                Fixtures.file("tif-grey-jpeg-q85-1000x700-tile256-pyramid.tif"))) {
            assertThat(source.readTile(0, 3, 2).width()).isEqualTo(1000 - 3 * 256);
        }
    }

    @Test
    void aPyramidInTheDirectoryChainGivesItsLevels() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file("tif-rgb-deflate-1000x700-tile256-pyramid.tif"))) {
            assertThat(source.info().levels()).containsExactly(new Level(1000, 700, 256, 256),
                    new Level(500, 350, 256, 256), new Level(250, 175, 256, 256));
        }
    }

    @Test
    void aPyramidInSubIfdsGivesItsLevels() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file("tif-rgb-jpeg-q75-subifd-500x350-tile128-pyramid.tif"))) {
            assertThat(source.info().levels()).containsExactly(new Level(500, 350, 128, 128),
                    new Level(250, 175, 128, 128), new Level(125, 87, 128, 128));
        }
    }

    @Test
    void metadataComesFromTheFirstDirectory() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file("tif-rgb-deflate-icc-meta-300x200-tile64.tif"))) {
            ImageInfo info = source.info();

            // one stored level; a lower one is made on the fly until a level fits in one tile
            assertThat(info.levels()).containsExactly(new Level(300, 200, 64, 64), new Level(150, 100, 256, 256));
            assertThat(info.dpiX()).isCloseTo(300, within(0.01));
            assertThat(info.dpiY()).isCloseTo(300, within(0.01));
            assertThat(info.metadata()).containsEntry(ImageInfo.META_TITLE, "Gigatile test card")
                    .containsEntry(ImageInfo.META_DESCRIPTION, "A synthetic colour chart")
                    .containsEntry(ImageInfo.META_CREATOR, "The Gigatile Authors")
                    .containsEntry(ImageInfo.META_RIGHTS, "CC0-1.0")
                    .containsEntry(ImageInfo.META_DATE, "2026:01:02 03:04:05")
                    .containsEntry(ImageInfo.META_MAKE, "vips")
                    .containsEntry(ImageInfo.META_MODEL, "xyz");
            byte[] icc = info.iccProfile().orElseThrow();
            assertThat(new String(Arrays.copyOfRange(icc, 36, 40), StandardCharsets.US_ASCII)).isEqualTo("acsp");
        }
    }

    @Test
    void resolutionInCentimetresIsConverted() {
        // vips writes 10 pixels per centimetre unless told otherwise
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file("tif-rgb-lzw-500x350-tile128-pyramid.tif"))) {
            assertThat(source.info().dpiX()).isCloseTo(25.4, within(0.001));
            assertThat(source.info().iccProfile()).isEmpty();
            assertThat(source.info().metadata()).doesNotContainKey(ImageInfo.META_CREATOR);
        }
    }

    /** A storage outage while opening is passed on as it is: never a corrupt file, never a stack short of pages. */
    @Test
    void aStorageFailureIsPassedOnUnchanged() {
        for (String name : new String[] {"tif-rgb-deflate-1000x700-tile256-pyramid.tif", StackTest.SUBIFDS}) {
            StoredImage image = Fixtures.file(name);
            for (int failAt = 0; failAt < 6; failAt++) {
                try (ByteSource bytes = new FailingBytes(image.open(), failAt)) {
                    assertThatThrownBy(() -> decoder.open(image, bytes)).as(name + " failing at read " + failAt)
                            .isInstanceOf(SourceUnavailableException.class);
                }
            }
        }
    }

    /** Bytes whose storage goes away after some reads. */
    private static final class FailingBytes implements ByteSource {
        private final ByteSource bytes;
        private final AtomicInteger left;

        FailingBytes(ByteSource bytes, int reads) {
            this.bytes = bytes;
            this.left = new AtomicInteger(reads);
        }

        @Override
        public long size() {
            return bytes.size();
        }

        @Override
        public void read(long position, ByteBuffer target) {
            if (left.getAndDecrement() <= 0) {
                throw new SourceUnavailableException("image store unavailable", null);
            }
            bytes.read(position, target);
        }

        @Override
        public void close() {
            bytes.close();
        }
    }
}
