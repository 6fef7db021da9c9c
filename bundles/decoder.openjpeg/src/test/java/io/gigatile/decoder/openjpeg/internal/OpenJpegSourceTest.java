/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import static io.gigatile.api.ImageSource.ALL_LAYERS;
import static io.gigatile.api.ImageSource.DEFAULT_LAYERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.SampleType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Quality layers, sample formats, metadata, regions and levels of the fixtures, beyond the contract. */
class OpenJpegSourceTest {
    private static final String RGB = "jp2-rgb-640x480-tile256-r5-l3.jp2";
    private static final String GREY_CODESTREAM = "j2k-grey-500x350-tile128-r4-l2.j2k";
    private static final String JPX = "jpx-rgb-640x480-tile256-r5-l3.jpx";
    private static final String GREY12 = "jp2-grey12-300x200-tile128-r3-l2.jp2";
    private static final String RGBA = "jp2-rgba-256x192-tile128-r3-l1.jp2";
    private static final String ICC_XML = "jp2-rgb-icc-xml-256x192-tile128-r3-l1.jp2";

    private final OpenJpegDecoder decoder = Fixtures.decoder();

    @ParameterizedTest
    @ValueSource(strings = {RGB, "jp2-rgb-640x480-untiled-r4-l1.jp2", JPX, GREY_CODESTREAM,
        "jp2-grey16-300x200-tile128-r3-l2.jp2", RGBA, ICC_XML})
    void allLayersHoldTheReferenceExactly(String name) {
        Raster expected = Fixtures.expected(name);
        try (Opened image = Opened.open(decoder, name)) {
            Raster all = image.source().readRegion(0, image.level(0), ALL_LAYERS);
            Raster beyond = image.source().readRegion(0, image.level(0), image.source().info().qualityLayers() + 5);

            assertThat(all.bitsPerSample()).isEqualTo(expected.bitsPerSample());
            assertThat(Samples.all(all)).isEqualTo(Samples.all(expected));
            assertThat(Samples.all(beyond)).isEqualTo(Samples.all(expected));
        }
    }

    @Test
    void fewerLayersDifferButStayClose() {
        try (Opened rgb = Opened.open(decoder, RGB); Opened grey = Opened.open(decoder, GREY_CODESTREAM)) {
            Raster rgbOne = rgb.source().readRegion(0, rgb.level(0), 1);
            Raster greyOne = grey.source().readRegion(0, grey.level(0), 1);

            // measured: 59 and 0.96 steps for the RGB image's first layer (80:1), 3 and 0.17 for the grey one's (20:1)
            assertThat(Samples.maxDifference(rgbOne, Fixtures.expected(RGB))).isBetween(1, 64);
            assertThat(Samples.meanDifference(rgbOne, Fixtures.expected(RGB))).isBetween(0.1, 1.2);
            assertThat(Samples.maxDifference(greyOne, Fixtures.expected(GREY_CODESTREAM))).isBetween(1, 6);
            assertThat(Samples.meanDifference(greyOne, Fixtures.expected(GREY_CODESTREAM))).isBetween(0.05, 0.5);
        }
    }

    /** iipsrv decodes half the layers, rounded up, unless told otherwise. */
    @Test
    void theDefaultIsHalfTheLayersRoundedUp() {
        try (Opened rgb = Opened.open(decoder, RGB); Opened grey = Opened.open(decoder, GREY_CODESTREAM)) {
            ImageSource three = rgb.source();
            ImageSource two = grey.source();

            assertThat(Samples.all(three.readTile(1, 0, 0))).isEqualTo(Samples.all(three.readTile(1, 0, 0, 2)))
                    .isNotEqualTo(Samples.all(three.readTile(1, 0, 0, 1)));
            assertThat(Samples.all(two.readTile(0, 1, 1, DEFAULT_LAYERS)))
                    .isEqualTo(Samples.all(two.readTile(0, 1, 1, 1)))
                    .isNotEqualTo(Samples.all(two.readTile(0, 1, 1, ALL_LAYERS)));
        }
    }

    @Test
    void negativeLayerCountsOtherThanAllAreBadRequests() {
        try (Opened rgb = Opened.open(decoder, RGB)) {
            assertThatThrownBy(() -> rgb.source().readTile(0, 0, 0, -2)).isInstanceOf(BadRequestException.class);
            assertThatThrownBy(() -> rgb.source().readRegion(0, new Rect(0, 0, 8, 8), -7))
                    .isInstanceOf(BadRequestException.class);
        }
    }

