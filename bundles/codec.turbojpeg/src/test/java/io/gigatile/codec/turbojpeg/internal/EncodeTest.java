/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.codec.turbojpeg.internal.Jpegs.Image;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the codec writes, read back by the JDK's reader. */
class EncodeTest {
    private final TurboJpegCodec codec = Jpegs.codec();

    @AfterEach
    void close() {
        codec.deactivate();
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "1, 255, 97", "1, 256, 256", "3, 1, 1", "3, 255, 97", "3, 256, 256", "3, 17, 300"})
    void theJdkReadsWhatItWrites(int bands, int width, int height) {
        Image picture = Jpegs.picture(width, height, bands);

        byte[] jpeg = codec.encode(picture.samples(), width, height, bands, 90);

        Image back = Jpegs.jdkDecode(jpeg);
        assertThat(back.width()).isEqualTo(width);
        assertThat(back.height()).isEqualTo(height);
        assertThat(back.bands()).isEqualTo(bands);
        assertThat(Jpegs.difference(back.samples(), picture.samples()).mean()).isLessThan(2.5);
        // and the codec reads it as the JDK does
        assertThat(Jpegs.difference(codec.decode(jpeg, width, height, bands, false), back.samples()).mean())
                .isLessThan(1.5);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void baselineJfifWithFourTwoZeroChroma(int bands) {
        byte[] jpeg = codec.encode(Jpegs.picture(64, 64, bands).samples(), 64, 64, bands, 90);

        assertThat(jpeg[0] & 0xff).isEqualTo(0xff);
        assertThat(jpeg[1] & 0xff).isEqualTo(0xd8);
        assertThat(Segments.find(jpeg, Segments.APP0)).as("JFIF marker").isEqualTo(2);
        assertThat(new String(jpeg, 6, 4, StandardCharsets.US_ASCII)).isEqualTo("JFIF");
        assertThat(Segments.find(jpeg, Segments.SOF0)).as("baseline frame").isPositive();
        assertThat(Segments.find(jpeg, Segments.SOF2)).isNegative();
        assertThat(jpeg[jpeg.length - 2] & 0xff).isEqualTo(0xff);
        assertThat(jpeg[jpeg.length - 1] & 0xff).isEqualTo(0xd9);
        if (bands == 3) {
            assertThat(Segments.lumaSampling(jpeg)).containsExactly(2, 2);
        }
    }

    @Test
    void higherQualityMakesLargerStreams() {
        byte[] samples = Jpegs.picture(256, 256, 3).samples();

        int q30 = codec.encode(samples, 256, 256, 3, 30).length;
        int q60 = codec.encode(samples, 256, 256, 3, 60).length;
        int q90 = codec.encode(samples, 256, 256, 3, 90).length;

        assertThat(q30).isLessThan(q60);
        assertThat(q60).isLessThan(q90);
    }

    @Test
    void qualityIsClampedToOneToOneHundred() {
        byte[] samples = Jpegs.picture(64, 64, 3).samples();

        assertThat(codec.encode(samples, 64, 64, 3, 0)).isEqualTo(codec.encode(samples, 64, 64, 3, 1));
        assertThat(codec.encode(samples, 64, 64, 3, -7)).isEqualTo(codec.encode(samples, 64, 64, 3, 1));
        assertThat(codec.encode(samples, 64, 64, 3, 101)).isEqualTo(codec.encode(samples, 64, 64, 3, 100));
    }

    @Test
    void theSamplesAreNotChanged() {
        byte[] samples = Jpegs.picture(64, 64, 3).samples();
        byte[] copy = samples.clone();

        codec.encode(samples, 64, 64, 3, 90);

        assertThat(samples).isEqualTo(copy);
    }

    @Test
    void sizesThatDoNotFitAreTheCallersMistake() {
        byte[] samples = new byte[64 * 64 * 3];

        assertThatThrownBy(() -> codec.encode(null, 64, 64, 3, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.encode(samples, 64, 63, 3, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.encode(Arrays.copyOf(samples, 64 * 64 * 2), 64, 64, 2, 90))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.encode(Arrays.copyOf(samples, 64 * 64 * 4), 64, 64, 4, 90))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.encode(samples, 0, 64, 3, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.encode(new byte[65501], 65501, 1, 1, 90))
                .isInstanceOf(IllegalArgumentException.class);
        // too many samples, whatever the array: refused before its length is compared
        assertThatThrownBy(() -> codec.encode(new byte[0], 65500, 8200, 1, 90))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than");
    }

    /** More samples than a tile's limit: the engine's largest output by default is 5000 x 5000 RGB. */
    @Test
    void imagesLargerThanTheDecodingLimitAreEncoded() {
        int side = 8200;
        assertThat((long) side * side).isGreaterThan(TurboJpegCodec.MAX_DECODED_SAMPLES);

        byte[] jpeg = codec.encode(new byte[side * side], side, side, 1, 75);

        assertThat(Jpegs.jdkDecode(jpeg).width()).isEqualTo(side);
    }

    @Test
    void theLargestSideLibjpegWritesIsWritten() {
        byte[] jpeg = codec.encode(new byte[65500 * 2], 65500, 2, 1, 50);

        assertThat(Jpegs.jdkDecode(jpeg).width()).isEqualTo(65500);
    }
}
