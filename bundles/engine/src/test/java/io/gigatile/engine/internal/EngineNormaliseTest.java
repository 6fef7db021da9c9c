/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.Raster;
import io.gigatile.api.Region;
import io.gigatile.api.SampleType;
import io.gigatile.api.Transform;
import io.gigatile.api.TransformStep;
import io.gigatile.api.UnsupportedFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The normalise and lab2srgb steps the engine adds for images that are not 8-bit sRGB or grey. */
class EngineNormaliseTest {
    @TempDir
    Path dir;

    private final List<String> log = new CopyOnWriteArrayList<>();

    /** An engine serving one in-memory image as {@code img.mem}. */
    private EngineFixture serving(MemorySource source) throws IOException {
        EngineFixture f = new EngineFixture(dir);
        f.engine.bindDecoder((file, bytes) -> source, SyntheticDecoder.properties("mem", 0, 2, List.of("mem"), List.of()));
        Files.writeString(dir.resolve("img.mem"), "in memory");
        return f;
    }

    /** A stand-in for the normalise bundle: records its arguments, answers with a constant 8-bit raster. */
    private void bindNormaliser(EngineFixture f, int value) {
        f.bindTransform("normalise", (raster, args) -> {
            log.add("normalise " + raster.bitsPerSample() + " " + String.join(",", args));
            byte[] out = new byte[raster.width() * raster.height() * raster.bands()];
            Arrays.fill(out, (byte) value);
            return Raster.ofBytes(raster.width(), raster.height(), raster.bands(), raster.colourSpace(), out);
        });
    }

    /** The pipeline's stand-ins, the normaliser recording its arguments. */
    private void bindRecordingPipeline(EngineFixture f) {
        f.bindTransform("contrast", PipelineDoubles.contrast());
        Transform normaliser = PipelineDoubles.normaliser();
        f.bindTransform("normalise", (raster, args) -> {
            log.add("normalise " + raster.bitsPerSample() + " " + String.join(",", args));
            return normaliser.apply(raster, args);
        });
    }

    /** 4x1 grey, 16-bit, range 1000 to 3000. */
    private static MemorySource sixteenBit() {
        return new MemorySource(ImageInfo.builder().samples(1, 16, SampleType.UNSIGNED, ColourSpace.GREY)
                .range(new double[] {1000}, new double[] {3000}), Raster.ofShorts(4, 1, 1, 16,
                        SampleType.UNSIGNED, ColourSpace.GREY, new short[] {1000, 2000, 3000, 500}));
    }

    private static int[] samples(RawEncoder.Image image) {
        int[] out = new int[image.samples().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = image.samples()[i] & 0xFF;
        }
        return out;
    }

    @Test
    void withoutTheServiceDeepImagesAreAMissingFeature() throws IOException {
        EngineFixture f = serving(sixteenBit());
        assertThatThrownBy(() -> f.render(ImageRequest.builder("img.mem")))
                .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("normalise")
                .matches(e -> ((UnsupportedFormatException) e).isFeature());
    }

    @Test
    void aRequestedRangeTakesTheFloatPipelineAsIipsrvsMinmaxDoes() throws IOException {
        EngineFixture f = serving(sixteenBit());
        bindRecordingPipeline(f);
        assertThat(samples(f.render(ImageRequest.builder("img.mem")))).containsExactly(0, 128, 255, 0);
        assertThat(samples(f.render(ImageRequest.builder("img.mem")
                .transform(new TransformStep("normalise", List.of("2000", "2500")))))).containsExactly(0, 0, 255, 0);
        assertThat(log).containsExactly("normalise 16 1000,3000", "normalise 16 float,2000,2500");
    }

    @Test
    void theServiceGetsTheImagesRangeWithoutBeingAsked() throws IOException {
        EngineFixture f = serving(sixteenBit());
        bindNormaliser(f, 77);
        assertThat(samples(f.render(ImageRequest.builder("img.mem")))).containsExactly(77, 77, 77, 77);
        assertThat(log).containsExactly("normalise 16 1000,3000");
    }

    @Test
    void aRequestsRangesOverrideTheImagesBandByBand() throws IOException {
        MemorySource rgb = new MemorySource(ImageInfo.builder().samples(3, 16, SampleType.UNSIGNED, ColourSpace.SRGB)
                .range(new double[] {0, 10, 20}, new double[] {100, 110, 120}), Raster.ofShorts(1, 1, 3, 16,
                        SampleType.UNSIGNED, ColourSpace.SRGB, new short[] {1, 2, 3}));
        EngineFixture f = serving(rgb);
        bindRecordingPipeline(f);
        f.render(ImageRequest.builder("img.mem")
                .transform(new TransformStep("normalise", List.of("5", "6.5")))
                .transform(new TransformStep("normalise", List.of("-1", "1e3", "0.25", "2"))));
        assertThat(log).containsExactly("normalise 16 float,-1,1000,0.25,2,20,120");
    }

