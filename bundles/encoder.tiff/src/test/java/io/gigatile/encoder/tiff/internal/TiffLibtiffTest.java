/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Raster;
import io.gigatile.api.testing.Encoding;
import io.gigatile.api.testing.Vips;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * Zstandard, JPEG and WebP strips as libtiff reads them: {@code tiffinfo} names the compression and photometric,
 * {@code tiffcp -c none} decodes every strip without a word, and its copy holds the source's pixels, exactly for
 * Zstandard, closely for JPEG and WebP; vips (libtiff too) decodes colour JPEG and WebP strips as closely. Odd
 * sizes and several strips each, the last one short.
 */
class TiffLibtiffTest {
    private final TiffEncoder encoder = new TiffEncoder(TiffEncoder.DEFLATE, 1, TestCodecs.all());

    private static EncodeOptions named(String compression, int quality) {
        return new EncodeOptions(quality, null, null, 0, 0, compression);
    }

    /** Gradients with a ripple: what photographs are like, so that JPEG and WebP stay close to it. */
    static Raster smooth(int width, int height, int bands) {
        byte[] s = new byte[width * height * bands];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int b = 0; b < bands; b++) {
                    double v = b == 3 ? 255 - y * 200.0 / height
                            : 128 + 60 * Math.sin((x + 40 * b) / 37.0) + 50 * Math.cos((y - 25 * b) / 53.0);
                    s[(y * width + x) * bands + b] = (byte) Math.round(v);
                }
            }
        }
        return Raster.ofBytes(width, height, bands, bands == 1 ? ColourSpace.GREY : ColourSpace.SRGB, s);
    }

    /** @return the mean absolute difference of every sample, the image read being as wide as the raster */
    static double meanError(Raster raster, java.awt.image.Raster back) {
        assertThat(back.getWidth()).isEqualTo(raster.width());
        assertThat(back.getHeight()).isEqualTo(raster.height());
        assertThat(back.getNumBands()).isEqualTo(raster.bands());
        long sum = 0;
        int bands = raster.bands();
        byte[] s = raster.bytes();
        for (int y = 0; y < raster.height(); y++) {
            for (int x = 0; x < raster.width(); x++) {
                for (int b = 0; b < bands; b++) {
                    sum += Math.abs(back.getSample(x, y, b) - (s[(y * raster.width() + x) * bands + b] & 0xff));
                }
            }
        }
        return (double) sum / s.length;
    }

    /** @return how many strips the file has (StripOffsets' count) */
    static int strips(byte[] tiff) {
        ByteBuffer b = ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN);
        int ifd = b.getInt(4);
        for (int i = 0; i < (b.getShort(ifd) & 0xffff); i++) {
            if ((b.getShort(ifd + 2 + i * 12) & 0xffff) == 273) {
                return b.getInt(ifd + 2 + i * 12 + 4);
            }
        }
        throw new AssertionError("no StripOffsets");
    }

    private Libtiff.Read write(Raster raster, String compression, int quality, int minStrips) {
        return read(encode(raster, compression, quality, minStrips));
    }

    private byte[] encode(Raster raster, String compression, int quality, int minStrips) {
        byte[] tiff = Encoding.encode(encoder, raster, named(compression, quality));
        assertThat(strips(tiff)).as("strips").isGreaterThanOrEqualTo(minStrips);
        return tiff;
    }

    private static Libtiff.Read read(byte[] tiff) {
        Libtiff.Read read = Libtiff.read(tiff);
        assertThat(read.said()).as("libtiff's warnings and errors").isEmpty();
        return read;
    }

    @Test
    void zstdStripsDecodeExactly() {
        for (int bands : new int[] {1, 3, 4}) {
            Raster raster = TiffCompressionTest.mixed(613, 301, bands);
            Libtiff.Read read = write(raster, "zstd", 9, 3);
            assertThat(read.info()).contains("Compression Scheme: ZSTD")
                    .contains(bands == 1 ? "min-is-black" : "RGB color");
            TiffCompressionTest.assertSame(raster, read.image().getRaster());
        }
    }

    @Test
    void zstdKeepsSixteenBitSamples() {
        short[] s = new short[301 * 207];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (i * 131);
        }
        Raster raster = Raster.ofShorts(301, 207, 1, 16, io.gigatile.api.SampleType.UNSIGNED, ColourSpace.GREY, s);
        Libtiff.Read read = write(raster, "zstd", 3, 2);
        assertThat(read.info()).contains("Bits/Sample: 16");
        TiffCompressionTest.assertSame(raster, read.image().getRaster());
    }

    @Test
    void jpegStripsAreYCbCrForColourAndGreyForGrey() {
        Raster rgb = smooth(613, 701, 3);
        byte[] tiff = encode(rgb, "jpeg", 90, 3);
        Libtiff.Read colour = read(tiff);
        assertThat(colour.info()).contains("Compression Scheme: JPEG").contains("Photometric Interpretation: YCbCr")
                .contains("YCbCr Subsampling: 2, 2").contains("Reference Black/White");
        assertThat(meanError(rgb, colour.image().getRaster())).isLessThan(3);
        assertThat(meanError(rgb, Vips.decode(tiff, "tif").getRaster())).as("vips").isLessThan(3);

        Raster grey = smooth(1001, 1203, 1);
        Libtiff.Read read = write(grey, "jpeg", 90, 3);
        assertThat(read.info()).contains("Compression Scheme: JPEG").contains("min-is-black");
        assertThat(meanError(grey, read.image().getRaster())).isLessThan(2);
    }

    @Test
    void webpStripsAreRgbAndRgba() {
        for (int bands : new int[] {3, 4}) {
            Raster raster = smooth(613, 701, bands);
            byte[] tiff = encode(raster, "webp", 90, 3);
            Libtiff.Read read = read(tiff);
            assertThat(read.info()).contains("Compression Scheme: WEBP").contains("RGB color");
            assertThat(meanError(raster, read.image().getRaster())).as(bands + " bands").isLessThan(3);
            assertThat(meanError(raster, Vips.decode(tiff, "tif").getRaster())).as("vips").isLessThan(3);
        }
    }

    @Test
    void theConfiguredCompressionIsWrittenWhenItsCodecIsThere() {
        Raster raster = smooth(99, 67, 3);
        for (int code : new int[] {TiffEncoder.JPEG, TiffEncoder.WEBP, TiffEncoder.ZSTD}) {
            TiffEncoder configured = new TiffEncoder(code, 80, TestCodecs.all());
            byte[] tiff = Encoding.encode(configured, raster, EncodeOptions.DEFAULT);
            assertThat(TiffCompressionTest.compressionTag(tiff)).isEqualTo(TiffCompression.ofCode(code)
                    .orElseThrow().tag());
            assertThat(Libtiff.read(tiff).said()).isEmpty();
        }
    }
}
