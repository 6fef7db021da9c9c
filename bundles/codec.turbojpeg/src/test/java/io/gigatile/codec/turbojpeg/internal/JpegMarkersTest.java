/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.DecodeFailureException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The RGB marking in Java, before any stream reaches TurboJPEG. */
class JpegMarkersTest {
    private static final int APP15 = 0xef;

    @Test
    void anAdobeRgbMarkerComesFirstAndTheJfifMarkerIsHidden() {
        byte[] jpeg = Jpegs.jdkEncode(Jpegs.picture(16, 16, 3), 90);
        int jfif = Segments.find(jpeg, Segments.APP0);

        byte[] marked = JpegMarkers.markedRgb(jpeg);

        assertThat(marked).hasSize(jpeg.length + 16);
        assertThat(Segments.find(marked, Segments.APP14)).isEqualTo(2);
        assertThat(marked[2 + 15]).as("transform").isZero();
        assertThat(Segments.find(marked, Segments.APP0)).isNegative();
        assertThat(marked[jfif + 16 + 1] & 0xff).isEqualTo(APP15);
        // everything else as it was
        assertThat(Arrays.copyOfRange(marked, jfif + 16 + 2, marked.length))
                .isEqualTo(Arrays.copyOfRange(jpeg, jfif + 2, jpeg.length));
    }

    @Test
    void anAdobeMarkerOfTheStreamIsHiddenBehindTheNewOne() {
        byte[] jpeg = Jpegs.jdkEncode(Jpegs.picture(16, 16, 3), 90, JdkWriter.Variant.ADOBE_RGB);
        int adobe = Segments.find(jpeg, Segments.APP14);

        byte[] marked = JpegMarkers.markedRgb(jpeg);

        assertThat(marked[adobe + 16 + 1] & 0xff).isEqualTo(APP15);
    }

    @Test
    void malformedSegmentsAreRefused() {
        byte[] jpeg = Jpegs.jdkEncode(Jpegs.picture(16, 16, 3), 90);
        byte[] badLength = jpeg.clone();
        badLength[4] = (byte) 0xff;
        byte[] noMarker = jpeg.clone();
        noMarker[2] = 0x12;
        byte[] noScan = Arrays.copyOf(jpeg, Segments.find(jpeg, Segments.SOF0) + 4);

        for (byte[] bad : new byte[][] {badLength, noMarker, noScan, {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}}) {
            assertThatThrownBy(() -> JpegMarkers.markedRgb(bad)).isInstanceOf(DecodeFailureException.class);
        }
    }
}
