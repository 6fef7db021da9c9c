/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Encoder;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.testing.Encoding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What happens without a codec, with rasters a codec cannot hold, and with codec output libtiff would refuse: a
 * 501 for what a request names, deflate for what is only configured, an IOException rather than a broken TIFF.
 */
class TiffCodecsTest {
    private static final Raster RGB = TiffLibtiffTest.smooth(40, 30, 3);

    private static EncodeOptions named(String compression) {
        return new EncodeOptions(80, null, null, 0, 0, compression);
    }

    private static void assertFeature(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(UnsupportedFormatException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((UnsupportedFormatException) e).isFeature()).isTrue());
    }

    @Test
    void aNamedCompressionWithoutItsCodecIsAFeatureItLacks() {
        TiffEncoder bare = new TiffEncoder(TiffEncoder.DEFLATE, 6, TiffCodecs.NONE);
        for (String name : new String[] {"jpeg", "webp", "zstd"}) {
            assertFeature(() -> bare.encode(RGB, named(name), new ByteArrayOutputStream()), name);
        }
        assertThat(TiffCompressionTest.compressionTag(Encoding.encode(bare, RGB, named("lzw")))).isEqualTo(5);
    }

    @Test
    void aConfiguredCompressionWithoutItsCodecIsDeflate() {
        for (int code : new int[] {TiffEncoder.JPEG, TiffEncoder.WEBP, TiffEncoder.ZSTD}) {
            TiffEncoder configured = new TiffEncoder(code, 80, TiffCodecs.NONE);
            byte[] tiff = Encoding.encode(configured, RGB, EncodeOptions.DEFAULT);
            assertThat(TiffCompressionTest.compressionTag(tiff)).as("code " + code).isEqualTo(8);
        }
    }

    @Test
    void withoutLibzstdThereIsNoZstdAndAReason() {
        assertThat(TiffEncoder.loadZstd(List.of("no-such-zstd-library"))).isNull();
        assertThat(ZstdLibrary.load(List.of("no-such-zstd-library")).reason()).contains("no-such-zstd-library");
        assertThat(TiffEncoder.loadZstd(ZstdLibrary.NAMES)).as("Debian's libzstd1").isNotNull();
    }

    @Test
    void rastersJpegAndWebpCannotHoldAreAFeatureItLacks() {
        TiffEncoder encoder = new TiffEncoder(TiffEncoder.DEFLATE, 6, TestCodecs.all());
        Raster deep = Raster.ofShorts(4, 4, 3, 16, SampleType.UNSIGNED, ColourSpace.SRGB, new short[48]);
        Raster floats = Raster.ofFloats(4, 4, 1, ColourSpace.GREY, new float[16]);
        Raster rgba = Raster.ofBytes(4, 4, 4, ColourSpace.SRGB, new byte[64]);
        Raster greyAlpha = Raster.ofBytes(4, 4, 2, ColourSpace.GREY, new byte[32]);
        Raster grey = Raster.ofBytes(4, 4, 1, ColourSpace.GREY, new byte[16]);
        Raster lab = Raster.ofBytes(4, 4, 3, ColourSpace.CIELAB, new byte[48]);
        for (String name : new String[] {"jpeg", "webp"}) {
            for (Raster r : new Raster[] {deep, floats, greyAlpha, lab}) {
                assertFeature(() -> encoder.encode(r, named(name), new ByteArrayOutputStream()), name);
            }
        }
        assertFeature(() -> encoder.encode(rgba, named("jpeg"), new ByteArrayOutputStream()), "alpha");
        assertFeature(() -> encoder.encode(grey, named("webp"), new ByteArrayOutputStream()), "RGB");
        assertThat(Encoding.encode(encoder, deep, named("zstd"))).as("zstd takes any depth").isNotEmpty();
    }

    /** An encoder that answers every strip with the same bytes. */
    private static TiffEncoder answering(byte[] bytes) {
        Encoder fixed = (raster, options, out) -> out.write(bytes);
        return new TiffEncoder(TiffEncoder.DEFLATE, 6, new TiffCodecs(fixed, fixed, null));
    }

    /** A JPEG stream's start: SOI, then a frame header of the given kind, size and sampling. */
    private static byte[] jpeg(int sof, int width, int height, int... sampling) {
        return jpeg(new byte[] {1, 2, 3}, sof, width, height, sampling);
    }

    private static byte[] jpeg(byte[] ids, int sof, int width, int height, int... sampling) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) sof});
        int length = 8 + 3 * sampling.length;
        out.writeBytes(new byte[] {(byte) (length >> 8), (byte) length, 8, (byte) (height >> 8), (byte) height,
            (byte) (width >> 8), (byte) width, (byte) sampling.length});
        for (int c = 0; c < sampling.length; c++) {
            out.writeBytes(new byte[] {ids[c], (byte) sampling[c], 0});
        }
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    @Test
    void jpegStreamsLibtiffWouldRefuseAreNotWritten() {
        byte[][] refused = {
            jpeg(0xC0, 39, 30, 0x22, 0x11, 0x11), // not the strip's width
            jpeg(0xC0, 40, 30, 0x21, 0x21, 0x11), // chroma subsampled too
            jpeg(0xC0, 40, 30, 0x12, 0x11, 0x11), // vertical beyond horizontal
            jpeg(0xC0, 40, 30, 0x33, 0x11, 0x11), // a factor TIFF has not
            jpeg(0xC0, 40, 30, 0x11), // grey for colour
            jpeg(0xC3, 40, 30, 0x11, 0x11, 0x11), // lossless
            jpeg(new byte[] {'R', 'G', 'B'}, 0xC0, 40, 30, 0x11, 0x11, 0x11), // RGB, as libtiff writes it
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}, // no frame
            {'R', 'I', 'F', 'F'},
        };
        for (byte[] stream : refused) {
            assertThatThrownBy(() -> answering(stream).encode(RGB, named("jpeg"), new ByteArrayOutputStream()))
                    .isInstanceOf(IOException.class).isNotInstanceOf(UnsupportedFormatException.class);
        }
    }

    @Test
    void theJpegFrameGivesTheSubsampling() throws IOException {
        assertThat(JpegFrame.parse(jpeg(0xC0, 40, 30, 0x22, 0x11, 0x11)).subsampling(40, 30, 3))
                .containsExactly(2, 2);
        assertThat(JpegFrame.parse(jpeg(0xC2, 40, 30, 0x21, 0x11, 0x11)).subsampling(40, 30, 3))
                .containsExactly(2, 1);
        assertThat(JpegFrame.parse(jpeg(0xC1, 40, 30, 0x11)).subsampling(40, 30, 1)).containsExactly(1, 1);
        byte[] tiff = Encoding.encode(answering(jpeg(0xC0, 40, 30, 0x21, 0x11, 0x11)), RGB, named("jpeg"));
        ByteBuffer b = ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN);
        int ifd = b.getInt(4);
        int at = -1;
        for (int i = 0; i < (b.getShort(ifd) & 0xffff); i++) {
            if ((b.getShort(ifd + 2 + i * 12) & 0xffff) == 530) {
                at = ifd + 2 + i * 12;
            }
        }
        assertThat(at).as("YCbCrSubSampling").isPositive();
        assertThat(new int[] {b.getShort(at + 8), b.getShort(at + 10)}).containsExactly(2, 1);
    }

    @Test
    void everyQualityIsClampedToItsCompressionsRange() {
        TiffEncoder encoder = new TiffEncoder(TiffEncoder.DEFLATE, 6, TestCodecs.all());
        for (String name : new String[] {"jpeg", "webp", "zstd", "deflate"}) {
            for (int quality : new int[] {0, 1, 9, 19, 100, 1000}) {
                byte[] tiff = Encoding.encode(encoder, RGB, new EncodeOptions(quality, null, null, 0, 0, name));
                assertThat(TiffCompressionTest.compressionTag(tiff)).isEqualTo(TiffCompression.ofName(name)
                        .orElseThrow().tag());
            }
        }
        assertThat(TiffCompression.JPEG.level(0)).isEqualTo(1);
        assertThat(TiffCompression.ZSTD.level(100)).isEqualTo(19);
        assertThat(TiffCompression.WEBP.level(0)).isZero();
        assertThat(TiffCompression.DEFLATE.level(75)).isEqualTo(9);
    }

    @Test
    void webpFilesLibtiffWouldRefuseAreNotWritten() throws IOException {
        ByteArrayOutputStream wrongSize = new ByteArrayOutputStream();
        new TestCodecs.LibWebpEncoder().encode(TiffLibtiffTest.smooth(41, 30, 3), named("webp"), wrongSize);
        ByteArrayOutputStream withAlpha = new ByteArrayOutputStream();
        Raster alpha = TiffLibtiffTest.smooth(40, 30, 4);
        new TestCodecs.LibWebpEncoder().encode(alpha, named("webp"), withAlpha);
        for (byte[] file : new byte[][] {wrongSize.toByteArray(), withAlpha.toByteArray(), new byte[40]}) {
            assertThatThrownBy(() -> answering(file).encode(RGB, named("webp"), new ByteArrayOutputStream()))
                    .isInstanceOf(IOException.class).isNotInstanceOf(UnsupportedFormatException.class);
        }
    }
}
