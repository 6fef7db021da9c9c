/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Every raster kind written, read back with the JDK's own TIFF reader and compared sample by sample. */
class TiffEncoderTest {
    private final TiffEncoder deflating = new TiffEncoder(TiffEncoder.DEFLATE, 6);
    private final TiffEncoder plain = new TiffEncoder(TiffEncoder.NONE, 6);

    private static byte[] encode(TiffEncoder encoder, Raster raster, EncodeOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encode(raster, options, out);
        return out.toByteArray();
    }

    private static BufferedImage read(byte[] tiff) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(tiff));
        assertThat(image).as("the JDK's TIFF reader reads it").isNotNull();
        return image;
    }

    /** Large enough for several strips: 300 x 400 x 3 bytes = 360 kB. */
    private static Raster rgb() {
        byte[] s = new byte[300 * 400 * 3];
        for (int i = 0; i < s.length; i++) {
            s[i] = (byte) (i * 7 + i / 900);
        }
        return Raster.ofBytes(300, 400, 3, ColourSpace.SRGB, s);
    }

    @Test
    void eightBitRgbDeflatedAndPlainReadBackExactly() throws IOException {
        Raster raster = rgb();
        byte[] deflated = encode(deflating, raster, EncodeOptions.DEFAULT);
        byte[] stored = encode(plain, raster, EncodeOptions.DEFAULT);
        assertThat(stored.length).isGreaterThan(300 * 400 * 3);
        for (byte[] tiff : new byte[][] {deflated, stored}) {
            java.awt.image.Raster back = read(tiff).getRaster();
            assertThat(back.getWidth()).isEqualTo(300);
            assertThat(back.getNumBands()).isEqualTo(3);
            for (int y = 0; y < 400; y += 37) {
                for (int x = 0; x < 300; x += 13) {
                    for (int b = 0; b < 3; b++) {
                        assertThat(back.getSample(x, y, b)).isEqualTo(raster.bytes()[(y * 300 + x) * 3 + b] & 0xff);
                    }
                }
            }
        }
    }

    @Test
    void aRequestsQualityIsTheDeflateLevel() throws IOException {
        Raster raster = rgb();
        int stored = encode(deflating, raster, new EncodeOptions(0, null, null)).length;
        int smallest = encode(deflating, raster, new EncodeOptions(9, null, null)).length;
        assertThat(smallest).isLessThan(stored);
    }

    @Test
    void greyWithAlphaKeepsItsAlpha() throws IOException {
        byte[] s = {10, (byte) 255, 20, 0, 30, (byte) 128, 40, 1};
        BufferedImage back = read(encode(deflating, Raster.ofBytes(2, 2, 2, ColourSpace.GREY, s),
                EncodeOptions.DEFAULT));
        assertThat(back.getColorModel().hasAlpha()).isTrue();
        assertThat(back.getRaster().getSample(1, 0, 0)).isEqualTo(20);
        assertThat(back.getRaster().getSample(1, 0, 1)).isEqualTo(0);
        assertThat(back.getRaster().getSample(0, 1, 1)).isEqualTo(128);
    }

    @Test
    void sixteenBitGreyKeepsItsSamples() throws IOException {
        short[] s = {0, 1000, (short) 40000, (short) 65535};
        java.awt.image.Raster back = read(encode(plain, Raster.ofShorts(2, 2, 1, 16, SampleType.UNSIGNED,
                ColourSpace.GREY, s), EncodeOptions.DEFAULT)).getRaster();
        assertThat(back.getSampleModel().getSampleSize(0)).isEqualTo(16);
        assertThat(new int[] {back.getSample(0, 0, 0), back.getSample(1, 0, 0), back.getSample(0, 1, 0),
            back.getSample(1, 1, 0)}).containsExactly(0, 1000, 40000, 65535);
    }

    @Test
    void floatSamplesAreWrittenAsFloat() throws IOException {
        float[] s = {-1.5f, 0f, 0.25f, 1e6f};
        java.awt.image.Raster back = read(encode(deflating, Raster.ofFloats(2, 2, 1, ColourSpace.GREY, s),
                EncodeOptions.DEFAULT)).getRaster();
        assertThat(new float[] {back.getSampleFloat(0, 0, 0), back.getSampleFloat(1, 0, 0),
            back.getSampleFloat(0, 1, 0), back.getSampleFloat(1, 1, 0)}).containsExactly(-1.5f, 0f, 0.25f, 1e6f);
    }

    @Test
    void oneBitSamplesAreWidenedToEightBits() throws IOException {
        byte[] s = {0, 1, 1, 0};
        java.awt.image.Raster back = read(encode(deflating, Raster.ofBytes(2, 2, 1, 1, SampleType.UNSIGNED,
                ColourSpace.BILEVEL, s), EncodeOptions.DEFAULT)).getRaster();
        assertThat(back.getSample(0, 0, 0)).isZero();
        assertThat(back.getSample(1, 0, 0)).isEqualTo(255);
    }

    @Test
    void iccAndXmpAreEmbedded() throws IOException {
        byte[] icc = new byte[301];
        icc[0] = 42;
        icc[300] = 43;
        String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">gigatile-test</x:xmpmeta>";
        byte[] tiff = encode(deflating, rgb(), new EncodeOptions(-1, icc, xmp));
        String text = new String(tiff, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("gigatile-test");
        assertThat(tag(tiff, 34675)).isEqualTo(301);
        assertThat(read(tiff).getWidth()).isEqualTo(300);
    }

    @Test
    void theResolutionIsWrittenInPixelsPerInch() throws IOException {
        byte[] tiff = encode(deflating, rgb(), new EncodeOptions(-1, null, null, 300, 72.5));

        assertThat(rational(tiff, 282)).isEqualTo(300.0);
        assertThat(rational(tiff, 283)).isEqualTo(72.5);
        assertThat(tag(tiff, 296)).as("one ResolutionUnit").isEqualTo(1);
        assertThat(read(tiff).getWidth()).isEqualTo(300);
    }

    /** @return the value of a RATIONAL tag in the first directory */
    private static double rational(byte[] tiff, int wanted) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(tiff).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int at = entry(b, wanted);
        if (at < 0) {
            throw new AssertionError("no tag " + wanted);
        }
        int value = b.getInt(at + 8);
        return (double) Integer.toUnsignedLong(b.getInt(value)) / b.getInt(value + 4);
    }

    /** @return the count of a tag in the first directory, -1 if absent */
    private static int tag(byte[] tiff, int wanted) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(tiff).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int at = entry(b, wanted);
        return at < 0 ? -1 : b.getInt(at + 4);
    }

    /** @return where a tag's entry of the first directory starts, -1 if absent */
    private static int entry(java.nio.ByteBuffer b, int wanted) {
        int ifd = b.getInt(4);
        int n = b.getShort(ifd) & 0xffff;
        for (int i = 0; i < n; i++) {
            int at = ifd + 2 + i * 12;
            if ((b.getShort(at) & 0xffff) == wanted) {
                return at;
            }
        }
        return -1;
    }
}
