/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Quality;
import io.gigatile.api.Raster;
import io.gigatile.api.Region;
import io.gigatile.api.RenderedImage;
import io.gigatile.api.SampleType;
import io.gigatile.api.Size;
import io.gigatile.api.Transform;
import io.gigatile.api.TransformStep;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.EncoderFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnginePluginTest {
    @TempDir
    Path dir;

    private static boolean isFeature(Throwable e) {
        return ((UnsupportedFormatException) e).isFeature();
    }

    @Test
    void describesImagesAndItsOwnLimits() throws IOException {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 1000, 700, 128);
        assertThat(f.info(id).width()).isEqualTo(1000);
        assertThat(f.info(id)).isSameAs(f.info(id));
        assertThat(f.engine.image(id).lastModified()).isEqualTo(Files.getLastModifiedTime(dir.resolve(id)).toInstant());
        assertThat(f.engine.limits().maxSize()).isEqualTo(5000);
        assertThat(f.engine.limits().allowUpscaling()).isTrue();
        assertThat(f.engine.supportsFormat("raw")).isTrue();
        assertThat(f.engine.supportsFormat("RAW")).isTrue();
        assertThat(f.engine.supportsFormat("png")).isFalse();
        assertThatThrownBy(() -> f.info("missing.syn")).isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void imagesNoDecoderReadsAreAnUnsupportedInputFormat() throws IOException {
        EngineFixture f = new EngineFixture(dir);
        Files.writeString(dir.resolve("photo.png"), "\u0089PNG not really");
        assertThatThrownBy(() -> f.info("photo.png")).isInstanceOf(UnsupportedFormatException.class)
                .matches(e -> !isFeature(e));
    }

    @Test
    void missingOutputFormatsAndTransformsAreMissingFeatures() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 100, 70, 64);
        ImageRequest png = ImageRequest.builder(id).format("png").build();
        assertThatThrownBy(() -> f.rendered(png)).isInstanceOf(UnsupportedFormatException.class)
                .matches(EnginePluginTest::isFeature);
        for (ImageRequest.Builder r : List.of(ImageRequest.builder(id).rotation(90, false),
                ImageRequest.builder(id).rotation(0, true), ImageRequest.builder(id).quality(Quality.GRAY),
                ImageRequest.builder(id).quality(Quality.BITONAL),
                ImageRequest.builder(id).transform(new TransformStep("contrast", List.of("2"))))) {
            assertThatThrownBy(() -> f.render(r)).isInstanceOf(UnsupportedFormatException.class)
                    .matches(EnginePluginTest::isFeature);
        }
        assertThat(f.render(ImageRequest.builder(id).quality(Quality.COLOR)).width()).isEqualTo(100);
        assertThat(f.source().reads).hasSize(1);
        assertThat(f.engine.supportsQuality(Quality.DEFAULT)).isTrue();
        assertThat(f.engine.supportsQuality(Quality.GRAY)).as("without the greyscale transform").isFalse();
        f.bindTransform("greyscale", new RecordingTransform("greyscale", new ArrayList<>()));
        assertThat(f.engine.supportsQuality(Quality.GRAY)).isTrue();
        assertThat(f.engine.supportsQuality(Quality.BITONAL)).isFalse();
        assertThat(f.engine.supportsTransform("greyscale")).isTrue();
        assertThat(f.engine.supportsTransform("invert")).isFalse();
    }

    @Test
    void transformsRunInThePipelineOrderWithTheirArguments() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 100, 70, 64);
        List<String> log = new CopyOnWriteArrayList<>();
        f.bindTransform("normalise", PipelineDoubles.normaliser());
        for (String name : List.of("gamma", "mirror", "watermark", "custom")) {
            f.bindTransform(name, new RecordingTransform(name, log));
        }
        Transform contrast = PipelineDoubles.contrast();
        f.bindTransform("contrast", (raster, arguments) -> {
            log.add("contrast:" + String.join(",", arguments));
            return contrast.apply(raster, arguments);
        });
        f.bindTransform("rotate", new RecordingTransform("rotate", log, RecordingTransform::quarterTurn));
        f.bindTransform("greyscale", new RecordingTransform("greyscale", log, RecordingTransform::firstBand));
        RawEncoder.Image image = f.render(ImageRequest.builder(id)
                .size(new Size(Size.Kind.WIDTH, 50, 0, false))
                .transform(new TransformStep("watermark", List.of()))
                .transform(new TransformStep("gamma", List.of("2.2")))
                .transform(new TransformStep("custom", List.of("a", "b")))
                .transform(new TransformStep("contrast", List.of("1.5")))
                .rotation(90, true).quality(Quality.GRAY));
        assertThat(log).as("by stage: floats, the cut to 8 bits, unplaced, then after resizing")
                .containsExactly("gamma:2.2", "contrast:1.5", "custom:a,b", "greyscale", "mirror", "rotate:90",
                        "watermark");
        assertThat(image.width()).isEqualTo(35);
        assertThat(image.height()).isEqualTo(50);
        assertThat(image.bands()).isEqualTo(1);
        assertThat(image.icc()).as("an sRGB profile does not belong on a grey image").isEmpty();
        log.clear();
        f.render(ImageRequest.builder(id).rotation(22.5, false));
        assertThat(log).containsExactly("rotate:22.5");
        log.clear();
        f.render(ImageRequest.builder(id).transform(new TransformStep("gamma", List.of("2"))));
        assertThat(log).as("a float stage without contrast gets contrast 1").containsExactly("gamma:2", "contrast:1");
    }

    @Test
    void profilesFromMaxIccOnAreLeftOutAndMinusOneEmbedsAll() {
        for (int[] limitAndEmbedded : new int[][] {{4, 1}, {3, 0}, {0, 0}, {-1, 1}}) {
            EngineFixture f = new EngineFixture(dir, new EngineSettings(5000, true, 1, true, 1000, 0,
                    limitAndEmbedded[0]));
            String id = f.write("a.syn", 100, 70, 64);
            assertThat(f.render(ImageRequest.builder(id)).icc()).as("MAX_ICC %d, a 3-byte profile",
                    limitAndEmbedded[0]).hasSize(3 * limitAndEmbedded[1]);
        }
    }

    @Test
    void encoderQualityAndTheImagesProfileReachTheEncoder() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 100, 70, 64);
        RawEncoder.Image image = f.render(ImageRequest.builder(id).encodeQuality(85));
        assertThat(image.quality()).isEqualTo(85);
        assertThat(new String(image.icc(), StandardCharsets.US_ASCII)).isEqualTo("icc");
        assertThat(f.render(ImageRequest.builder(id)).quality()).isEqualTo(-1);
        RenderedImage rendered = f.renderBytes(ImageRequest.builder(id));
        assertThat(rendered.mediaType()).isEqualTo(RawEncoder.MEDIA_TYPE);
    }

    @Test
    void theBestRankedEncoderForAFormatIsUsed() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 10, 10, 64);
        f.engine.bindEncoder((raster, options, out) -> out.write(42), Map.of(EncoderFormat.FORMAT, "raw",
                EncoderFormat.MEDIATYPE, "image/x-better", "service.ranking", 5));
        RenderedImage image = f.renderBytes(ImageRequest.builder(id));
        assertThat(image.bytes()).containsExactly(42);
        assertThat(image.mediaType()).isEqualTo("image/x-better");
    }

    @Test
    void plainTilesPassThroughAsStored() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("p.syn", new SyntheticSource.Spec(1000, 700, 128, 3, "coords", RawEncoder.FORMAT));
        RenderedImage tile = f.renderBytes(ImageRequest.builder(id).region(Region.tile(1, 3, 2)));
        assertThat(new String(tile.bytes(), StandardCharsets.US_ASCII)).isEqualTo("stored 1/3/2");
        assertThat(tile.mediaType()).isEqualTo(RawEncoder.MEDIA_TYPE);
        assertThat(f.source().reads).isEmpty();
        RawEncoder.Image withQuality = f.render(ImageRequest.builder(id).region(Region.tile(1, 3, 2))
                .encodeQuality(50));
        assertThat(withQuality.width()).isEqualTo(116);
        assertThatThrownBy(() -> f.renderBytes(ImageRequest.builder(id).region(Region.tile(1, 4, 0))))
                .isInstanceOf(io.gigatile.api.BadRequestException.class);
        assertThat(f.source().reads).hasSize(1);
    }

    @Test
    void passThroughCanBeSwitchedOff() {
        EngineFixture f = new EngineFixture(dir, EngineFixture.settings(5000, true, 1, false, 10));
        String id = f.write("p.syn", new SyntheticSource.Spec(1000, 700, 128, 3, "coords", RawEncoder.FORMAT));
        RawEncoder.Image tile = f.render(ImageRequest.builder(id).region(Region.tile(1, 3, 2)));
        assertThat(tile.width()).isEqualTo(116);
        assertThat(tile.sample(0, 0, 0)).isEqualTo(384 & 255);
    }

    @Test
    void sixteenBitImagesAreBroughtToEightBitsByTheNormaliseAndContrastSteps() throws IOException {
        EngineFixture f = new EngineFixture(dir);
        ImageSource deep = new ImageSource() {
            private final ImageInfo info = ImageInfo.builder().addLevel(new Level(4, 2, 4, 2))
                    .samples(1, 16, SampleType.UNSIGNED, ColourSpace.GREY)
                    .range(new double[] {1000}, new double[] {3000}).build();

            @Override
            public ImageInfo info() {
                return info;
            }

            @Override
            public Raster readTile(int level, int tileX, int tileY) {
                return Raster.ofShorts(4, 2, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY,
                        new short[] {1000, 2000, 3000, 4000, 0, 1500, 2500, (short) 65535});
            }

            @Override
            public void close() {
                // holds nothing
            }
        };
        f.engine.bindDecoder((file, bytes) -> deep, SyntheticDecoder.properties("deep", 0, 2, List.of("deep"), List.of()));
        Files.writeString(dir.resolve("d.deep"), "16-bit");
        Transform leaves = (raster, arguments) -> raster;
        f.bindTransform("normalise", leaves);
        assertThatThrownBy(() -> f.render(ImageRequest.builder("d.deep"))).as("a normaliser that leaves 16 bits")
                .isInstanceOf(io.gigatile.api.DecodeFailureException.class);
        f.engine.unbindTransform(leaves);
        f.bindPipeline();
        RawEncoder.Image image = f.render(ImageRequest.builder("d.deep")
                .transform(new TransformStep("normalise", List.of("1000", "3000"))));
        // iipsrv's float pipeline: (v - 1000) / 2000, times 255, truncated
        assertThat(image.samples()).containsExactly(0, (byte) 127, (byte) 255, (byte) 255, 0, 63, (byte) 191,
                (byte) 255);
    }

    @Test
    void aDecoderLeavingClosesItsSources() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 100, 70, 64);
        f.render(ImageRequest.builder(id));
        assertThat(f.engine.openSources()).isEqualTo(1);
        f.engine.unbindDecoder(f.decoder);
        assertThat(f.engine.openSources()).isZero();
        assertThat(f.source().closed).isTrue();
        assertThatThrownBy(() -> f.render(ImageRequest.builder(id))).isInstanceOf(UnsupportedFormatException.class);
    }

    @Test
    void aHigherRankedDecoderArrivingTakesOverOpenFiles() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 100, 70, 64);
        f.render(ImageRequest.builder(id));
        SyntheticDecoder lower = new SyntheticDecoder();
        f.engine.bindDecoder(lower, SyntheticDecoder.properties("lower", -10, 2L, List.of("syn"),
                List.of(SyntheticDecoder.SIGNATURE)));
        assertThat(f.source().closed).as("the source, after a lower-ranked decoder came").isFalse();

        SyntheticDecoder higher = new SyntheticDecoder();
        f.engine.bindDecoder(higher, SyntheticDecoder.properties("higher", 10, 3L, List.of("syn"),
                List.of(SyntheticDecoder.SIGNATURE)));

        assertThat(f.source().closed).as("the source, after a higher-ranked decoder came").isTrue();
        f.render(ImageRequest.builder(id).size(new Size(Size.Kind.WIDTH, 50, 0, false)));
        assertThat(higher.opened).hasSize(1);
        assertThat(lower.opened).isEmpty();
        assertThat(f.engine.openSources()).isEqualTo(1);
    }

    @Test
    void anEncoderLeavingMakesItsFormatUnavailableNotUnknownUntilItReturns() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 100, 70, 64);
        RawEncoder other = new RawEncoder();
        Map<String, Object> properties = Map.of(EncoderFormat.FORMAT, "raw2", EncoderFormat.MEDIATYPE,
                RawEncoder.MEDIA_TYPE, "service.id", 50L);
        f.engine.bindEncoder(other, properties);
        f.rendered(ImageRequest.builder(id).format("raw2").build());

        f.engine.unbindEncoder(other);

        assertThat(f.engine.supportsFormat("RAW2")).isTrue();
        assertThatThrownBy(() -> f.rendered(ImageRequest.builder(id).format("raw2").build()))
                .isInstanceOf(io.gigatile.api.SourceUnavailableException.class);
        assertThat(f.engine.supportsFormat("never")).isFalse();
        f.engine.bindEncoder(other, properties);
        assertThat(f.rendered(ImageRequest.builder(id).format("raw2").build()).bytes()).isNotEmpty();
    }

    @Test
    void deactivationClosesEverySource() {
        EngineFixture f = new EngineFixture(dir);
        f.render(ImageRequest.builder(f.write("a.syn", 100, 70, 64)));
        f.engine.deactivate();
        assertThat(f.source().closed).isTrue();
    }
}
