/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.testing.Encoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The compression a request names, or the configured one, read back with the JDK's TIFF reader. */
class TiffCompressionTest {
    private final TiffEncoder encoder = new TiffEncoder(TiffEncoder.DEFLATE, 6);

    private static EncodeOptions compression(String name) {
        return new EncodeOptions(-1, null, null, 0, 0, name);
    }

    /** Runs of repeated bytes, ramps and noise: the LZW table fills and starts again, codes reach 12 bits. */
    static Raster mixed(int width, int height, int bands) {
        byte[] s = new byte[width * height * bands];
        Random random = new Random(7);
        for (int i = 0; i < s.length; i++) {
            int kind = i / 5000 % 3;
            s[i] = (byte) (kind == 0 ? 40 : kind == 1 ? i / 3 : random.nextInt(256));
        }
        return Raster.ofBytes(width, height, bands, bands == 1 ? ColourSpace.GREY : ColourSpace.SRGB, s);
    }

    private static java.awt.image.Raster read(byte[] tiff) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(tiff)).getRaster();
    }

    static void assertSame(Raster raster, java.awt.image.Raster back) {
        int bands = raster.bands();
        for (int y = 0; y < raster.height(); y++) {
            for (int x = 0; x < raster.width(); x++) {
                for (int b = 0; b < bands; b++) {
                    int want = raster.isByteBacked() ? raster.bytes()[(y * raster.width() + x) * bands + b] & 0xff
                            : raster.shorts()[(y * raster.width() + x) * bands + b] & 0xffff;
                    if (back.getSample(x, y, b) != want) {
                        throw new AssertionError("sample " + b + " at " + x + "," + y + ": " + back.getSample(x, y, b)
                                + " instead of " + want);
                    }
                }
            }
        }
    }

    static int compressionTag(byte[] tiff) {
        ByteBuffer b = ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN);
        int ifd = b.getInt(4);
        int entries = b.getShort(ifd) & 0xffff;
        for (int i = 0; i < entries; i++) {
            int at = ifd + 2 + i * 12;
            if ((b.getShort(at) & 0xffff) == 259) {
                return b.getShort(at + 8) & 0xffff;
            }
        }
        throw new AssertionError("no Compression tag");
    }

    @Test
    void lzwReadsBackExactlyAcrossTableResets() throws IOException {
        for (int bands : new int[] {1, 3, 4}) {
            Raster raster = mixed(517, 211, bands);
            byte[] tiff = Encoding.encode(encoder, raster, compression("lzw"));
            assertThat(compressionTag(tiff)).isEqualTo(5);
            assertSame(raster, read(tiff));
        }
    }

    @Test
    void lzwOfSixteenBitSamplesReadsBackExactly() throws IOException {
        short[] s = new short[123 * 77];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (i * 37 % 4096 + (i / 500) * 1000);
        }
        Raster raster = Raster.ofShorts(123, 77, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY, s);
        byte[] tiff = Encoding.encode(encoder, raster, compression("lzw"));
        assertSame(raster, read(tiff));
    }

    @Test
    void lzwShrinksWhatRepeats() {
        Raster flat = Raster.ofBytes(400, 300, 3, ColourSpace.SRGB, new byte[400 * 300 * 3]);
        assertThat(Encoding.encode(encoder, flat, compression("lzw")).length).isLessThan(400 * 300 * 3 / 20);
    }

    @Test
    void eachNamedCompressionIsTheTagWritten() throws IOException {
        Raster raster = mixed(64, 48, 3);
        assertThat(compressionTag(Encoding.encode(encoder, raster, compression("none")))).isEqualTo(1);
        assertThat(compressionTag(Encoding.encode(encoder, raster, compression("deflate")))).isEqualTo(8);
        assertThat(compressionTag(Encoding.encode(encoder, raster, EncodeOptions.DEFAULT))).isEqualTo(8);
        assertThat(compressionTag(Encoding.encode(new TiffEncoder(TiffEncoder.LZW, 1), raster,
                EncodeOptions.DEFAULT))).isEqualTo(5);
        assertThat(compressionTag(Encoding.encode(new TiffEncoder(TiffEncoder.ZSTD, 1, TiffCodecs.NONE), raster,
                EncodeOptions.DEFAULT))).as("Zstandard configured without libzstd: deflate, with a warning")
                .isEqualTo(8);
        assertThat(compressionTag(Encoding.encode(new TiffEncoder(9, 1), raster, EncodeOptions.DEFAULT)))
                .as("a code iipsrv does not have: deflate, with a warning").isEqualTo(8);
        for (String name : new String[] {"none", "deflate"}) {
            assertSame(raster, read(Encoding.encode(encoder, raster, compression(name))));
        }
    }

    @Test
    void compressionsThisEncoderDoesNotKnowAreAFeatureItLacks() {
        Raster raster = mixed(8, 8, 3);
        assertThatThrownBy(() -> encoder.encode(raster, compression("jbig"), new java.io.ByteArrayOutputStream()))
                .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("jbig")
                .satisfies(e -> assertThat(((UnsupportedFormatException) e).isFeature()).isTrue());
    }
}
