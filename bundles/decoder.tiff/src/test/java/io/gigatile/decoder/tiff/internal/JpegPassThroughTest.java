/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.EncodedTile;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Rect;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stored JPEG tiles handed out whole decode, in a decoder that knows nothing of TIFF, to the tile's pixels. */
class JpegPassThroughTest {
    private final TiffDecoder decoder = new TiffDecoder(TiffDecoder.jdkJpegReader());

    @ParameterizedTest
    @ValueSource(strings = {"tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif",
        "tif-rgb-jpeg-q75-ycbcr-1000x700-tile256-pyramid.tif", "tif-rgb-jpeg-q75-subifd-500x350-tile128-pyramid.tif",
        "tif-grey-jpeg-q85-1000x700-tile256-pyramid.tif"})
    void fullTilesDecodeToTheTilesPixels(String name) throws IOException {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(name))) {
            int passed = 0;
            for (int l = 0; l < source.info().levels().size(); l++) {
                Level level = source.info().levels().get(l);
                for (int y = 0; y < level.tilesDown(); y++) {
                    for (int x = 0; x < level.tilesAcross(); x++) {
                        Rect rect = level.tileRect(x, y);
                        boolean full = rect.width() == level.tileWidth() && rect.height() == level.tileHeight();
                        Optional<EncodedTile> tile = source.encodedTile(l, x, y, "jpg");
                        assertThat(tile.isPresent()).as("tile %d,%d of level %d", x, y, l).isEqualTo(full);
                        if (full) {
                            assertThat(tile.get().format()).isEqualTo("jpg");
                            assertThat(samplesOf(tile.get().bytes())).as("tile %d,%d of level %d", x, y, l)
                                    .isEqualTo(source.readTile(l, x, y).bytes());
                            passed++;
                        }
                    }
                }
            }
            assertThat(passed).isPositive();
        }
    }

    @Test
    void rgbTilesCarryAnAdobeMarkerAndYCbCrTilesNone() {
        try (ImageSource rgb = Fixtures.open(decoder, Fixtures.file("tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif"));
                ImageSource ycc = Fixtures.open(decoder, Fixtures.file("tif-rgb-jpeg-q75-ycbcr-1000x700-tile256-pyramid.tif"))) {
            byte[] marked = rgb.encodedTile(0, 0, 0, "jpg").orElseThrow().bytes();
            byte[] plain = ycc.encodedTile(0, 0, 0, "jpg").orElseThrow().bytes();

            assertThat(new String(marked, 0, 12, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo("\u00ff\u00d8\u00ff\u00ee\u0000\u000eAdobe\u0000");
            assertThat(marked[17]).as("Adobe transform").isZero();
            assertThat(plain[2] & 0xff).isEqualTo(0xff);
            assertThat(plain[3] & 0xff).as("the tables follow the start marker").isEqualTo(0xdb);
        }
    }

    @Test
    void onlyJpegTilesAsJpegArePassedThrough() {
        try (ImageSource jpeg = Fixtures.open(decoder, Fixtures.file("tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif"));
                ImageSource deflate = Fixtures.open(decoder, Fixtures.file("tif-rgb-deflate-1000x700-tile256-pyramid.tif"))) {
            assertThat(jpeg.encodedTile(0, 0, 0, "png")).isEmpty();
            assertThat(jpeg.encodedTile(0, 0, 0, "webp")).isEmpty();
            assertThat(deflate.encodedTile(0, 0, 0, "jpg")).isEmpty();
            assertThatThrownBy(() -> jpeg.encodedTile(0, 9, 0, "jpg")).isInstanceOf(BadRequestException.class);
            assertThatThrownBy(() -> jpeg.encodedTile(7, 0, 0, "jpg")).isInstanceOf(BadRequestException.class);
        }
    }

    @Test
    void theImagesIccProfileIsSplicedInAfterTheStartAndApplicationMarkers() throws IOException {
        String name = "tif-rgb-jpeg-q85-icc-256x192-tile64-pyramid.tif";
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(name))) {
            byte[] icc = source.info().iccProfile().orElseThrow();
            byte[] tile = source.encodedTile(0, 1, 1, "jpg").orElseThrow().bytes();

            // SOI (YCbCr tiles have no Adobe marker), then APP2 ICC_PROFILE 1 of 1 and the profile
            assertThat(tile[2] & 0xff).isEqualTo(0xff);
            assertThat(tile[3] & 0xff).isEqualTo(0xe2);
            assertThat(new String(tile, 6, 11, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("ICC_PROFILE");
            assertThat(Arrays.copyOfRange(tile, 18, 20)).containsExactly(1, 1);
            assertThat(Arrays.copyOfRange(tile, 20, 20 + icc.length)).isEqualTo(icc);
            assertThat(samplesOf(tile)).isEqualTo(source.readTile(0, 1, 1).bytes());
        }
    }

    @Test
    void rgbTilesKeepTheAdobeMarkerFirst() {
        byte[] adobe = JpegStream.markedRgb(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xdb, 0, 2,
            (byte) 0xff, (byte) 0xd9});

        byte[] out = JpegStream.withIcc(adobe, new byte[] {1, 2, 3});

        assertThat(out[3] & 0xff).isEqualTo(0xee);
        assertThat(out[19] & 0xff).isEqualTo(0xe2);
        assertThat(Arrays.copyOfRange(out, 36, 39)).containsExactly(1, 2, 3);
    }

    @Test
    void aProfileTooLongForOneSegmentIsSplit() {
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xdb, 0, 2, (byte) 0xff, (byte) 0xd9};
        byte[] icc = new byte[70000];
        Arrays.fill(icc, (byte) 7);

        byte[] out = JpegStream.withIcc(jpeg, icc);

        assertThat(out).hasSize(jpeg.length + icc.length + 2 * 18);
        assertThat(out[3] & 0xff).isEqualTo(0xe2);
        int second = 2 + 2 + ((out[4] & 0xff) << 8 | out[5] & 0xff);
        assertThat(out[second + 1] & 0xff).isEqualTo(0xe2);
        assertThat(Arrays.copyOfRange(out, second + 16, second + 18)).containsExactly(2, 2);
        assertThat(Arrays.copyOfRange(out, out.length - 6, out.length)).containsExactly(0xff, 0xdb, 0, 2, 0xff, 0xd9);
    }

    @Test
    void anImageWithoutAProfileGetsNone() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file("tif-grey-jpeg-q85-1000x700-tile256-pyramid.tif"))) {
            byte[] tile = source.encodedTile(0, 0, 0, "jpg").orElseThrow().bytes();

            assertThat(new String(tile, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("ICC_PROFILE");
        }
    }

    private static byte[] samplesOf(byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        int[] pixels = image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
        byte[] samples = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            samples[i] = (byte) pixels[i];
        }
        return samples;
    }
}