    /** Small tiles, so that the region crosses tile borders; with all layers and with one. */
    @ParameterizedTest
    @ValueSource(ints = {ALL_LAYERS, 1, DEFAULT_LAYERS})
    void aRegionAtLevelTwoEqualsTheComposedTiles(int layers) {
        OpenJpegDecoder small = new OpenJpegDecoder(Fixtures.library(), 1, OpenJpegDecoder.DEFAULT_MAX_PIXELS, 64);
        try (Opened rgb = Opened.open(small, RGB)) {
            Rect region = new Rect(37, 21, 101, 90);
            Raster read = rgb.source().readRegion(2, region, layers);

            assertThat(Samples.all(read)).isEqualTo(composed(rgb.source(), 2, region, layers));
        }
    }

    @Test
    void rawCodestreamsAndJpxFilesOpen() {
        try (Opened grey = Opened.open(decoder, GREY_CODESTREAM); Opened jpx = Opened.open(decoder, JPX)) {
            ImageInfo g = grey.source().info();
            ImageInfo j = jpx.source().info();

            assertThat(g.levels()).extracting(Level::width).containsExactly(500, 250, 125, 63);
            assertThat(g.qualityLayers()).isEqualTo(2);
            assertThat(g.colourSpace()).isEqualTo(ColourSpace.GREY);
            assertThat(j.levels()).extracting(Level::width).containsExactly(640, 320, 160, 80, 40);
            assertThat(j.qualityLayers()).isEqualTo(3);
            assertThat(j.bands()).isEqualTo(3);
            assertThat(Samples.all(jpx.source().readTile(0, 2, 1, ALL_LAYERS)))
                    .isEqualTo(Samples.crop(Fixtures.expected(JPX), new Rect(512, 256, 128, 224)));
        }
    }

    @Test
    void twelveBitSamplesAreShortsOfTwelveBits() {
        try (Opened grey = Opened.open(decoder, GREY12)) {
            ImageInfo info = grey.source().info();
            Raster all = grey.source().readRegion(0, grey.level(0), ALL_LAYERS);

            assertThat(info.bitsPerSample()).isEqualTo(12);
            assertThat(info.sampleType()).isEqualTo(SampleType.UNSIGNED);
            assertThat(info.maxValue(0)).isEqualTo(4095.0);
            assertThat(all.isByteBacked()).isFalse();
            assertThat(all.bitsPerSample()).isEqualTo(12);
            assertThat(Samples.maxDifference(all, Fixtures.expected(GREY12))).isZero();
        }
    }

    @Test
    void fourComponentsAreRgbWithAlpha() {
        try (Opened rgba = Opened.open(decoder, RGBA)) {
            Raster tile = rgba.source().readTile(0, 0, 0, ALL_LAYERS);

            assertThat(rgba.source().info().bands()).isEqualTo(4);
            assertThat(rgba.source().info().colourSpace()).isEqualTo(ColourSpace.SRGB);
            assertThat(tile.bands()).isEqualTo(4);
            // the alpha ramp: (x + y) / 2
            assertThat(Samples.at(tile, (100 * 256 + 200) * 4 + 3)).isEqualTo(150);
        }
    }

    @Test
    void theIccProfileAndXmlBoxesAreDescribed() {
        try (Opened icc = Opened.open(decoder, ICC_XML)) {
            ImageInfo info = icc.source().info();

            assertThat(info.iccProfile()).hasValueSatisfying(profile -> {
                assertThat(profile).hasSize(132);
                assertThat(new String(profile, 36, 4, StandardCharsets.US_ASCII)).isEqualTo("acsp");
            });
            assertThat(info.metadata()).containsEntry("xml", "<gigatile>fixture</gigatile>");
        }
    }

