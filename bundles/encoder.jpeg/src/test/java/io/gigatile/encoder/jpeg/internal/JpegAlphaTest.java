/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.jpeg.internal;

import static io.gigatile.api.testing.Encoding.decode;
import static io.gigatile.api.testing.Encoding.encode;
import static io.gigatile.api.testing.Encoding.quality;
import static io.gigatile.encoder.jpeg.internal.Jpegs.gradient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Raster;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Alpha is dropped: opaque rasters as they are, others composited onto white. */
class JpegAlphaTest {
    private final JpegEncoder encoder = new JpegEncoder(75);

    @Test
    void opaqueAlphaEncodesExactlyAsWithoutIt() {
        Raster rgb = gradient(40, 24, 3, 5);
        Raster grey = gradient(40, 24, 1, 5);

        assertThat(encode(encoder, withAlpha(rgb, 255), EncodeOptions.DEFAULT))
                .isEqualTo(encode(encoder, rgb, EncodeOptions.DEFAULT));
        assertThat(encode(encoder, withAlpha(grey, 255), EncodeOptions.DEFAULT))
                .isEqualTo(encode(encoder, grey, EncodeOptions.DEFAULT));
    }

    @Test
    void rgbaIsCompositedOntoWhite() {
        // Three 16-pixel-wide flat blocks, so JPEG keeps their colours closely.
        int width = 48;
        int height = 16;
        byte[] samples = new byte[width * height * 4];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int at = (y * width + x) * 4;
                int block = x / 16;
                samples[at] = (byte) 200;
                samples[at + 1] = (byte) 40;
                samples[at + 2] = (byte) 40;
                samples[at + 3] = (byte) (block == 0 ? 0 : block == 1 ? 128 : 255);
            }
        }

        BufferedImage image = decode(encode(encoder, Raster.ofBytes(width, height, 4, ColourSpace.SRGB, samples),
                quality(100)));

        assertRgb(image, 8, 255, 255, 255);
        assertRgb(image, 24, 228, 148, 148);
        assertRgb(image, 40, 200, 40, 40);
    }

    @Test
    void greyAlphaIsCompositedOntoWhite() {
        byte[] samples = new byte[32 * 16 * 2];
        for (int i = 0; i < samples.length; i += 2) {
            samples[i] = (byte) 0;
            samples[i + 1] = (byte) ((i / 2) % 32 < 16 ? 0 : 64);
        }

        BufferedImage image = decode(encode(encoder, Raster.ofBytes(32, 16, 2, ColourSpace.GREY, samples),
                quality(100)));

        assertThat(image.getRaster().getNumBands()).isEqualTo(1);
        assertThat(image.getRaster().getSample(8, 8, 0)).isCloseTo(255, within(2));
        assertThat(image.getRaster().getSample(24, 8, 0)).isCloseTo(191, within(2));
    }

    @Test
    void inputIsNotChanged() {
        Raster rgba = withAlpha(gradient(20, 20, 3, 1), 100);
        byte[] before = rgba.bytes().clone();

        encode(encoder, rgba, EncodeOptions.DEFAULT);

        assertThat(rgba.bytes()).isEqualTo(before);
    }

    private static void assertRgb(BufferedImage image, int x, int r, int g, int b) {
        int[] pixel = image.getRaster().getPixel(x, 8, new int[3]);
        assertThat(pixel[0]).as("red at " + x).isCloseTo(r, within(4));
        assertThat(pixel[1]).as("green at " + x).isCloseTo(g, within(4));
        assertThat(pixel[2]).as("blue at " + x).isCloseTo(b, within(4));
    }

    private static Raster withAlpha(Raster raster, int alpha) {
        int bands = raster.bands();
        byte[] in = raster.bytes();
        byte[] out = new byte[in.length / bands * (bands + 1)];
        for (int i = 0, o = 0; i < in.length; i += bands) {
            System.arraycopy(in, i, out, o, bands);
            o += bands;
            out[o++] = (byte) alpha;
        }
        return Raster.ofBytes(raster.width(), raster.height(), bands + 1, raster.colourSpace(), out);
    }
}
