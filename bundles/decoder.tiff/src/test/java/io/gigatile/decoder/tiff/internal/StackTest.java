/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.ViewAngles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Multi-page stacks: each page a view with its own levels, sharing the file. */
class StackTest {
    static final String SUBIFDS = "tif-rgb-deflate-stack3-128x96-tile32-subifd-pyramid.tif";
    private static final String CHAIN = "tif-rgb-lzw-stack3-128x96-tile32.tif";

    private final TiffDecoder decoder = new TiffDecoder(TiffDecoder.jdkJpegReader());

    @ParameterizedTest
    @ValueSource(strings = {SUBIFDS, CHAIN})
    void eachPageIsAViewWithItsOwnPixels(String name) {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(name))) {
            assertThat(source.info().angles()).isEqualTo(new ViewAngles(List.of(0, 1, 2), List.of(90)));
            assertThat(source.view(0, 0)).isSameAs(source);
            for (int page = 0; page < 3; page++) {
                ImageSource view = source.view(page, 0);
                assertThat(view.info().angles()).isEqualTo(source.info().angles());
                Raster tile = view.readTile(0, 1, 2);
                // page n is the source's crop 100 n pixels to the right
                Raster expected = Fixtures.crop(Fixtures.reference(false), new Rect(100 * page + 32, 64, 32, 32));
                assertThat(tile.bytes()).as("page %d", page).isEqualTo(expected.bytes());
            }
        }
    }

    @Test
    void pagesKeepTheirSubIfdPyramids() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(SUBIFDS))) {
            List<Level> expected = List.of(new Level(128, 96, 32, 32), new Level(64, 48, 32, 32),
                    new Level(32, 24, 32, 32));
            assertThat(source.info().levels()).isEqualTo(expected);
            assertThat(source.view(2, 0).info().levels()).isEqualTo(expected);
        }
    }

    @Test
    void pagesWithoutPyramidsGetLevelsMadeOnTheFly() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(CHAIN))) {
            assertThat(source.view(1, 0).info().levels()).containsExactly(new Level(128, 96, 32, 32),
                    new Level(64, 48, 256, 256));
        }
    }

    @Test
    void otherViewsAreBadRequests() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(SUBIFDS))) {
            assertThatThrownBy(() -> source.view(3, 0)).isInstanceOf(BadRequestException.class);
            assertThatThrownBy(() -> source.view(-1, 0)).isInstanceOf(BadRequestException.class);
            assertThatThrownBy(() -> source.view(0, 1)).isInstanceOf(BadRequestException.class);
        }
    }

    @Test
    void closingAViewLeavesTheFileOpen() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(SUBIFDS))) {
            ImageSource view = source.view(1, 0);
            byte[] before = view.readTile(0, 0, 0).bytes();
            view.close();

            assertThat(view.readTile(0, 0, 0).bytes()).isEqualTo(before);
            assertThat(source.view(1, 0).readTile(1, 0, 0).width()).isEqualTo(32);
        }
    }

    @Test
    void aPyramidIsNotAStack() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file("tif-rgb-deflate-1000x700-tile256-pyramid.tif"))) {
            assertThat(source.info().angles()).isEqualTo(ViewAngles.SINGLE);
            assertThatThrownBy(() -> source.view(1, 0)).isInstanceOf(BadRequestException.class);
        }
    }
}
