/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Rect;
import io.gigatile.api.Region;
import io.gigatile.api.Size;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineRenderTest {
    @TempDir
    Path dir;

    /** Checks every pixel against the coords pattern: band 0 = x, band 1 = y (mod 256), band 2 = level. */
    private static void assertCoords(RawEncoder.Image image, int level, Rect rect) {
        assertThat(image.width()).isEqualTo(rect.width());
        assertThat(image.height()).isEqualTo(rect.height());
        for (int y = 0; y < rect.height(); y++) {
            for (int x = 0; x < rect.width(); x++) {
                if (image.sample(x, y, 0) != ((rect.x() + x) & 255) || image.sample(x, y, 1) != ((rect.y() + y) & 255)
                        || image.sample(x, y, 2) != level) {
                    throw new AssertionError("pixel " + x + "," + y + " of " + rect + " at level " + level);
                }
            }
        }
    }

    @Test
    void everyTileOfEveryLevelIncludingEdgeTiles() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 1000, 700, 128);
        List<Level> levels = f.info(id).levels();
        assertThat(levels).hasSize(11);
        int tiles = 0;
        for (int l = 0; l < levels.size(); l++) {
            Level level = levels.get(l);
            for (int ty = 0; ty < level.tilesDown(); ty++) {
                for (int tx = 0; tx < level.tilesAcross(); tx++) {
                    RawEncoder.Image tile = f.render(ImageRequest.builder(id).region(Region.tile(l, tx, ty)));
                    assertCoords(tile, l, level.tileRect(tx, ty));
                    tiles++;
                }
            }
        }
        assertThat(tiles).isEqualTo(48 + 12 + 4 + 8);
        assertThat(f.source().reads).extracting(SyntheticSource.Read::level).contains(0, 5, 10);
    }

    @Test
    void regionsAlignedWithALevelAreReadThereWithoutResampling() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 1000, 700, 128);
        // level 1 (500x350), its tile 3,2 is 384,256 116x94: full resolution 768,512 to the edge
        RawEncoder.Image tile = f.render(ImageRequest.builder(id).region(Region.pixels(768, 512, 256, 256))
                .size(new Size(Size.Kind.WIDTH, 116, 0, false)));
        assertCoords(tile, 1, new Rect(384, 256, 116, 94));
        // level 2 (250x175), 64x64 from 128,64
        RawEncoder.Image inner = f.render(ImageRequest.builder(id).region(Region.pixels(512, 256, 256, 256))
                .size(new Size(Size.Kind.EXACT, 64, 64, false)));
        assertCoords(inner, 2, new Rect(128, 64, 64, 64));
        assertThat(f.source().reads).extracting(SyntheticSource.Read::level).containsExactly(1, 2);
    }

    @Test
    void theFullImageIsScaledDownToTheMaximumSizeFromTheNearestLargerLevel() {
        EngineFixture f = new EngineFixture(dir, EngineFixture.settings(400, true, 1, true, 10));
        String id = f.write("a.syn", 1000, 700, 128);
        RawEncoder.Image image = f.render(ImageRequest.builder(id));
        assertThat(image.width()).isEqualTo(400);
        assertThat(image.height()).isEqualTo(280);
        assertThat(f.source().reads).containsExactly(new SyntheticSource.Read(1, new Rect(0, 0, 500, 350)));
        assertThat(image.sample(0, 0, 2)).isEqualTo(1);
        assertThatThrownBy(() -> f.render(ImageRequest.builder(id).size(new Size(Size.Kind.WIDTH, 401, 0, false))))
                .isInstanceOf(LimitExceededException.class);
    }

    @Test
    void everySizeKindGivesItsSize() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 1000, 700, 128);
        Map<Size, int[]> expected = new HashMap<>();
        expected.put(Size.MAX, new int[] {1000, 700});
        expected.put(new Size(Size.Kind.EXACT, 33, 77, false), new int[] {33, 77});
        expected.put(new Size(Size.Kind.WIDTH, 100, 0, false), new int[] {100, 70});
        expected.put(new Size(Size.Kind.HEIGHT, 0, 35, false), new int[] {50, 35});
        expected.put(new Size(Size.Kind.FIT, 200, 200, false), new int[] {200, 140});
        expected.put(new Size(Size.Kind.PERCENT, 10, 0, false), new int[] {100, 70});
        expected.put(new Size(Size.Kind.EXACT, 2000, 2000, true), new int[] {2000, 2000});
        expected.forEach((size, wh) -> {
            RawEncoder.Image image = f.render(ImageRequest.builder(id).size(size));
            assertThat(new int[] {image.width(), image.height()}).as(size.key()).containsExactly(wh);
        });
        RawEncoder.Image square = f.render(ImageRequest.builder(id).region(Region.SQUARE)
                .size(new Size(Size.Kind.WIDTH, 350, 0, false)));
        assertThat(square.width()).isEqualTo(350);
        assertThat(square.height()).isEqualTo(350);
        assertThat(square.sample(0, 0, 0)).isEqualTo(150 / 2 & 255);
    }

    @Test
    void aConstantImageStaysConstantAtEverySize() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("c.syn", new SyntheticSource.Spec(333, 222, 64, 3, "constant-77", "-"));
        for (int width : new int[] {1, 7, 50, 111, 166, 200, 333, 500}) {
            RawEncoder.Image image = f.render(ImageRequest.builder(id).region(Region.fraction(0.1, 0.2, 0.7, 0.6))
                    .size(new Size(Size.Kind.WIDTH, width, 0, true)));
            for (byte b : image.samples()) {
                assertThat(b & 0xFF).isEqualTo(77);
            }
        }
    }

    /** A sample of the x ramp must be its position, rounded; positions halfway may round either way. */
    private static void assertSampledAt(int sample, double position) {
        double fraction = position - Math.floor(position);
        if (Math.abs(fraction - 0.5) > 0.01) {
            assertThat(sample).as("sample at %s", position).isEqualTo((int) Math.round(position));
        }
    }

    @Test
    void resamplingKeepsPixelCentresWhereTheyBelong() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 200, 100, 64);
        // band 0 is x: a ramp that bilinear sampling must reproduce at the centre of each output pixel
        RawEncoder.Image whole = f.render(ImageRequest.builder(id).size(new Size(Size.Kind.WIDTH, 120, 0, false)));
        for (int d = 0; d < 120; d++) {
            assertSampledAt(whole.sample(d, 0, 0), (d + 0.5) * 200 / 120 - 0.5);
        }
        RawEncoder.Image part = f.render(ImageRequest.builder(id).region(Region.pixels(11, 0, 150, 100))
                .size(new Size(Size.Kind.WIDTH, 300, 0, true)));
        for (int d = 0; d < 300; d++) {
            assertSampledAt(part.sample(d, 0, 0), 11 + (d + 0.5) * 0.5 - 0.5);
        }
        assertThat(part.sample(0, 0, 0)).isEqualTo(11);
    }

    @Test
    void regionsTilesAndSizesThatMakeNoSenseAreRefused() {
        EngineFixture f = new EngineFixture(dir);
        String id = f.write("a.syn", 1000, 700, 128);
        assertThatThrownBy(() -> f.render(ImageRequest.builder(id).region(Region.pixels(1000, 0, 10, 10))))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> f.render(ImageRequest.builder(id).region(Region.tile(0, 8, 0))))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> f.render(ImageRequest.builder(id).region(Region.tile(11, 0, 0))))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> f.render(ImageRequest.builder(id).region(Region.tile(1, 0, 0))
                .size(new Size(Size.Kind.WIDTH, 64, 0, false)))).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> f.render(ImageRequest.builder(id).size(new Size(Size.Kind.WIDTH, 1001, 0, false))))
                .isInstanceOf(LimitExceededException.class);
        assertThatThrownBy(() -> f.render(ImageRequest.builder(id).view(1, 0)))
                .isInstanceOf(BadRequestException.class);
        assertThat(f.source().reads).isEmpty();
    }

    @Test
    void upscalingDisabledByConfigurationIsRefusedEvenWhenAskedFor() {
        EngineFixture f = new EngineFixture(dir, EngineFixture.settings(5000, false, 1, true, 10));
        String id = f.write("a.syn", 100, 70, 64);
        assertThatThrownBy(() -> f.render(ImageRequest.builder(id).size(new Size(Size.Kind.WIDTH, 200, 0, true))))
                .isInstanceOf(LimitExceededException.class).hasMessage("upscaling is not allowed");
        assertThat(f.engine.limits().allowUpscaling()).isFalse();
        assertThat(f.engine.limits().maxSize()).isEqualTo(5000);
    }

    @Test
    void nearestNeighbourCopiesSourcePixels() {
        EngineFixture f = new EngineFixture(dir, EngineFixture.settings(5000, true, 0, true, 10));
        String id = f.write("a.syn", 200, 100, 64);
        RawEncoder.Image image = f.render(ImageRequest.builder(id).size(new Size(Size.Kind.WIDTH, 400, 0, true)));
        assertThat(image.width()).isEqualTo(400);
        for (int x = 0; x < 400; x++) {
            assertThat(image.sample(x, 0, 0)).isEqualTo(x / 2);
        }
    }

    @Test
    void concurrentRendersGiveTheSameBytesAsOneAtATime() throws Exception {
        // a cache of one open image makes the threads evict and reopen sources under each other
        EngineFixture f = new EngineFixture(dir, EngineFixture.settings(5000, true, 1, true, 1));
        String a = f.write("a.syn", 1000, 700, 128);
        String b = f.write("b.syn", 640, 480, 64);
        Random random = new Random(7);
        List<ImageRequest> requests = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String id = i % 2 == 0 ? a : b;
            ImageRequest.Builder r = ImageRequest.builder(id).format(RawEncoder.FORMAT);
            if (i % 3 == 0) {
                r.region(Region.tile(1 + random.nextInt(2), 0, random.nextInt(2)));
            } else {
                r.region(Region.pixels(random.nextInt(400), random.nextInt(300), 1 + random.nextInt(400),
                        1 + random.nextInt(300))).size(new Size(Size.Kind.WIDTH, 1 + random.nextInt(150), 0, true));
            }
            requests.add(r.build());
        }
        Map<ImageRequest, byte[]> expected = new HashMap<>();
        for (ImageRequest r : requests) {
            expected.put(r, f.rendered(r).bytes());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < requests.size(); i++) {
                        ImageRequest r = requests.get((i + offset * 17) % requests.size());
                        if (!java.util.Arrays.equals(expected.get(r), f.rendered(r).bytes())) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(f.engine.openSources()).isEqualTo(1);
        assertThat(f.decoder.opened.stream().filter(s -> !s.closed).count()).isEqualTo(1);
    }
}
