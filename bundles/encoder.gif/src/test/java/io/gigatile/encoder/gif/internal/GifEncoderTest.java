/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.gif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Raster;
import io.gigatile.api.UnsupportedFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** GIFs written, read back with the JDK's reader and compared with what they were made from. */
class GifEncoderTest {
    private final GifEncoder encoder = new GifEncoder();

    private BufferedImage roundTrip(Raster raster) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encode(raster, EncodeOptions.DEFAULT, out);
        byte[] gif = out.toByteArray();
        assertThat(new String(gif, 0, 6, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("GIF8");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(gif));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(raster.width());
        assertThat(image.getHeight()).isEqualTo(raster.height());
        return image;
    }

    @Test
    void greyKeepsEveryLevel() throws IOException {
        byte[] s = new byte[256 * 4];
        for (int i = 0; i < s.length; i++) {
            s[i] = (byte) (i % 256);
        }
        BufferedImage back = roundTrip(Raster.ofBytes(256, 4, 1, ColourSpace.GREY, s));
        for (int x = 0; x < 256; x += 5) {
            assertThat(back.getRGB(x, 2) & 0xff).as("level %d", x).isEqualTo(x);
        }
    }

    @Test
    void fewColoursAreKeptExactly() throws IOException {
        int[][] colours = {{255, 0, 0}, {0, 128, 255}, {20, 200, 40}, {255, 255, 255}};
        byte[] s = new byte[40 * 40 * 3];
        for (int i = 0; i < 40 * 40; i++) {
            int[] c = colours[(i % 40) / 10];
            s[3 * i] = (byte) c[0];
            s[3 * i + 1] = (byte) c[1];
            s[3 * i + 2] = (byte) c[2];
        }
        BufferedImage back = roundTrip(Raster.ofBytes(40, 40, 3, ColourSpace.SRGB, s));
        for (int k = 0; k < 4; k++) {
            int[] c = colours[k];
            assertThat(back.getRGB(k * 10 + 5, 20) & 0xffffff).isEqualTo(c[0] << 16 | c[1] << 8 | c[2]);
        }
    }

    @Test
    void manyColoursComeBackClose() throws IOException {
        byte[] s = new byte[200 * 100 * 3];
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                int at = (y * 200 + x) * 3;
                s[at] = (byte) x;
                s[at + 1] = (byte) (y * 2);
                s[at + 2] = (byte) (255 - x);
            }
        }
        BufferedImage back = roundTrip(Raster.ofBytes(200, 100, 3, ColourSpace.SRGB, s));
        long error = 0;
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                int rgb = back.getRGB(x, y);
                error += Math.abs((rgb >> 16 & 0xff) - x) + Math.abs((rgb >> 8 & 0xff) - y * 2)
                        + Math.abs((rgb & 0xff) - (255 - x));
            }
        }
        assertThat(error / (200.0 * 100 * 3)).as("mean error per sample").isLessThan(12);
    }

    @Test
    void transparentPixelsStayTransparent() throws IOException {
        byte[] s = {(byte) 200, 0, 0, (byte) 255, 0, 0, (byte) 200, 0};
        BufferedImage back = roundTrip(Raster.ofBytes(2, 1, 4, ColourSpace.SRGB, s));
        assertThat(back.getRGB(0, 0) >>> 24).isEqualTo(255);
        assertThat(back.getRGB(1, 0) >>> 24).isZero();
    }

    @Test
    void partlyTransparentPixelsAreFlattenedOntoWhite() throws IOException {
        byte[] s = {(byte) 200, 0, 0, (byte) 128};
        BufferedImage back = roundTrip(Raster.ofBytes(1, 1, 4, ColourSpace.SRGB, s));
        assertThat(back.getRGB(0, 0)).isEqualTo(0xffe37f7f);
    }

    @Test
    void deepRastersAreRefused() {
        Raster deep = Raster.ofFloats(1, 1, 1, ColourSpace.GREY, new float[1]);
        assertThatThrownBy(() -> encoder.encode(deep, EncodeOptions.DEFAULT, new ByteArrayOutputStream()))
                .isInstanceOf(UnsupportedFormatException.class);
    }
}