    /** Tiles of 16 pixels: levels 3 and 4 lie below the codestream's smallest resolution (level 2, 64 x 48). */
    @Test
    void levelsBelowTheSmallestResolutionAverageIt() {
        OpenJpegDecoder small = new OpenJpegDecoder(Fixtures.library(), 1, OpenJpegDecoder.DEFAULT_MAX_PIXELS, 16);
        try (Opened rgba = Opened.open(small, RGBA)) {
            Raster smallest = rgba.source().readRegion(2, rgba.level(2), ALL_LAYERS);
            Raster level4 = rgba.source().readTile(4, 0, 0, ALL_LAYERS);

            assertThat(rgba.source().info().levels()).extracting(Level::width).containsExactly(256, 128, 64, 32, 16);
            assertThat(level4.width()).isEqualTo(16);
            assertThat(level4.height()).isEqualTo(12);
            for (int i = 0; i < Samples.count(level4); i++) {
                int pixel = i / 4;
                int band = i % 4;
                int sum = 0;
                for (int y = 0; y < 4; y++) {
                    for (int x = 0; x < 4; x++) {
                        sum += Samples.at(smallest, (((pixel / 16) * 4 + y) * 64 + (pixel % 16) * 4 + x) * 4 + band);
                    }
                }
                assertThat(Samples.at(level4, i)).as("sample %d", i).isEqualTo(Math.round(sum / 16f));
            }
        }
    }

    @Test
    void readsLargerThanTheLimitAreRefused() {
        OpenJpegDecoder limited = new OpenJpegDecoder(Fixtures.library(), 1, 10_000, OpenJpegDecoder.TILE_SIZE);
        try (Opened rgb = Opened.open(limited, RGB)) {
            assertThatThrownBy(() -> rgb.source().readRegion(0, new Rect(0, 0, 101, 100)))
                    .isInstanceOf(LimitExceededException.class);
            assertThatThrownBy(() -> rgb.source().readTile(0, 0, 0)).isInstanceOf(LimitExceededException.class);
            assertThat(rgb.source().readRegion(0, new Rect(0, 0, 100, 100)).width()).isEqualTo(100);
            assertThat(rgb.source().readTile(3, 0, 0).width()).isEqualTo(80);
        }
    }

    /** A virtual level's read decodes what it covers in the smallest resolution: that is what is limited. */
    @Test
    void theLimitCountsThePixelsAVirtualLevelDecodes() {
        OpenJpegDecoder limited = new OpenJpegDecoder(Fixtures.library(), 1, 3000, 16);
        try (Opened rgba = Opened.open(limited, RGBA)) {
            // level 4 (16 x 12) is averaged from all of level 2 (64 x 48, 3072 pixels)
            assertThatThrownBy(() -> rgba.source().readTile(4, 0, 0)).isInstanceOf(LimitExceededException.class);
            assertThat(rgba.source().readTile(2, 3, 2).width()).isEqualTo(16);
        }
    }

    @Test
    void moreThreadsPerDecodeGiveTheSameSamples() {
        OpenJpegDecoder threaded = new OpenJpegDecoder(Fixtures.library(), 2, OpenJpegDecoder.DEFAULT_MAX_PIXELS,
                OpenJpegDecoder.TILE_SIZE);
        try (Opened one = Opened.open(decoder, RGB); Opened two = Opened.open(threaded, RGB)) {
            for (int layers : new int[] {1, ALL_LAYERS}) {
                assertThat(Samples.all(two.source().readRegion(0, two.level(0), layers)))
                        .isEqualTo(Samples.all(one.source().readRegion(0, one.level(0), layers)));
            }
        }
    }

    private static int[] composed(ImageSource source, int level, Rect region, int layers) {
        Level l = source.info().levels().get(level);
        int bands = source.info().bands();
        int[] out = new int[region.width() * region.height() * bands];
        for (int ty = region.y() / l.tileHeight(); ty <= (region.bottom() - 1) / l.tileHeight(); ty++) {
            for (int tx = region.x() / l.tileWidth(); tx <= (region.right() - 1) / l.tileWidth(); tx++) {
                Rect rect = l.tileRect(tx, ty);
                Raster tile = source.readTile(level, tx, ty, layers);
                for (int y = Math.max(rect.y(), region.y()); y < Math.min(rect.bottom(), region.bottom()); y++) {
                    for (int x = Math.max(rect.x(), region.x()); x < Math.min(rect.right(), region.right()); x++) {
                        for (int b = 0; b < bands; b++) {
                            out[((y - region.y()) * region.width() + x - region.x()) * bands + b] =
                                    Samples.at(tile, ((y - rect.y()) * rect.width() + x - rect.x()) * bands + b);
                        }
                    }
                }
            }
        }
        return out;
    }
}