    @Test
    void floatImagesAreNormalisedTooAndEightBitOnesOnlyWhenAsked() throws IOException {
        MemorySource floats = new MemorySource(ImageInfo.builder().samples(1, 32, SampleType.FLOAT, ColourSpace.GREY)
                .range(new double[] {-0.5}, new double[] {2.25}), Raster.ofFloats(2, 1, 1, ColourSpace.GREY,
                        new float[] {Float.NaN, 2.25f}));
        EngineFixture f = serving(floats);
        bindRecordingPipeline(f);
        assertThat(samples(f.render(ImageRequest.builder("img.mem")))).containsExactly(0, 255);
        EngineFixture eight = serving(new MemorySource(ImageInfo.builder()
                .samples(1, 8, SampleType.UNSIGNED, ColourSpace.GREY), Raster.ofBytes(2, 1, 1, ColourSpace.GREY,
                        new byte[] {10, 20})));
        bindRecordingPipeline(eight);
        assertThat(samples(eight.render(ImageRequest.builder("img.mem").encodeQuality(70)))).containsExactly(10, 20);
        assertThat(samples(eight.render(ImageRequest.builder("img.mem")
                .transform(new TransformStep("normalise", List.of("0", "100")))))).containsExactly(25, 51);
        assertThat(log).containsExactly("normalise 32 -0.5,2.25", "normalise 8 float,0,100");
    }

    @Test
    void malformedRangesAreBadRequests() throws IOException {
        EngineFixture f = serving(sixteenBit());
        for (List<String> args : List.of(List.of("1"), List.of("a", "2"), List.of("1", "2", "3", "4"),
                List.of("NaN", "1"), List.of("1e999", "2"))) {
            assertThatThrownBy(() -> f.render(ImageRequest.builder("img.mem")
                    .transform(new TransformStep("normalise", args)))).as(args.toString())
                    .isInstanceOf(BadRequestException.class);
        }
    }

    @Test
    void storedTilesOfImagesThatNeedNormalisingAreNotPassedThrough() throws IOException {
        EngineFixture f = serving(sixteenBit());
        bindNormaliser(f, 1);
        byte[] tile = f.renderBytes(ImageRequest.builder("img.mem").region(Region.tile(0, 0, 0))).bytes();
        assertThat(new String(tile, StandardCharsets.US_ASCII)).isNotEqualTo("stored");
        EngineFixture eight = serving(new MemorySource(ImageInfo.builder()
                .samples(1, 8, SampleType.UNSIGNED, ColourSpace.GREY), Raster.ofBytes(2, 1, 1, ColourSpace.GREY,
                        new byte[] {10, 20})));
        byte[] stored = eight.renderBytes(ImageRequest.builder("img.mem").region(Region.tile(0, 0, 0))).bytes();
        assertThat(new String(stored, StandardCharsets.US_ASCII)).isEqualTo("stored");
    }

    private static MemorySource lab() {
        return new MemorySource(ImageInfo.builder().samples(3, 16, SampleType.UNSIGNED, ColourSpace.CIELAB)
                .iccProfile(new byte[] {1, 2}), Raster.ofShorts(1, 1, 3, 16, SampleType.UNSIGNED, ColourSpace.CIELAB,
                        new short[] {100, 200, 300}));
    }

    @Test
    void cielabImagesGoThroughLab2srgbAndAreNotNormalised() throws IOException {
        EngineFixture f = serving(lab());
        bindRecordingPipeline(f);
        f.bindTransform("lab2srgb", new RecordingTransform("lab2srgb", log, in -> Raster.ofBytes(1, 1, 3,
                ColourSpace.SRGB, new byte[] {4, 5, 6})));
        RawEncoder.Image image = f.render(ImageRequest.builder("img.mem"));
        assertThat(samples(image)).containsExactly(4, 5, 6);
        assertThat(image.icc()).as("the Lab profile does not describe sRGB pixels").isEmpty();
        assertThat(log).containsExactly("lab2srgb");
        log.clear();
        f.render(ImageRequest.builder("img.mem").transform(new TransformStep("normalise", List.of("0", "1"))));
        assertThat(log).as("as iipsrv, a range asks for the float pipeline but is ignored for CIELAB")
                .containsExactly("lab2srgb", "normalise 8 float,0,255,0,255,0,255");
    }

    @Test
    void cielabWithoutLab2srgbIsAMissingFeature() throws IOException {
        EngineFixture f = serving(lab());
        f.bindPipeline();
        assertThatThrownBy(() -> f.render(ImageRequest.builder("img.mem")))
                .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("lab2srgb")
                .matches(e -> ((UnsupportedFormatException) e).isFeature());
        assertThat(f.info("img.mem").colourSpace()).isEqualTo(ColourSpace.CIELAB);
    }
}
