/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.avif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Raster;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.testing.Vips;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AVIF written by Debian's libavif (the CI installs it with vips; without it these tests fail rather than skip) and
 * read back with vips.
 */
class AvifEncoderTest {
    private static final AvifLibrary LIBRARY = AvifLibrary.load(AvifLibrary.NAMES).api()
            .orElseThrow(() -> new AssertionError("libavif did not load: " + AvifLibrary.load(AvifLibrary.NAMES)
                    .reason()));

    private static byte[] encode(AvifEncoder encoder, Raster raster, EncodeOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encode(raster, options, out);
        byte[] avif = out.toByteArray();
        assertThat(new String(avif, 4, 8, StandardCharsets.US_ASCII)).isEqualTo("ftypavif");
        return avif;
    }

    private static Raster gradient(int bands) {
        byte[] s = new byte[120 * 80 * bands];
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 120; x++) {
                for (int b = 0; b < bands; b++) {
                    boolean alpha = b == 3 || bands == 2 && b == 1;
                    s[(y * 120 + x) * bands + b] = (byte) (alpha ? 255 - x : x * 2 + y * b);
                }
            }
        }
        return Raster.ofBytes(120, 80, bands, bands >= 3 ? ColourSpace.SRGB : ColourSpace.GREY, s);
    }

    private static int argb(Raster raster, int x, int y) {
        byte[] s = raster.bytes();
        int bands = raster.bands();
        int at = (y * raster.width() + x) * bands;
        int r = s[at] & 0xff;
        int g = bands >= 3 ? s[at + 1] & 0xff : r;
        int b = bands >= 3 ? s[at + 2] & 0xff : r;
        int a = bands == 2 || bands == 4 ? s[at + bands - 1] & 0xff : 255;
        return a << 24 | r << 16 | g << 8 | b;
    }

    @Test
    void losslessComesBackExactlyForEveryLayout() throws IOException {
        AvifEncoder encoder = new AvifEncoder(LIBRARY, -1, 0, 10);
        for (int bands = 1; bands <= 4; bands++) {
            Raster raster = gradient(bands);
            BufferedImage back = Vips.decode(encode(encoder, raster, EncodeOptions.DEFAULT), "avif");
            for (int y = 0; y < 80; y++) {
                for (int x = 0; x < 120; x++) {
                    int got = back.getColorModel().getNumComponents() < 3 ? grey(back, x, y) : back.getRGB(x, y);
                    if (bands == 1 || bands == 3) {
                        got |= 0xff000000;
                    }
                    assertThat(Integer.toHexString(got)).as("%d bands at %d,%d", bands, x, y)
                            .isEqualTo(Integer.toHexString(argb(raster, x, y)));
                }
            }
        }
    }

    private static int grey(BufferedImage image, int x, int y) {
        int v = image.getRaster().getSample(x, y, 0);
        int a = image.getRaster().getNumBands() == 2 ? image.getRaster().getSample(x, y, 1) : 255;
        return a << 24 | v * 0x010101;
    }

    @Test
    void aLowerQualityIsSmallerAndTheRequestsQualityCounts() throws IOException {
        Raster rgb = gradient(3);
        AvifEncoder encoder = new AvifEncoder(LIBRARY, 90, 0, 10);
        byte[] byDefault = encode(encoder, rgb, EncodeOptions.DEFAULT);
        byte[] low = encode(encoder, rgb, new EncodeOptions(5, null, null));
        assertThat(low.length).isLessThan(byDefault.length);
        assertThat(encode(encoder, rgb, new EncodeOptions(90, null, null))).isEqualTo(byDefault);
    }

    @Test
    void anIccProfileAndXmpAreEmbedded() throws IOException {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><!-- gigatile-xmp-mark --></x:xmpmeta>";
        byte[] avif = encode(new AvifEncoder(LIBRARY, 50, 0, 10), gradient(3), new EncodeOptions(-1, icc, xmp));
        String file = new String(avif, StandardCharsets.ISO_8859_1);
        assertThat(file).contains("colrprof").contains("gigatile-xmp-mark").contains("application/rdf+xml");
        assertThat(file).contains(new String(icc, 0, 64, StandardCharsets.ISO_8859_1));
        String plain = new String(encode(new AvifEncoder(LIBRARY, 50, 0, 10), gradient(3), EncodeOptions.DEFAULT),
                StandardCharsets.ISO_8859_1);
        // without a profile, sRGB is said with the colour code points (an nclx colour box)
        assertThat(plain).contains("colrnclx").doesNotContain("colrprof");
    }

    @Test
    void eachAv1EncoderOfThisLibavifWrites() throws IOException {
        for (int codec = 0; codec <= 3; codec++) {
            BufferedImage back = Vips.decode(encode(new AvifEncoder(LIBRARY, 80, codec, 10), gradient(3),
                    EncodeOptions.DEFAULT), "avif");
            assertThat(back.getWidth()).as("codec %d", codec).isEqualTo(120);
        }
        assertThat(LIBRARY.codecName(4)).isEqualTo("rav1e");
        // a number iipsrv does not have means the first encoder present, as in iipsrv
        assertThat(encode(new AvifEncoder(LIBRARY, 80, 9, 10), gradient(3), EncodeOptions.DEFAULT))
                .isEqualTo(encode(new AvifEncoder(LIBRARY, 80, 0, 10), gradient(3), EncodeOptions.DEFAULT));
    }

    @Test
    void whatAvifCannotHoldIsRefusedBeforeNativeCode() {
        AvifEncoder encoder = new AvifEncoder(LIBRARY, 50, 0, 10);
        Raster wide = Raster.ofBytes(AvifLibrary.MAX_SIDE + 1, 1, 1, ColourSpace.GREY,
                new byte[AvifLibrary.MAX_SIDE + 1]);
        assertThatThrownBy(() -> encode(encoder, wide, EncodeOptions.DEFAULT))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("65536");
        Raster deep = Raster.ofShorts(2, 2, 3, 16, io.gigatile.api.SampleType.UNSIGNED, ColourSpace.SRGB,
                new short[12]);
        assertThatThrownBy(() -> encode(encoder, deep, EncodeOptions.DEFAULT))
                .isInstanceOf(UnsupportedFormatException.class);
    }

    @Test
    void aMissingLibraryIsAReasonNotAFailure() {
        var none = AvifLibrary.load(List.of("no-such-avif-library"));
        assertThat(none.api()).isEmpty();
        assertThat(none.reason()).contains("no-such-avif-library");
        assertThat(LIBRARY.toString()).startsWith("libavif 0.11.").contains("aom");
    }
}
