/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.watermark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mark as iipsrv computes it from what libtiff's RGBA reader gives it. */
class MarkTest {
    @TempDir
    Path dir;

    @Test
    void opaqueColoursAreScaledByTheOpacityAndTruncated() throws IOException {
        Path file = Marks.rgb(dir, "rgb.png", new int[] {0xC86432, 0xFF0001}, 2);

        Mark full = Mark.of(MarkReader.read(file), 1.0f);
        Mark half = Mark.of(MarkReader.read(file), 0.5f);
        Mark third = Mark.of(MarkReader.read(file), 0.3f);

        assertThat(values(full, 0)).containsExactly(200, 100, 50);
        assertThat(values(full, 1)).containsExactly(255, 0, 1);
        assertThat(values(half, 0)).containsExactly(100, 50, 25);
        // 255 * 0.5 = 127.5 and 1 * 0.5 = 0.5: truncated, as iipsrv's conversion to unsigned char does
        assertThat(values(half, 1)).containsExactly(127, 0, 0);
        // float arithmetic as in iipsrv: 200 * 0.3f is 60.000004, 100 * 0.3f is 30.000002, 50 * 0.3f is 15.000001
        assertThat(values(third, 0)).containsExactly(60, 30, 15);
    }

    /**
     * libtiff premultiplies unassociated alpha, rounded, and iipsrv multiplies by alpha again: (200 * 128 + 127) /
     * 255 = 100, then 100 * 0.5 * 128 / 255 = 25.1, so 25. Full alpha only takes the opacity: 200 * 0.5 = 100.
     */
    @Test
    void alphaCountsTwiceAsInIipsrvOnLibtiffsPremultipliedColours() throws IOException {
        Mark opaque = Mark.of(MarkReader.read(Marks.rgba(dir, "opaque.png", 1, 1, 0xFFC86432)), 0.5f);
        Mark halfAlpha = Mark.of(MarkReader.read(Marks.rgba(dir, "half.png", 1, 1, 0x80C86432)), 1.0f);
        Mark both = Mark.of(MarkReader.read(Marks.rgba(dir, "both.png", 1, 1, 0x80C86432)), 0.5f);
        Mark clear = Mark.of(MarkReader.read(Marks.rgba(dir, "clear.png", 1, 1, 0x00FFFFFF)), 1.0f);

        assertThat(values(opaque, 0)).containsExactly(100, 50, 25);
        assertThat(values(halfAlpha, 0)).containsExactly(iipsrv(200, 128, 1f), iipsrv(100, 128, 1f),
                iipsrv(50, 128, 1f)).containsExactly(50, 25, 12);
        assertThat(values(both, 0)).containsExactly(25, 12, 6);
        assertThat(values(clear, 0)).containsExactly(0, 0, 0);
    }

    @Test
    void tiffAndPngWithTheSamePixelsGiveTheSameMark() throws IOException {
        Mark png = Mark.of(MarkReader.read(Marks.rgba(dir, "m.png", 3, 2, 0xC0FF8040)), 0.8f);
        Mark tiff = Mark.of(MarkReader.read(Marks.rgba(dir, "m.tif", 3, 2, 0xC0FF8040)), 0.8f);

        assertThat(tiff.width()).isEqualTo(3);
        assertThat(tiff.height()).isEqualTo(2);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                for (int c = 0; c < 3; c++) {
                    assertThat(tiff.value(x, y, c)).isEqualTo(png.value(x, y, c));
                }
            }
        }
        assertThat(values(tiff, 0)).containsExactly(iipsrv(255, 192, 0.8f), iipsrv(128, 192, 0.8f),
                iipsrv(64, 192, 0.8f));
    }

    /** The JDK's getRGB would take grey 128 for linear light and give 188; libtiff copies it. */
    @Test
    void greyIsCopiedIntoTheThreeChannelsAsStored() throws IOException {
        Mark png = Mark.of(MarkReader.read(Marks.grey(dir, "g.png", 2, 2, 128)), 1.0f);
        Mark tiff = Mark.of(MarkReader.read(Marks.grey(dir, "g.tif", 2, 2, 128)), 0.5f);

        assertThat(values(png, 3)).containsExactly(128, 128, 128);
        assertThat(values(tiff, 0)).containsExactly(64, 64, 64);
    }

    /**
     * libtiff's grey-with-alpha path packs the alpha without multiplying the grey by it; iipsrv then does, once:
     * 200 * 128 / 255 = 100.4, so 100.
     */
    @Test
    void greyWithAlphaIsMultipliedByItsAlphaOnce() throws IOException {
        ColorModel greyAlpha = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        BufferedImage grey = new BufferedImage(greyAlpha, greyAlpha.createCompatibleWritableRaster(1, 1), false,
                null);
        grey.getRaster().setPixel(0, 0, new int[] {200, 128});

        Mark mark = Mark.of(MarkReader.read(Marks.write(grey, dir, "ga.png")), 1.0f);

        assertThat(values(mark, 0)).containsExactly(100, 100, 100);
    }

    @Test
    void premultiplicationRoundsAsLibtiffsTable() {
        assertThat(MarkReader.premultiply(0x80C86432)).isEqualTo(0x80643219);
        assertThat(MarkReader.premultiply(0x01FFFFFF)).isEqualTo(0x01010101);
        assertThat(MarkReader.premultiply(0x00FFFFFF)).isZero();
        assertThat(MarkReader.premultiply(0xFF123456)).isEqualTo(0xFF123456);
    }

    private static int[] values(Mark mark, int pixel) {
        int x = pixel % mark.width();
        int y = pixel / mark.width();
        return new int[] {mark.value(x, y, 0), mark.value(x, y, 1), mark.value(x, y, 2)};
    }

    /** iipsrv's init on a straight colour: libtiff's rounded premultiplication, then its own float product. */
    private static int iipsrv(int colour, int alpha, float opacity) {
        int premultiplied = (colour * alpha + 127) / 255;
        return (int) (premultiplied * opacity * ((float) alpha / 255));
    }
}
