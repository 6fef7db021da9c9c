/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import io.gigatile.api.UnsupportedFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrupt, truncated and lying files, and failing storage: each a short, typed error. */
class BrokenFilesTest {
    private final ImageIoDecoder decoder = Fixtures.decoder();

    @Test
    void aTruncatedJpegServesWhatItHoldsAndFailsBriefly() {
        // reads of one row of tiles each, so that the first row lies before the cut
        ImageIoDecoder oneRowStrips = Fixtures.decoder(new Limits(1_000_000_000L, 700 * 2 * 256, 64_000_000L,
                Set.of("jpeg")), 1 << 20, 1);
        try (ImageSource source = Fixtures.open(oneRowStrips, Fixtures.file("jpg-rgb-truncated-700x500.jpg"))) {
            Level last = source.info().levels().get(0);

            assertThat(source.readTile(0, 0, 0).width()).isEqualTo(256);
            assertThatThrownBy(() -> source.readTile(0, 0, last.tilesDown() - 1))
                    .isInstanceOf(DecodeFailureException.class)
                    .hasMessage("the JPEG image is corrupt or truncated");
        }
    }

    @Test
    void aTruncatedPngFailsBriefly() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file("png-rgb-truncated-700x500.png"))) {
            int lastLevel = source.info().levels().size() - 1;

            assertThatThrownBy(() -> source.readTile(lastLevel, 0, 0))
                    .isInstanceOf(DecodeFailureException.class)
                    .hasMessage("the PNG image is corrupt or truncated");
        }
    }

    @Test
    void garbageAfterAJpegMarkerIsCorrupt() {
        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file("jpg-garbage.jpg")))
                .isInstanceOf(DecodeFailureException.class)
                .hasMessageNotContaining("/");
    }

    @Test
    void aHeaderClaimingTooManyPixelsIsRefusedBeforeAnythingIsDecoded() {
        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file("png-lying-100000x100000.png")))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("10000.0 Mpixel").hasMessageContaining("maxImageMegapixels");
    }

    @Test
    void aHeaderClaimingMoreThanItsDataHoldsFailsOnTheFirstStripWithinBoundedMemory() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file("png-lying-20000x20000.png"))) {
            assertThat(source.info().width()).isEqualTo(20000);

            assertThatThrownBy(() -> source.readTile(0, 0, 0)).isInstanceOf(DecodeFailureException.class);
            int lastLevel = source.info().levels().size() - 1;
            assertThatThrownBy(() -> source.readTile(lastLevel, 0, 0)).isInstanceOf(DecodeFailureException.class);
        }
    }

    @Test
    void anImageTooWideForOneReadIsALimitNamingIt() {
        Limits narrow = new Limits(1_000_000_000L, 300_000L, 64_000_000L, Set.of("png"));
        ImageIoDecoder small = Fixtures.decoder(narrow, 1 << 20, 1);

        assertThatThrownBy(() -> Fixtures.open(small, Fixtures.file("png-rgb-700x500.png")))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("maxReadMegapixels");
    }

    @Test
    void aReaderThatDecodesWholeImagesIsLimitedByItsOwnBound() {
        Limits wholeSmall = new Limits(1_000_000_000L, 16_000_000L, 50_000L, Set.of("png", "jpeg"));
        ImageIoDecoder small = Fixtures.decoder(wholeSmall, 1 << 20, 1);

        assertThatThrownBy(() -> Fixtures.open(small, Fixtures.file("webp-rgb-lossless-300x200.webp")))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("WEBP").hasMessageContaining("maxWholeDecodeMegapixels");
        Fixtures.open(small, Fixtures.file("png-rgb-700x500.png")).close();
    }

    @Test
    void whatNoReaderRecognisesIsUnsupported(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.jpg"), "not an image at all");

        assertThatThrownBy(() -> Fixtures.open(decoder, io.gigatile.api.testing.LocalImages.of(text)))
                .isInstanceOf(UnsupportedFormatException.class);
    }

    @Test
    void excludedFormatsAreLeftToTheirOwnDecoders() {
        ReaderProviders providers = new ReaderProviders(ReaderProviders.jdkProviders(), Set.of("tif", "tiff"));

        assertThat(providers.ordered()).noneMatch(spi -> ReaderProviders.isAnyOf(spi, Set.of("tiff")));
        assertThat(providers.ordered()).anyMatch(spi -> ReaderProviders.isAnyOf(spi, Set.of("png")));
    }

    @Test
    void aStorageFailureDuringAReadStaysAStorageFailure() {
        StoredImage image = Fixtures.file("jpg-rgb-q90-700x500.jpg");
        AtomicBoolean down = new AtomicBoolean();
        try (ByteSource real = image.open()) {
            ByteSource failing = new ByteSource() {
                @Override
                public long size() {
                    return real.size();
                }

                @Override
                public void read(long position, ByteBuffer target) {
                    if (down.get()) {
                        throw new SourceUnavailableException("the store does not answer", null);
                    }
                    real.read(position, target);
                }

                @Override
                public void close() {
                }
            };
            ImageSource source = decoder.open(image, failing);
            down.set(true);

            assertThatThrownBy(() -> source.readTile(0, 0, 0)).isInstanceOf(SourceUnavailableException.class);
            source.close();
        }
    }
}
