/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.jpeg.internal;

import static io.gigatile.encoder.jpeg.internal.Jpegs.iccProfile;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.JpegCodec;
import io.gigatile.api.Raster;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With a {@link JpegCodec} bound, the codec writes the pixels and the encoder does the rest around it. */
class JpegCodecPathTest {
    private final List<String> calls = new ArrayList<>();
    private final byte[] jdkJpeg;
    private final JpegEncoder encoder;

    JpegCodecPathTest() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JpegEncoder(75).encode(Raster.ofBytes(2, 1, 3, ColourSpace.SRGB, new byte[6]), EncodeOptions.DEFAULT,
                out);
        jdkJpeg = out.toByteArray();
        encoder = new JpegEncoder(60, new JpegCodec() {
            @Override
            public byte[] decode(byte[] jpeg, int width, int height, int bands, boolean rgb) {
                throw new AssertionError("not used");
            }

            @Override
            public byte[] encode(byte[] samples, int width, int height, int bands, int quality) {
                StringBuilder s = new StringBuilder(width + "x" + height + "x" + bands + " q" + quality + ":");
                for (byte b : samples) {
                    s.append(' ').append(b & 0xFF);
                }
                calls.add(s.toString());
                return jdkJpeg;
            }
        });
    }

    private byte[] encode(Raster raster, EncodeOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encode(raster, options, out);
        return out.toByteArray();
    }

    @Test
    void theCodecGetsColourSamplesWithAlphaCompositedOntoWhiteAndTheDefaultQuality() throws IOException {
        assertThat(encode(Raster.ofBytes(2, 1, 1, ColourSpace.GREY, new byte[] {1, 2}), EncodeOptions.DEFAULT))
                .isEqualTo(jdkJpeg);
        encode(Raster.ofBytes(2, 1, 2, ColourSpace.GREY, new byte[] {10, (byte) 255, 10, 0}),
                new EncodeOptions(90, null, null));
        encode(Raster.ofBytes(1, 1, 4, ColourSpace.SRGB, new byte[] {1, 2, 3, (byte) 255}), EncodeOptions.DEFAULT);
        assertThat(calls).containsExactly("2x1x1 q60: 1 2", "2x1x1 q90: 10 255", "1x1x3 q60: 1 2 3");
    }

    @Test
    void profilesAreSplicedIntoWhatTheCodecWrote() throws IOException {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        byte[] jpeg = encode(Raster.ofBytes(2, 1, 3, ColourSpace.SRGB, new byte[6]),
                new EncodeOptions(-1, profile, null));
        assertThat(iccProfile(jpeg)).isEqualTo(profile);
        assertThat(jpeg.length).isGreaterThan(jdkJpeg.length + profile.length);
    }
}
