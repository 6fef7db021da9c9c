/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.SampleType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The containers, sample formats and metadata the decoder reads. */
class FormatsTest {
    private final Jpeg2000Decoder decoder = Fixtures.decoder();

    @Test
    void aRawCodestreamOpens() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.GREY_CODESTREAM)) {
            ImageInfo info = source.info();

            assertThat(info.width()).isEqualTo(500);
            assertThat(info.height()).isEqualTo(350);
            assertThat(info.bands()).isEqualTo(1);
            assertThat(info.colourSpace()).isEqualTo(ColourSpace.GREY);
            assertThat(info.qualityLayers()).isEqualTo(2);
            assertThat(info.levels()).extracting(Level::width).containsExactly(500, 250, 125, 63);
            assertThat(source.readTile(3, 0, 0).width()).isEqualTo(63);
        }
    }

    @Test
    void aJpxFileReadsAsItsCodestream() {
        try (ImageSource jpx = Fixtures.open(decoder, Fixtures.RGB_JPX);
                ImageSource jp2 = Fixtures.open(decoder, Fixtures.RGB_TILED)) {
            assertThat(jpx.info().levels()).isEqualTo(jp2.info().levels());
            assertThat(jpx.info().colourSpace()).isEqualTo(ColourSpace.SRGB);
            assertThat(jpx.readTile(1, 1, 0).bytes()).isEqualTo(jp2.readTile(1, 1, 0).bytes());
        }
    }

    @Test
    void twelveBitSamplesStayTwelveBitsInShorts() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.GREY12)) {
            Raster tile = source.readTile(0, 0, 0, ImageSource.ALL_LAYERS);

            assertThat(source.info().bitsPerSample()).isEqualTo(12);
            assertThat(source.info().maxValue(0)).isEqualTo(4095.0);
            assertThat(tile.isByteBacked()).isFalse();
            assertThat(tile.bitsPerSample()).isEqualTo(12);
            assertThat(tile.sampleType()).isEqualTo(SampleType.UNSIGNED);
            assertThat(tile.shorts()).isEqualTo(
                    Fixtures.crop(Fixtures.expected(Fixtures.GREY12), new Rect(0, 0, 256, 200)));
        }
    }

    @Test
    void sixteenBitSamplesInShorts() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.GREY16)) {
            Raster tile = source.readTile(0, 0, 0, ImageSource.ALL_LAYERS);

            assertThat(tile.bitsPerSample()).isEqualTo(16);
            assertThat(source.info().maxValue(0)).isEqualTo(65535.0);
            assertThat(tile.shorts()).isEqualTo(
                    Fixtures.crop(Fixtures.expected(Fixtures.GREY16), new Rect(0, 0, 256, 200)));
        }
    }

    @Test
    void fourComponentsAreRgbWithAlpha() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.RGBA)) {
            Raster tile = source.readTile(0, 0, 0);

            assertThat(source.info().bands()).isEqualTo(4);
            assertThat(source.info().colourSpace()).isEqualTo(ColourSpace.SRGB);
            assertThat(tile.bands()).isEqualTo(4);
            assertThat(tile.bytes()).isEqualTo(Fixtures.expected(Fixtures.RGBA).bytes());
            assertThat(source.readTile(1, 0, 0).bands()).isEqualTo(4);
        }
    }

    @Test
    void theIccProfileAndXmlBoxesAreInTheDescription() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.ICC_XML)) {
            byte[] icc = source.info().iccProfile().orElseThrow();

            assertThat(icc).hasSize(132);
            assertThat(new String(Arrays.copyOfRange(icc, 36, 40), StandardCharsets.US_ASCII)).isEqualTo("acsp");
            assertThat(source.info().metadata()).containsEntry("xml", "<gigatile>fixture</gigatile>");
            assertThat(source.info().colourSpace()).isEqualTo(ColourSpace.SRGB);
        }
    }
}
