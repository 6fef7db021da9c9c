/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.png.internal;

import static io.gigatile.api.testing.Encoding.decode;
import static io.gigatile.api.testing.Encoding.encode;
import static io.gigatile.api.testing.Encoding.quality;
import static io.gigatile.encoder.png.internal.Pngs.assertSamePixels;
import static io.gigatile.encoder.png.internal.Pngs.chunks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.UnsupportedFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PngEncoderTest {
    private final PngEncoder encoder = new PngEncoder(1);

    @ParameterizedTest(name = "{0} bands, {1} bits")
    @CsvSource({"1, 8", "2, 8", "3, 8", "4, 8", "1, 16", "2, 16", "3, 16", "4, 16"})
    void everyLayoutRoundTripsExactly(int bands, int bits) {
        Raster raster = bits == 8 ? Pngs.bytes(37, 23, bands, bands) : Pngs.shorts(37, 23, bands, 16, bands);

        byte[] png = encode(encoder, raster, EncodeOptions.DEFAULT);

        assertSamePixels(raster, decode(png));
        ByteBuffer header = ByteBuffer.wrap(chunks(png).get(0).data());
        assertThat(header.getInt()).isEqualTo(37);
        assertThat(header.getInt()).isEqualTo(23);
        assertThat(header.get()).as("bit depth").isEqualTo((byte) bits);
        assertThat(header.get()).as("colour type").isEqualTo((byte) new int[] {0, 4, 2, 6}[bands - 1]);
    }

    @Test
    void everyLevelIsLossless() {
        Raster raster = Pngs.bytes(64, 48, 3, 7);

        for (int level = 0; level <= 9; level++) {
            assertSamePixels(raster, decode(encode(encoder, raster, quality(level))));
        }
    }

    @Test
    void higherLevelsCompressMore() {
        Raster raster = Pngs.bytes(128, 96, 3, 3);

        int stored = encode(encoder, raster, quality(0)).length;
        int fast = encode(encoder, raster, quality(1)).length;
        int best = encode(encoder, raster, quality(9)).length;

        assertThat(stored).isGreaterThan(raster.bytes().length);
        assertThat(fast).isLessThan(stored);
        assertThat(best).isLessThan(fast);
    }

    @Test
    void defaultLevelIsTheConfiguredOne() {
        Raster raster = Pngs.bytes(64, 64, 3, 5);

        assertThat(encode(encoder, raster, EncodeOptions.DEFAULT)).isEqualTo(encode(encoder, raster, quality(1)));
        assertThat(encode(new PngEncoder(9), raster, EncodeOptions.DEFAULT))
                .isEqualTo(encode(encoder, raster, quality(9)))
                .isNotEqualTo(encode(encoder, raster, quality(1)));
    }

    @Test
    void levelsAreClamped() {
        Raster raster = Pngs.bytes(40, 40, 1, 9);

        assertThat(encode(encoder, raster, quality(100))).isEqualTo(encode(encoder, raster, quality(9)));
        assertThat(encode(new PngEncoder(42), raster, EncodeOptions.DEFAULT))
                .isEqualTo(encode(encoder, raster, quality(9)));
        assertThat(encode(new PngEncoder(-5), raster, EncodeOptions.DEFAULT))
                .isEqualTo(encode(encoder, raster, quality(0)));
    }

    @Test
    void fewerBitsAreStretchedToTheFullRangeAndMarkedInSbit() {
        short[] twelve = {0, 1, 2048, 4094, 4095, 1234};
        Raster raster = Raster.ofShorts(3, 2, 1, 12, SampleType.UNSIGNED, ColourSpace.GREY, twelve);

        byte[] png = encode(encoder, raster, EncodeOptions.DEFAULT);

        java.awt.image.Raster decoded = decode(png).getRaster();
        assertThat(decoded.getSample(0, 0, 0)).isZero();
        assertThat(decoded.getSample(1, 1, 0)).isEqualTo(65535);
        for (int i = 0; i < twelve.length; i++) {
            int value = decoded.getSample(i % 3, i / 3, 0);
            assertThat(Math.round(value * 4095.0 / 65535.0)).as("sample %d scaled back", i).isEqualTo(twelve[i]);
        }
        assertThat(chunks(png, "sBIT")).singleElement().satisfies(c -> assertThat(c.data()).containsExactly(12));
    }

    @Test
    void fewerThanEightBitsAreStretchedToEight() {
        byte[] four = {0, 5, 15, 8};
        Raster raster = Raster.ofBytes(2, 1, 2, 4, SampleType.UNSIGNED, ColourSpace.GREY, four);

        byte[] png = encode(encoder, raster, EncodeOptions.DEFAULT);

        java.awt.image.Raster decoded = decode(png).getRaster();
        assertThat(new int[] {decoded.getSample(0, 0, 0), decoded.getSample(0, 0, 1), decoded.getSample(1, 0, 0),
            decoded.getSample(1, 0, 1)}).containsExactly(0, 85, 255, 136);
        assertThat(chunks(png, "sBIT")).singleElement().satisfies(c -> assertThat(c.data()).containsExactly(4, 4));
    }

    @Test
    void fullDepthRastersHaveNoSbit() {
        assertThat(chunks(encode(encoder, Pngs.bytes(8, 8, 3, 1), EncodeOptions.DEFAULT), "sBIT")).isEmpty();
        assertThat(chunks(encode(encoder, Pngs.shorts(8, 8, 3, 16, 1), EncodeOptions.DEFAULT), "sBIT")).isEmpty();
    }

    @Test
    void chunksComeInOrderWithIendLast() {
        List<Pngs.Chunk> chunks = chunks(encode(encoder, Pngs.bytes(16, 16, 4, 2),
                new EncodeOptions(-1, null, "<x:xmpmeta xmlns:x='adobe:ns:meta/'/>")));

        assertThat(chunks).extracting(Pngs.Chunk::type).containsExactly("IHDR", "iTXt", "IDAT", "IEND");
        assertThat(chunks.get(0).data()).hasSize(13);
        assertThat(chunks.get(3).data()).isEmpty();
    }

    @Test
    void largeImagesSpanSeveralIdatChunks() {
        Raster raster = Pngs.noise(300, 200, 4, 11);

        byte[] png = encode(encoder, raster, EncodeOptions.DEFAULT);

        assertThat(chunks(png, "IDAT")).hasSizeGreaterThan(3)
                .allSatisfy(c -> assertThat(c.data().length).isLessThanOrEqualTo(IdatStream.CHUNK));
        assertSamePixels(raster, decode(png));
    }

    @Test
    void singlePixelAndSingleRowImages() {
        for (Raster raster : List.of(Pngs.bytes(1, 1, 3, 1), Pngs.bytes(300, 1, 2, 2), Pngs.bytes(1, 200, 1, 3),
                Pngs.shorts(1, 9, 4, 16, 4))) {
            assertSamePixels(raster, decode(encode(encoder, raster, EncodeOptions.DEFAULT)));
        }
    }

    @Test
    void refusesWhatPngCannotHold() {
        List<Raster> rasters = List.of(
                Raster.ofFloats(4, 4, 3, ColourSpace.SRGB, new float[48]),
                Raster.ofInts(4, 4, 1, SampleType.UNSIGNED, ColourSpace.GREY, new int[16]),
                Raster.ofBytes(4, 4, 1, 8, SampleType.SIGNED, ColourSpace.GREY, new byte[16]),
                Raster.ofShorts(4, 4, 1, 16, SampleType.SIGNED, ColourSpace.GREY, new short[16]),
                Raster.ofBytes(4, 4, 5, ColourSpace.SRGB, new byte[80]),
                Raster.ofBytes(4, 4, 3, ColourSpace.MULTIBAND, new byte[48]),
                Raster.ofBytes(4, 4, 3, ColourSpace.CIELAB, new byte[48]),
                Raster.ofBytes(4, 4, 1, ColourSpace.PALETTE, new byte[16]),
                Raster.ofBytes(4, 4, 3, ColourSpace.GREY, new byte[48]),
                Raster.ofBytes(4, 4, 2, ColourSpace.SRGB, new byte[32]));

        for (Raster raster : rasters) {
            assertThatThrownBy(() -> encoder.encode(raster, EncodeOptions.DEFAULT, new ByteArrayOutputStream()))
                    .as(raster.toString()).isInstanceOf(UnsupportedFormatException.class)
                    .hasMessage("PNG output needs 8 or 16-bit grey or RGB")
                    .satisfies(e -> assertThat(((UnsupportedFormatException) e).isFeature()).isTrue());
        }
    }

    @Test
    void leavesTheInputAndTheStreamAlone() throws IOException {
        Raster bytes = Pngs.bytes(20, 10, 3, 1);
        Raster shorts = Pngs.shorts(20, 10, 2, 12, 1);
        byte[] bytesBefore = bytes.bytes().clone();
        short[] shortsBefore = shorts.shorts().clone();
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        encoder.encode(bytes, EncodeOptions.DEFAULT, out);
        encoder.encode(shorts, EncodeOptions.DEFAULT, out);

        assertThat(closed[0]).isFalse();
        assertThat(bytes.bytes()).isEqualTo(bytesBefore);
        assertThat(shorts.shorts()).isEqualTo(shortsBefore);
    }

    @Test
    void concurrentEncodesGiveTheSameBytesAsOneThread() throws Exception {
        List<Raster> rasters = IntStream.range(0, 16)
                .mapToObj(i -> i % 4 == 3 ? Pngs.shorts(30 + i, 20 + i, 1 + i % 4, 16, i)
                        : Pngs.bytes(40 + i, 30 + i, 1 + i % 4, i))
                .toList();
        List<byte[]> expected = rasters.stream().map(r -> encode(encoder, r, quality(i(r)))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<byte[]>> jobs = IntStream.range(0, 160)
                    .mapToObj(i -> (Callable<byte[]>) () -> encode(encoder, rasters.get(i % 16),
                            quality(i(rasters.get(i % 16)))))
                    .toList();
            List<Future<byte[]>> results = pool.invokeAll(jobs);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("job " + i).isEqualTo(expected.get(i % 16));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A level that differs between rasters, so threads run different deflater settings side by side. */
    private static int i(Raster raster) {
        return raster.width() % 10;
    }

    @Test
    void aNewConfigurationChangesTheDefaultCompressionInPlace() {
        PngEncoder reconfigured = new PngEncoder(0);
        byte[] samples = new byte[128 * 96 * 3];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (byte) (i / 300);
        }
        Raster raster = Raster.ofBytes(128, 96, 3, ColourSpace.SRGB, samples);
        int stored = encode(reconfigured, raster, EncodeOptions.DEFAULT).length;

        reconfigured.modified(new PngEncoderConfig() {
            @Override
            public int compression() {
                return 9;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return PngEncoderConfig.class;
            }
        });

        assertThat(encode(reconfigured, raster, EncodeOptions.DEFAULT).length)
                .isLessThan(stored / 10);
    }
}
