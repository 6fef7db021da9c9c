/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Quality layers: all of them give the lossless pixels, fewer an approximation, the default half rounded up. */
class LayersTest {
    private final Jpeg2000Decoder decoder = Fixtures.decoder();

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.RGB_TILED, Fixtures.RGB_UNTILED, Fixtures.GREY_CODESTREAM, Fixtures.RGB_JPX,
            Fixtures.GREY16, Fixtures.GREY12, Fixtures.RGBA, Fixtures.ICC_XML})
    void allLayersGiveTheReferenceExactly(String name) {
        Raster expected = Fixtures.expected(name);
        try (ImageSource source = Fixtures.open(decoder, name)) {
            Rect whole = new Rect(0, 0, expected.width(), expected.height());

            Raster all = source.readRegion(0, whole, ImageSource.ALL_LAYERS);

            assertThat(Fixtures.samples(all)).isEqualTo(Fixtures.samples(expected));
            assertThat(Fixtures.samples(source.readRegion(0, whole, source.info().qualityLayers() + 5)))
                    .as("more layers than there are").isEqualTo(Fixtures.samples(expected));
        }
    }

    @Test
    void fewerLayersDifferButStayClose() {
        Raster expected = Fixtures.expected(Fixtures.RGB_TILED);
        try (ImageSource source = Fixtures.open(decoder, Fixtures.RGB_TILED)) {
            Raster one = source.readRegion(0, new Rect(0, 0, 640, 480), 1);

            byte[] got = one.bytes();
            byte[] want = expected.bytes();
            long sum = 0;
            int worst = 0;
            for (int i = 0; i < want.length; i++) {
                int d = Math.abs((got[i] & 0xFF) - (want[i] & 0xFF));
                sum += d;
                worst = Math.max(worst, d);
            }
            // one layer of three (1:80): opj_decompress -l 1 gives at most 59 steps off, 0.96 on average
            assertThat(worst).as("largest difference").isBetween(1, 64);
            assertThat((double) sum / want.length).as("mean difference").isLessThan(1.0);
        }
    }

    @Test
    void theDefaultIsHalfTheLayersRoundedUp() {
        try (ImageSource three = Fixtures.open(decoder, Fixtures.RGB_TILED);
                ImageSource two = Fixtures.open(decoder, Fixtures.GREY_CODESTREAM)) {
            assertThat(three.info().qualityLayers()).isEqualTo(3);
            assertThat(two.info().qualityLayers()).isEqualTo(2);

            assertThat(three.readTile(0, 0, 0).bytes()).isEqualTo(three.readTile(0, 0, 0, 2).bytes())
                    .isEqualTo(three.readTile(0, 0, 0, ImageSource.DEFAULT_LAYERS).bytes());
            assertThat(two.readTile(0, 1, 1).bytes()).isEqualTo(two.readTile(0, 1, 1, 1).bytes())
                    .isNotEqualTo(two.readTile(0, 1, 1, ImageSource.ALL_LAYERS).bytes());
        }
    }

    /** The first layer already holds the smallest resolutions losslessly: they are the same there. */
    @Test
    void fewerLayersAtReducedResolutionsAndAveragedLevels() {
        Jpeg2000Decoder smallTiles = new Jpeg2000Decoder(Long.MAX_VALUE, 16);
        try (ImageSource source = Fixtures.open(smallTiles, Fixtures.GREY_CODESTREAM)) {
            assertThat(source.info().levels()).hasSize(6);
            for (int l = 1; l < source.info().levels().size(); l++) {
                Level level = source.info().levels().get(l);
                Rect whole = new Rect(0, 0, level.width(), level.height());

                byte[] one = source.readRegion(l, whole, 1).bytes();
                byte[] all = source.readRegion(l, whole, ImageSource.ALL_LAYERS).bytes();

                long sum = 0;
                for (int i = 0; i < all.length; i++) {
                    sum += Math.abs((one[i] & 0xFF) - (all[i] & 0xFF));
                }
                assertThat((double) sum / all.length).as("mean difference at level %d", l).isLessThan(0.5);
                if (l == 1) {
                    assertThat(one).isNotEqualTo(all);
                }
            }
        }
    }

    @Test
    void aNegativeNumberOfLayersOtherThanAllIsABadRequest() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.RGB_TILED)) {
            assertThatThrownBy(() -> source.readTile(0, 0, 0, -2)).isInstanceOf(BadRequestException.class);
        }
    }
}
