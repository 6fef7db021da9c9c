/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.testing.LocalImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken files fail cleanly, quickly, and leave the decoder working. The broken fixtures are refused by the Java
 * header reader before OpenJPEG sees them; the files made here from valid ones (a codestream cut short, bytes
 * overwritten) reach OpenJPEG.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BrokenFilesTest {
    private static final String GOOD = "jp2-rgb-640x480-tile256-r5-l3.jp2";

    private final OpenJpegLibrary library = Fixtures.library();
    private final OpenJpegDecoder decoder = new OpenJpegDecoder(library, 1, OpenJpegDecoder.DEFAULT_MAX_PIXELS,
            OpenJpegDecoder.TILE_SIZE);

    @TempDir
    Path dir;

    /** The lying SIZ (a million pixels square) may be refused as such or as more than the limit. */
    @ParameterizedTest
    @ValueSource(strings = {"jp2-truncated.jp2", "jp2-bad-box.jp2", "jp2-lying-siz.jp2"})
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void brokenFixturesFailAndTheDecoderKeepsWorking(String name) {
        assertThatThrownBy(() -> readEverything(Fixtures.path(name)))
                .isInstanceOfAny(DecodeFailureException.class, LimitExceededException.class);

        assertThatCode(() -> readEverything(Fixtures.path(GOOD))).doesNotThrowAnyException();
    }

    @Test
    void aCodestreamCutShortFailsWhereItsDataIsMissing() throws IOException {
        byte[] codestream = Files.readAllBytes(Fixtures.path("j2k-grey-500x350-tile128-r4-l2.j2k"));
        Path cut = dir.resolve("cut.j2k");
        Files.write(cut, Arrays.copyOf(codestream, codestream.length * 6 / 10));

        try (Opened image = Opened.open(decoder, LocalImages.of(cut))) {
            // the last codestream tile lies in the part cut off: the tile index finds it missing before OpenJPEG
            assertThatThrownBy(() -> image.source().readTile(0, 1, 1, ImageSource.ALL_LAYERS))
                    .isInstanceOf(DecodeFailureException.class)
                    .hasMessage("the JPEG 2000 codestream is truncated or corrupt: a tile is missing");
            assertThat(image.source().readTile(0, 0, 0, ImageSource.ALL_LAYERS).width()).isEqualTo(256);
        }
        assertThat(library.callbacks().live()).isZero();
    }

    /**
     * Overwritten bytes anywhere after the file's first 200: every read decodes or fails with a decode failure,
     * and nothing crashes (a run of 6000 such files, of four fixtures, found no other outcome).
     */
    @Test
    void overwrittenBytesDecodeOrFailButNeverCrash() throws IOException {
        byte[] good = Files.readAllBytes(Fixtures.path(GOOD));
        Random random = new Random(42);
        int failures = 0;
        for (int v = 0; v < 40; v++) {
            byte[] bad = good.clone();
            for (int f = random.nextInt(20); f >= 0; f--) {
                bad[200 + random.nextInt(bad.length - 200)] = (byte) random.nextInt(256);
            }
            Path file = dir.resolve("overwritten-" + v + ".jp2");
            Files.write(file, bad);
            failures += readEverythingCountingFailures(file);
        }

        assertThat(failures).isPositive();
        assertThat(library.callbacks().live()).isZero();
        assertThatCode(() -> readEverything(Fixtures.path(GOOD))).doesNotThrowAnyException();
    }

    private void readEverything(Path file) {
        try (Opened image = Opened.open(decoder, LocalImages.of(file))) {
            for (int l = 0; l < image.source().info().levels().size(); l++) {
                Level level = image.source().info().levels().get(l);
                for (int y = 0; y < level.tilesDown(); y++) {
                    for (int x = 0; x < level.tilesAcross(); x++) {
                        image.source().readTile(l, x, y, ImageSource.ALL_LAYERS);
                    }
                }
            }
        }
    }

    /** @return the number of reads (the opening counted as one) that failed, with decode failures only */
    private int readEverythingCountingFailures(Path file) {
        int failures = 0;
        Opened image;
        try {
            image = Opened.open(decoder, LocalImages.of(file));
        } catch (DecodeFailureException e) {
            return 1;
        }
        try (image) {
            for (int l = 0; l < image.source().info().levels().size(); l++) {
                Level level = image.source().info().levels().get(l);
                for (int y = 0; y < level.tilesDown(); y++) {
                    for (int x = 0; x < level.tilesAcross(); x++) {
                        try {
                            image.source().readTile(l, x, y, ImageSource.ALL_LAYERS);
                        } catch (DecodeFailureException e) {
                            failures++;
                        }
                    }
                }
            }
        }
        return failures;
    }
}
