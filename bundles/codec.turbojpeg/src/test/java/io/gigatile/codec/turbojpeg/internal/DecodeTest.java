/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.codec.turbojpeg.internal.Jpegs.Difference;
import io.gigatile.codec.turbojpeg.internal.Jpegs.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Streams the JDK wrote decode as the JDK's reader decodes them, within rounding: the same libjpeg algorithms
 * (accurate inverse DCT, smooth chroma upsampling), perhaps another implementation of them.
 */
class DecodeTest {
    private final TurboJpegCodec codec = Jpegs.codec();

    @AfterEach
    void close() {
        codec.deactivate();
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "1, 8, 8", "1, 255, 97", "1, 256, 256", "1, 17, 300", "3, 1, 1", "3, 8, 8", "3, 255, 97",
        "3, 256, 256", "3, 17, 300", "3, 1000, 3"})
    void decodesAsTheJdkDoes(int bands, int width, int height) {
        byte[] jpeg = Jpegs.jdkEncode(Jpegs.picture(width, height, bands), 90);

        byte[] samples = codec.decode(jpeg, width, height, bands, false);

        Image jdk = Jpegs.jdkDecode(jpeg);
        assertThat(jdk.bands()).isEqualTo(bands);
        assertThat(samples).hasSize(width * height * bands);
        Difference d = Jpegs.difference(samples, jdk.samples());
        assertThat(d.mean()).as("mean difference").isLessThan(1.5);
        assertThat(d.max()).as("largest difference").isLessThanOrEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(value = JdkWriter.Variant.class, names = {"PROGRESSIVE", "YCBCR_444", "YCBCR_410", "ADOBE_RGB"})
    void otherKindsOfStreamDecodeAsTheJdkDecodesThem(JdkWriter.Variant variant) {
        Image picture = Jpegs.picture(255, 97, 3);
        byte[] jpeg = Jpegs.jdkEncode(picture, 90, variant);

        Difference d = Jpegs.difference(codec.decode(jpeg, 255, 97, 3, false), Jpegs.jdkDecode(jpeg).samples());

        assertThat(d.mean()).as("mean difference").isLessThan(1.5);
        assertThat(d.max()).as("largest difference").isLessThanOrEqualTo(4);
        // and near the picture itself: nothing decoded in the wrong colour space
        assertThat(Jpegs.difference(codec.decode(jpeg, 255, 97, 3, false), picture.samples()).mean()).isLessThan(3);
    }

    /** TurboJPEG's header call refuses the 4 x 2 luma sampling; libjpeg decodes it, and so does the codec. */
    @Test
    void aSamplingOutsideTurboJpegsNamedOnesIsDecodedAllTheSame() {
        byte[] jpeg = Jpegs.jdkEncode(Jpegs.picture(64, 48, 3), 90, JdkWriter.Variant.YCBCR_410);
        assertThat(Segments.lumaSampling(jpeg)).containsExactly(4, 2);

        assertThat(codec.decode(jpeg, 64, 48, 3, false)).hasSize(64 * 48 * 3);
    }

    @Test
    void decodingTheSameStreamTwiceGivesTheSameSamples() {
        byte[] jpeg = Jpegs.jdkEncode(Jpegs.picture(255, 97, 3), 75);

        assertThat(codec.decode(jpeg, 255, 97, 3, false)).isEqualTo(codec.decode(jpeg, 255, 97, 3, false));
    }

    @Test
    void theCallersArrayIsNotChanged() {
        byte[] jpeg = Jpegs.jdkEncode(Jpegs.picture(64, 64, 3), 90);
        byte[] copy = jpeg.clone();

        codec.decode(jpeg, 64, 64, 3, true);

        assertThat(jpeg).isEqualTo(copy);
    }
}
