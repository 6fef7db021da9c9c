/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.webp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Raster;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.LimitExceededException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * WebP written by Debian's libwebp (the CI installs libwebp7; without it these tests fail rather than skip) and
 * read back with TwelveMonkeys' WebP reader.
 */
class WebpEncoderTest {
    private static final WebpLibrary LIBRARY = WebpLibrary.load(WebpLibrary.NAMES).api()
            .orElseThrow(() -> new AssertionError("libwebp did not load: " + WebpLibrary.load(WebpLibrary.NAMES)
                    .reason()));

    private static byte[] encode(WebpEncoder encoder, Raster raster, int quality) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encode(raster, new EncodeOptions(quality, null, null), out);
        byte[] webp = out.toByteArray();
        assertThat(new String(webp, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(webp, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        return webp;
    }

    private static BufferedImage read(byte[] webp) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(webp));
        assertThat(image).isNotNull();
        return image;
    }

    private static Raster gradient(int bands) {
        byte[] s = new byte[120 * 80 * bands];
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 120; x++) {
                for (int b = 0; b < bands; b++) {
                    s[(y * 120 + x) * bands + b] = (byte) (b == 3 ? 255 - x : x * 2 + y * b);
                }
            }
        }
        return Raster.ofBytes(120, 80, bands, bands >= 3 ? ColourSpace.SRGB : ColourSpace.GREY, s);
    }

    @Test
    void losslessComesBackExactlyWithItsAlpha() throws IOException {
        Raster rgba = gradient(4);
        BufferedImage back = read(encode(new WebpEncoder(LIBRARY, -1), rgba, -1));
        assertThat(back.getWidth()).isEqualTo(120);
        for (int y = 0; y < 80; y += 7) {
            for (int x = 0; x < 120; x += 11) {
                int at = (y * 120 + x) * 4;
                byte[] s = rgba.bytes();
                int argb = (s[at + 3] & 0xff) << 24 | (s[at] & 0xff) << 16 | (s[at + 1] & 0xff) << 8 | s[at + 2] & 0xff;
                assertThat(back.getRGB(x, y)).as(x + "," + y).isEqualTo(argb);
            }
        }
    }

    @Test
    void lossyIsCloseAndSmallerAtLowerQuality() throws IOException {
        Raster rgb = gradient(3);
        WebpEncoder encoder = new WebpEncoder(LIBRARY, 50);
        byte[] high = encode(encoder, rgb, 95);
        byte[] low = encode(encoder, rgb, 10);
        assertThat(low.length).isLessThan(high.length);
        BufferedImage back = read(high);
        long error = 0;
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 120; x++) {
                int v = back.getRGB(x, y);
                int at = (y * 120 + x) * 3;
                error += Math.abs((v >> 16 & 0xff) - (rgb.bytes()[at] & 0xff))
                        + Math.abs((v >> 8 & 0xff) - (rgb.bytes()[at + 1] & 0xff));
            }
        }
        assertThat(error / (120.0 * 80 * 2)).as("mean error per sample at quality 95").isLessThan(4);
    }

    @Test
    void greyGoesOutAsColour() throws IOException {
        BufferedImage back = read(encode(new WebpEncoder(LIBRARY, -1), gradient(1), -1));
        assertThat(back.getRGB(10, 5) & 0xffffff).isEqualTo(20 * 0x010101);
    }

    @Test
    void whatWebpCannotHoldIsRefusedBeforeNativeCode() {
        WebpEncoder encoder = new WebpEncoder(LIBRARY, 50);
        Raster wide = Raster.ofBytes(WebpLibrary.MAX_SIDE + 1, 1, 1, ColourSpace.GREY,
                new byte[WebpLibrary.MAX_SIDE + 1]);
        assertThatThrownBy(() -> encode(encoder, wide, 50)).isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("16383");
        Raster deep = Raster.ofFloats(2, 2, 1, ColourSpace.GREY, new float[4]);
        assertThatThrownBy(() -> encode(encoder, deep, 50)).isInstanceOf(UnsupportedFormatException.class);
    }

    @Test
    void aMissingLibraryIsAReasonNotAFailure() {
        var none = WebpLibrary.load(List.of("no-such-webp-library"));
        assertThat(none.api()).isEmpty();
        assertThat(none.reason()).contains("no-such-webp-library");
        assertThat(LIBRARY.toString()).startsWith("libwebp 1.");
    }
}
