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

/**
 * {@code rgb = true}: the three components come out as stored, never through the YCbCr to RGB transform, whatever
 * the stream's markers say; {@code rgb = false}: the markers decide, as for libjpeg and the JDK.
 */
class RgbStreamTest {
    private static final int W = 255;
    private static final int H = 97;

    private final TurboJpegCodec codec = Jpegs.codec();
    private final Image picture = Jpegs.picture(W, H, 3);

    @AfterEach
    void close() {
        codec.deactivate();
    }

    /**
     * A JFIF stream holds YCbCr: read as RGB it gives the Y, Cb and Cr samples themselves, which JFIF's transform
     * turns into what the ordinary decode gives.
     */
    @Test
    void aYcbcrStreamReadAsRgbGivesItsComponentsUntransformed() {
        byte[] jpeg = Jpegs.jdkEncode(picture, 90);
        assertThat(Segments.find(jpeg, Segments.APP0)).as("JFIF marker").isPositive();

        byte[] converted = codec.decode(jpeg, W, H, 3, false);
        byte[] stored = codec.decode(jpeg, W, H, 3, true);

        assertThat(Jpegs.difference(stored, converted).mean()).as("no transform applied").isGreaterThan(20);
        Difference d = Jpegs.difference(jfifToRgb(stored), converted);
        assertThat(d.max()).as("the transform done here").isLessThanOrEqualTo(2);
    }

    /**
     * RGB stored without a marker saying so (component ids 1, 2, 3, no JFIF or Adobe marker, as some TIFF writers
     * make their tiles): libjpeg takes it for YCbCr unless the caller says it is RGB.
     */
    @Test
    void rgbStoredWithoutMarkersNeedsTheCallerToSaySo() {
        byte[] adobe = Jpegs.jdkEncode(picture, 90, JdkWriter.Variant.ADOBE_RGB);
        byte[] bare = Segments.without(adobe, Segments.APP14);
        assertThat(Segments.find(bare, Segments.APP14)).isNegative();
        assertThat(Segments.find(bare, Segments.APP0)).isNegative();

        byte[] asRgb = codec.decode(bare, W, H, 3, true);

        assertThat(Jpegs.difference(asRgb, picture.samples()).mean()).isLessThan(3);
        assertThat(asRgb).isEqualTo(codec.decode(adobe, W, H, 3, false));
        assertThat(Jpegs.difference(codec.decode(bare, W, H, 3, false), picture.samples()).mean())
                .as("taken for YCbCr").isGreaterThan(20);
    }

    @Test
    void aStreamMarkedRgbIsRgbEitherWay() {
        byte[] adobe = Jpegs.jdkEncode(picture, 90, JdkWriter.Variant.ADOBE_RGB);

        assertThat(codec.decode(adobe, W, H, 3, true)).isEqualTo(codec.decode(adobe, W, H, 3, false));
    }

    @Test
    void greyIgnoresTheFlag() {
        byte[] jpeg = Jpegs.jdkEncode(Jpegs.picture(W, H, 1), 90);

        assertThat(codec.decode(jpeg, W, H, 1, true)).isEqualTo(codec.decode(jpeg, W, H, 1, false));
    }

    /** JFIF's YCbCr to RGB transform (ITU-R BT.601, full range), rounded and clamped. */
    private static byte[] jfifToRgb(byte[] ycc) {
        byte[] rgb = new byte[ycc.length];
        for (int i = 0; i < ycc.length; i += 3) {
            double y = ycc[i] & 0xff;
            double cb = (ycc[i + 1] & 0xff) - 128;
            double cr = (ycc[i + 2] & 0xff) - 128;
            rgb[i] = clamp(y + 1.402 * cr);
            rgb[i + 1] = clamp(y - 0.344136 * cb - 0.714136 * cr);
            rgb[i + 2] = clamp(y + 1.772 * cb);
        }
        return rgb;
    }

    private static byte clamp(double v) {
        return (byte) Math.max(0, Math.min(255, Math.round(v)));
    }
}
