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
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.Region;
import io.gigatile.api.SampleType;
import io.gigatile.api.Size;
import io.gigatile.api.Transform;
import io.gigatile.api.TransformStep;
import io.gigatile.api.propertytypes.TransformAlways;
import io.gigatile.api.propertytypes.TransformName;
import io.gigatile.api.propertytypes.TransformStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The float pipeline's neighbourhoods, the image's histogram, transforms on every request, and raw values. */
class EngineProcessingTest {
    @TempDir
    Path dir;

    private final List<String> log = new CopyOnWriteArrayList<>();

    /** A horizontal 3-pixel box blur on floats, edges extended: a convolution's shape with a margin of 1. */
    private static final class Blur implements Transform {
        @Override
        public Raster apply(Raster in, List<String> arguments) {
            int w = in.width();
            int bands = in.bands();
            float[] from = in.floats();
            float[] out = new float[from.length];
            for (int y = 0; y < in.height(); y++) {
                for (int x = 0; x < w; x++) {
                    for (int b = 0; b < bands; b++) {
                        float sum = 0;
                        for (int dx = -1; dx <= 1; dx++) {
                            int sx = Math.max(0, Math.min(w - 1, x + dx));
                            sum += from[(y * w + sx) * bands + b];
                        }
                        out[(y * w + x) * bands + b] = sum / 3;
                    }
                }
            }
            return Raster.ofFloats(w, in.height(), bands, in.colourSpace(), out);
        }

        @Override
        public int margin(List<String> arguments) {
            return 1;
        }
    }

    @Test
    void neighbourhoodTransformsReadAroundTheRegionSoTilesJoinWithoutSeams() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 300, 200, 64);
        f.bindPipeline();
        f.bindTransform("convolve", new Blur());
        TransformStep blur = new TransformStep("convolve", List.of());
        RawEncoder.Image whole = f.render(ImageRequest.builder(id).transform(blur));
        for (int tx = 0; tx < 5; tx++) {
            RawEncoder.Image tile = f.render(ImageRequest.builder(id).region(Region.tile(0, tx, 1)).transform(blur));
            for (int x = 0; x < tile.width(); x++) {
                assertThat(tile.sample(x, 3, 0)).as("tile %d, x %d", tx, x)
                        .isEqualTo(whole.sample(tx * 64 + x, 64 + 3, 0));
            }
        }
        // band 0 is x mod 256: inside, the blur of a ramp is the ramp; at the image's edge, the edge is extended
        // (truncation to 8 bits can lose one)
        assertThat(whole.sample(0, 0, 0)).isBetween(0, 1);
        assertThat(whole.sample(100, 0, 0)).isBetween(99, 100);
        assertThat(whole.sample(299, 0, 0)).isBetween(42, 43);
    }

    /** 4x1 grey, 16-bit, range 1000 to 3000. */
    private EngineFixture sixteenBit() throws IOException {
        MemorySource source = new MemorySource(ImageInfo.builder().samples(1, 16, SampleType.UNSIGNED,
                ColourSpace.GREY).range(new double[] {1000}, new double[] {3000}), Raster.ofShorts(4, 1, 1, 16,
                        SampleType.UNSIGNED, ColourSpace.GREY, new short[] {1000, 2000, 3000, 500}));
        EngineFixture f = new EngineFixture(dir);
        f.engine.bindDecoder((file, bytes) -> source, SyntheticDecoder.properties("mem", 0, 2, List.of("mem"),
                List.of()));
        Files.writeString(dir.resolve("img.mem"), "in memory");
        f.bindTransform("contrast", PipelineDoubles.contrast());
        Transform normaliser = PipelineDoubles.normaliser();
        f.bindTransform("normalise", (raster, args) -> {
            log.add(String.join(",", args));
            return normaliser.apply(raster, args);
        });
        return f;
    }

    @Test
    void stretchTakesTheRangeOfTheImagesHistogramAsIipsrvDoes() throws IOException {
        EngineFixture f = sixteenBit();
        f.render(ImageRequest.builder("img.mem").transform(new TransformStep("contrast", List.of("stretch"))));
        // the histogram: (v - 1000) / 2000 * 255 truncated = 0, 127, 255, 0; bins 0 and 255 shifted up 8 bits
        assertThat(log).containsExactly("float,1000,3000", "float,0,65280");
    }

    @Test
    void histogramsFollowIipsrvsArithmetic() {
        MemorySource rgb = new MemorySource(ImageInfo.builder().samples(3, 8, SampleType.UNSIGNED, ColourSpace.SRGB),
                Raster.ofBytes(2, 1, 3, ColourSpace.SRGB, new byte[] {1, 2, 2, (byte) 255, (byte) 255, 0}));
        int[] bins = Histograms.compute(rgb, 0, () -> null);
        // means 5/3 = 1.67 -> 2 and 510/3 = 170
        assertThat(bins[2]).isEqualTo(1);
        assertThat(bins[170]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(bins).sum()).isEqualTo(2);
    }

    @Test
    void transformsMarkedAlwaysRunOnEveryRequestAndTheirComingDropsCachedResponses() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("p.syn", new SyntheticSource.Spec(1000, 700, 128, 3, "coords", RawEncoder.FORMAT));
        MemoryCache cache = new MemoryCache();
        f.engine.bindCache(cache, Map.of());
        f.renderBytes(ImageRequest.builder(id).region(Region.tile(1, 3, 2)));
        assertThat(cache.held).isNotEmpty();
        Transform mark = new RecordingTransform("watermark", log);
        f.engine.bindTransform(mark, Map.of(TransformName.TRANSFORM, "watermark", TransformStage.PROPERTY,
                TransformStage.WATERMARK, TransformAlways.PROPERTY, true));
        assertThat(cache.held).as("responses made without the watermark").isEmpty();
        RawEncoder.Image tile = f.render(ImageRequest.builder(id).region(Region.tile(1, 3, 2)));
        assertThat(tile.width()).as("decoded, not passed through").isEqualTo(116);
        f.render(ImageRequest.builder(id).size(new Size(Size.Kind.WIDTH, 50, 0, false)));
        assertThat(log).containsExactly("watermark", "watermark");
        f.renderBytes(ImageRequest.builder(id).region(Region.tile(1, 3, 2)));
        f.engine.unbindTransform(mark);
        assertThat(cache.held).isEmpty();
    }

    @Test
    void samplesAreTheDecodersOwnValuesWithinBounds() throws IOException {
        EngineFixture f = sixteenBit();
        Raster values = f.engine.image("img.mem").samples(0, 0, 0, new Rect(1, 0, 3, 1));
        assertThat(values.shorts()).containsExactly((short) 2000, (short) 3000, (short) 500);
        assertThatThrownBy(() -> f.engine.image("img.mem").samples(0, 0, 0, new Rect(2, 0, 3, 1)))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> f.engine.image("img.mem").samples(0, 0, 1, new Rect(0, 0, 1, 1)))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> f.engine.image("img.mem").samples(0, 0, 0, new Rect(0, 0, 2000, 1000)))
                .isInstanceOf(LimitExceededException.class);
        assertThat(log).as("nothing normalised").isEmpty();
    }
}
