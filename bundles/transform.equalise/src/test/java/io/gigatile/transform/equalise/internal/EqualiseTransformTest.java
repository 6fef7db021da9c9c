/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.equalise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.TransformContext;
import io.gigatile.api.TransformContract;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EqualiseTransformTest {
    private final EqualiseTransform equalise = new EqualiseTransform();

    /** Only the histogram is read; the image is never asked for. */
    private record Context(int[] histogram) implements TransformContext {
        @Override
        public ImageInfo image() {
            return null;
        }

        @Override
        public boolean isTile() {
            return true;
        }
    }

    @Test
    void mapsThroughTheImagesCumulativeHistogram() {
        int[] histogram = new int[256];
        histogram[10] = 5;
        histogram[20] = 10;
        histogram[30] = 25;
        histogram[200] = 60;
        byte[] samples = {9, 10, 20, 30, (byte) 200, (byte) 255, 0, 15};
        Raster input = Raster.ofBytes(4, 2, 1, ColourSpace.GREY, samples.clone());

        Raster out = equalise.apply(input, List.of(), new Context(histogram));

        // from iipsrv 1.3 itself on x86-64: cdfmin = 5 / 8 pixels, scale = 2.55; below bin 10 round(-1.59) = -2
        // wraps to 254, and white stops at 253
        assertThat(out.bytes()).containsExactly(254, 11, 37, 100, 253, 253, 254, 11);
        assertThat(input.bytes()).containsExactly(samples);
        assertThat(out.width()).isEqualTo(4);
        assertThat(out.height()).isEqualTo(2);
        assertThat(out.bands()).isEqualTo(1);
        assertThat(out.bitsPerSample()).isEqualTo(8);
        assertThat(out.sampleType()).isEqualTo(SampleType.UNSIGNED);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.GREY);
    }

    @Test
    void mapsEveryBandIncludingAlpha() {
        int[] histogram = new int[256];
        histogram[0] = 1;
        histogram[255] = 1;
        byte[] rgba = {0, (byte) 255, 0, (byte) 255, (byte) 255, 0, 0, 0};
        Raster input = Raster.ofBytes(2, 1, 4, ColourSpace.SRGB, rgba);

        Raster out = equalise.apply(input, List.of(), new Context(histogram));

        // scale 127.5, cdfmin 1 / 2: level 0 round(63.75) = 64, level 255 round(191.25) = 191
        assertThat(out.bytes()).containsExactly(64, 191, 64, 191, 191, 64, 64, 64);
        assertThat(out.bands()).isEqualTo(4);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.SRGB);
    }

    @Test
    void bilevelBecomesGrey() {
        int[] histogram = new int[256];
        histogram[0] = 3;
        histogram[255] = 1;
        Raster input = Raster.ofBytes(2, 1, 1, ColourSpace.BILEVEL, new byte[] {0, (byte) 255});

        assertThat(equalise.apply(input, List.of(), new Context(histogram)).colourSpace())
                .isEqualTo(ColourSpace.GREY);
    }

    @Test
    void anEmptyHistogramLeavesTheRasterAsItIs() {
        Raster input = Raster.ofBytes(1, 1, 3, ColourSpace.SRGB, new byte[] {1, 2, 3});

        assertThat(equalise.apply(input, List.of(), new Context(new int[256]))).isSameAs(input);
    }

    @Test
    void needsTheImagesHistogram() {
        Raster input = Raster.ofBytes(1, 1, 1, ColourSpace.GREY, new byte[1]);

        assertThatThrownBy(() -> equalise.apply(input, List.of()))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessage("equalisation needs the image's histogram")
                .satisfies(e -> assertThat(((UnsupportedFormatException) e).isFeature()).isTrue());
        assertThatThrownBy(() -> equalise.apply(input, List.of(), null))
                .isInstanceOf(UnsupportedFormatException.class);
        assertThatThrownBy(() -> equalise.apply(input, List.of(), new Context(new int[255])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesOtherSamples() {
        Context context = new Context(new int[256]);
        List<Raster> rasters = List.of(
                Raster.ofFloats(1, 1, 1, ColourSpace.GREY, new float[1]),
                Raster.ofShorts(1, 1, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY, new short[1]),
                Raster.ofBytes(1, 1, 1, 8, SampleType.SIGNED, ColourSpace.GREY, new byte[1]),
                Raster.ofBytes(1, 1, 1, 1, SampleType.UNSIGNED, ColourSpace.BILEVEL, new byte[1]));

        for (Raster raster : rasters) {
            assertThatThrownBy(() -> equalise.apply(raster, List.of(), context)).as(raster.toString())
                    .isInstanceOf(UnsupportedFormatException.class)
                    .hasMessage("equalisation needs 8-bit samples")
                    .satisfies(e -> assertThat(((UnsupportedFormatException) e).isFeature()).isTrue());
        }
    }

    @Test
    void argumentsAreRefusedEvenWithoutAContext() {
        Raster input = Raster.ofBytes(1, 1, 1, ColourSpace.GREY, new byte[1]);

        assertThatThrownBy(() -> equalise.apply(input, List.of("1"))).isInstanceOf(BadRequestException.class);
    }

    @Nested
    class Contract extends TransformContract {
        Contract() {
            super(equalise, "equalise", TransformStage.EQUALISE, List.of(),
                    Rasters.randomBytes(16, 12, 3, ColourSpace.SRGB, 1));
        }

        @Override
        protected TransformContext context() {
            return new Context(IntStream.range(0, 256).toArray());
        }
    }
}
