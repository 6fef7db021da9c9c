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
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Region;
import io.gigatile.api.SampleType;
import io.gigatile.api.ViewAngles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Views: the files of a store's sequence, and the pages a decoder offers. */
class EngineViewTest {
    private static final ViewAngles ANGLES = new ViewAngles(List.of(0, 30, 60), List.of(45, 90));

    @TempDir
    Path dir;

    /** Each view file holds a grey image of constant 10 x + y, 100 + 10 x + y pixels wide. */
    private EngineFixture sequence() {
        EngineFixture f = new EngineFixture(dir);
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 2; y++) {
                f.write(SequenceStore.fileName(x, y), new SyntheticSource.Spec(100 + 10 * x + y, 50, 64, 1,
                        "constant-" + (10 * x + y), "-"));
            }
        }
        f.engine.bindStore(new SequenceStore(dir, ANGLES), Map.of("service.ranking", 5));
        return f;
    }

    @Test
    void aSequenceIsDescribedByItsDefaultViewWithTheStoresAngles() throws IOException {
        EngineFixture f = sequence();
        ImageInfo info = f.info(SequenceStore.ID);
        assertThat(info.width()).isEqualTo(101);
        assertThat(info.angles()).isEqualTo(ANGLES);
        Instant modified = Instant.parse("2024-01-02T03:04:05Z");
        Files.setLastModifiedTime(dir.resolve(SequenceStore.fileName(0, 1)), FileTime.from(modified));
        assertThat(f.engine.image(SequenceStore.ID).lastModified()).isEqualTo(modified);
    }

    @Test
    void everyViewOfASequenceIsReadFromItsOwnFile() {
        EngineFixture f = sequence();
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 2; y++) {
                RawEncoder.Image image = f.render(ImageRequest.builder(SequenceStore.ID).view(x, y));
                assertThat(image.width()).isEqualTo(100 + 10 * x + y);
                assertThat(image.sample(7, 7, 0)).isEqualTo(10 * x + y);
            }
        }
        assertThat(f.decoder.opened).hasSize(6);
    }

    @Test
    void viewsOfASequenceThatDoNotExistAreNotFound() {
        EngineFixture f = sequence();
        for (int[] xy : new int[][] {{3, 0}, {0, 2}, {-1, 0}}) {
            assertThatThrownBy(() -> f.render(ImageRequest.builder(SequenceStore.ID).view(xy[0], xy[1])))
                    .isInstanceOf(ImageNotFoundException.class);
        }
    }

    @Test
    void cachedResponsesAreKeptApartByView() {
        EngineFixture f = sequence();
        MemoryCache cache = new MemoryCache();
        f.engine.bindCache(cache, Map.of());
        ImageRequest.Builder first = ImageRequest.builder(SequenceStore.ID).view(1, 0).region(Region.tile(0, 0, 0));
        ImageRequest.Builder second = ImageRequest.builder(SequenceStore.ID).view(2, 1).region(Region.tile(0, 0, 0));
        assertThat(f.render(first).sample(0, 0, 0)).isEqualTo(10);
        assertThat(f.render(second).sample(0, 0, 0)).isEqualTo(21);
        assertThat(f.render(first).sample(0, 0, 0)).isEqualTo(10);
        assertThat(cache.held).hasSize(2);
    }

    /** A three-page grey stack; page n is constant 50 n and n + 4 pixels wide. */
    private static MemorySource stack() {
        List<MemorySource> pages = List.of(page(1), page(2));
        Raster first = constant(0);
        ImageInfo info = ImageInfo.builder().addLevel(new Level(first.width(), 1, first.width(), 1))
                .samples(1, 8, SampleType.UNSIGNED, ColourSpace.GREY).build();
        return new MemorySource(info, first, pages);
    }

    private static MemorySource page(int n) {
        return new MemorySource(ImageInfo.builder().samples(1, 8, SampleType.UNSIGNED, ColourSpace.GREY),
                constant(n));
    }

    private static Raster constant(int n) {
        byte[] samples = new byte[n + 4];
        java.util.Arrays.fill(samples, (byte) (50 * n));
        return Raster.ofBytes(n + 4, 1, 1, ColourSpace.GREY, samples);
    }

    @Test
    void theViewsOfAMultiPageFileAreItsDecodersPages() throws IOException {
        EngineFixture f = new EngineFixture(dir);
        MemorySource stack = stack();
        f.engine.bindDecoder((file, bytes) -> stack, SyntheticDecoder.properties("stack", 0, 2, List.of("stk"), List.of()));
        Files.writeString(dir.resolve("pages.stk"), "three pages");
        assertThat(f.info("pages.stk").horizontalViews()).isEqualTo(3);
        for (int n = 0; n < 3; n++) {
            RawEncoder.Image image = f.render(ImageRequest.builder("pages.stk").view(n, 0).encodeQuality(80));
            assertThat(image.width()).isEqualTo(n + 4);
            assertThat(image.sample(0, 0, 0)).isEqualTo(50 * n);
        }
        assertThatThrownBy(() -> f.render(ImageRequest.builder("pages.stk").view(3, 0)))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> f.render(ImageRequest.builder("pages.stk").view(0, 1)))
                .isInstanceOf(BadRequestException.class);
        f.engine.deactivate();
        assertThat(stack.closed).isTrue();
    }
}
