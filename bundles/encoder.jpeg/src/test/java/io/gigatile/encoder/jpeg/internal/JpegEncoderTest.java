/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.jpeg.internal;

import static io.gigatile.api.testing.Encoding.decode;
import static io.gigatile.api.testing.Encoding.encode;
import static io.gigatile.api.testing.Encoding.quality;
import static io.gigatile.encoder.jpeg.internal.Jpegs.gradient;
import static io.gigatile.encoder.jpeg.internal.Jpegs.headers;
import static io.gigatile.encoder.jpeg.internal.Jpegs.maxDifference;
import static io.gigatile.encoder.jpeg.internal.Jpegs.meanDifference;
import static io.gigatile.encoder.jpeg.internal.Jpegs.noise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.UnsupportedFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JpegEncoderTest {
    private final JpegEncoder encoder = new JpegEncoder(75);

    @Test
    void greyRoundTrips() {
        Raster raster = gradient(70, 45, 1, 0);

        BufferedImage image = decode(encode(encoder, raster, quality(95)));

        assertThat(image.getWidth()).isEqualTo(70);
        assertThat(image.getHeight()).isEqualTo(45);
        assertThat(image.getRaster().getNumBands()).isEqualTo(1);
        assertThat(maxDifference(raster, image)).isLessThanOrEqualTo(6);
        assertThat(meanDifference(raster, image)).isLessThan(1.5);
    }

    @Test
    void rgbRoundTrips() {
        Raster raster = gradient(64, 40, 3, 1);

        BufferedImage image = decode(encode(encoder, raster, quality(95)));

        assertThat(image.getRaster().getNumBands()).isEqualTo(3);
        // 4:2:0 halves the chroma resolution; a swapped or misread channel would be off by about 100.
        assertThat(maxDifference(raster, image)).isLessThanOrEqualTo(24);
        assertThat(meanDifference(raster, image)).isLessThan(3);
    }

    @Test
    void writesBaselineWithJfifAndChromaSubsampled420() {
        List<Jpegs.Segment> segments = headers(encode(encoder, gradient(32, 32, 3, 2), EncodeOptions.DEFAULT));

        assertThat(segments.get(0).marker()).isEqualTo(0xE0);
        assertThat(new String(segments.get(0).payload(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("JFIF");
        assertThat(segments).extracting(Jpegs.Segment::marker).contains(0xC0)
                .doesNotContain(0xC1, 0xC2, 0xE2);
        byte[] frame = segments.stream().filter(s -> s.marker() == 0xC0).findFirst().orElseThrow().payload();
        assertThat(frame[5]).as("components").isEqualTo((byte) 3);
        assertThat(new byte[] {frame[7], frame[10], frame[13]}).as("sampling factors")
                .containsExactly(0x22, 0x11, 0x11);
    }

    @Test
    void greyHasOneComponentAndNoProfile() {
        List<Jpegs.Segment> segments = headers(encode(encoder, gradient(16, 16, 1, 0), EncodeOptions.DEFAULT));

        byte[] frame = segments.stream().filter(s -> s.marker() == 0xC0).findFirst().orElseThrow().payload();
        assertThat(frame[5]).isEqualTo((byte) 1);
        assertThat(segments).extracting(Jpegs.Segment::marker).doesNotContain(0xE2);
    }

    @Test
    void qualityChangesSize() {
        Raster raster = noise(96, 96, 3);

        int low = encode(encoder, raster, quality(10)).length;
        int middle = encode(encoder, raster, quality(50)).length;
        int high = encode(encoder, raster, quality(95)).length;

        assertThat(low).isLessThan(middle);
        assertThat(middle).isLessThan(high);
    }

    @Test
    void defaultQualityIsTheConfiguredOne() {
        Raster raster = noise(48, 48, 3);

        assertThat(encode(encoder, raster, EncodeOptions.DEFAULT)).isEqualTo(encode(encoder, raster, quality(75)));
        assertThat(encode(new JpegEncoder(30), raster, EncodeOptions.DEFAULT))
                .isEqualTo(encode(encoder, raster, quality(30)))
                .isNotEqualTo(encode(encoder, raster, quality(75)));
    }

    @Test
    void qualityIsClamped() {
        Raster raster = noise(32, 32, 1);

        assertThat(encode(encoder, raster, quality(0))).isEqualTo(encode(encoder, raster, quality(1)));
        assertThat(encode(encoder, raster, quality(250))).isEqualTo(encode(encoder, raster, quality(100)));
        assertThat(encode(new JpegEncoder(500), raster, EncodeOptions.DEFAULT))
                .isEqualTo(encode(encoder, raster, quality(100)));
    }

    @Test
    void refusesWhatJpegCannotHold() {
        List<Raster> rasters = List.of(
                Raster.ofShorts(4, 4, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY, new short[16]),
                Raster.ofFloats(4, 4, 3, ColourSpace.SRGB, new float[48]),
                Raster.ofInts(4, 4, 1, SampleType.UNSIGNED, ColourSpace.GREY, new int[16]),
                Raster.ofBytes(4, 4, 1, 8, SampleType.SIGNED, ColourSpace.GREY, new byte[16]),
                Raster.ofBytes(4, 4, 1, 4, SampleType.UNSIGNED, ColourSpace.GREY, new byte[16]),
                Raster.ofBytes(4, 4, 5, ColourSpace.MULTIBAND, new byte[80]),
                Raster.ofBytes(4, 4, 3, ColourSpace.CIELAB, new byte[48]));

        for (Raster raster : rasters) {
            assertThatThrownBy(() -> encoder.encode(raster, EncodeOptions.DEFAULT, new ByteArrayOutputStream()))
                    .as(raster.toString()).isInstanceOf(UnsupportedFormatException.class)
                    .hasMessage("JPEG output needs 8-bit grey or RGB")
                    .satisfies(e -> assertThat(((UnsupportedFormatException) e).isFeature()).isTrue());
        }
    }

    @Test
    void refusesSidesOverTheJpegLimit() {
        Raster wide = Raster.ofBytes(65501, 1, 1, ColourSpace.GREY, new byte[65501]);

        assertThatThrownBy(() -> encoder.encode(wide, EncodeOptions.DEFAULT, new ByteArrayOutputStream()))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("65500");
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        encoder.encode(gradient(8, 8, 3, 0), new EncodeOptions(-1, new byte[] {1, 2, 3}, "<x/>"), out);
        encoder.encode(gradient(8, 8, 3, 0), EncodeOptions.DEFAULT, out);

        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isGreaterThan(0);
    }

    @Test
    void concurrentEncodesGiveTheSameBytesAsOneThread() throws Exception {
        List<Raster> rasters = IntStream.range(0, 16).mapToObj(i -> gradient(40 + i, 30 + i, i % 2 == 0 ? 3 : 1, i))
                .toList();
        List<byte[]> expected = rasters.stream().map(r -> encode(encoder, r, quality(80))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<byte[]>> jobs = IntStream.range(0, 160)
                    .mapToObj(i -> (Callable<byte[]>) () -> encode(encoder, rasters.get(i % 16), quality(80)))
                    .toList();
            List<Future<byte[]>> results = pool.invokeAll(jobs);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("job " + i).isEqualTo(expected.get(i % 16));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewConfigurationChangesTheDefaultQualityInPlace() {
        JpegEncoder reconfigured = new JpegEncoder(95);
        Raster raster = noise(96, 64, 3);
        int before = encode(reconfigured, raster, EncodeOptions.DEFAULT).length;

        reconfigured.modified(new JpegEncoderConfig() {
            @Override
            public int quality() {
                return 20;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return JpegEncoderConfig.class;
            }
        });

        assertThat(encode(reconfigured, raster, EncodeOptions.DEFAULT).length).isLessThan(before / 2);
    }
}
