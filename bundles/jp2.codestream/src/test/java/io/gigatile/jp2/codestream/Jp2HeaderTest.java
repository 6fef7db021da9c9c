/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.jp2.codestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.SampleType;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.testing.LocalImages;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixtures made by opj_compress (make-fixtures.sh), and files broken in every way the reader checks. */
class Jp2HeaderTest {
    @TempDir
    Path temp;

    static Path fixture(String name) {
        try {
            return Path.of(Jp2HeaderTest.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Jp2Header read(Path file) {
        try (ByteSource bytes = LocalImages.bytes(file)) {
            return Jp2Header.read(bytes);
        }
    }

    private Jp2Header read(byte[] file) throws IOException {
        Path path = temp.resolve("broken.jp2");
        Files.write(path, file);
        return read(path);
    }

    @Test
    void aTiledJp2SaysWhatOpjCompressWasAskedFor() {
        Jp2Header h = read(fixture("jp2-rgb-640x480-tile256-r5-l3.jp2"));

        assertThat(h.container()).isEqualTo(Jp2Header.Container.JP2);
        assertThat(h.width()).isEqualTo(640);
        assertThat(h.height()).isEqualTo(480);
        assertThat(h.tileWidth()).isEqualTo(256);
        assertThat(h.tileHeight()).isEqualTo(256);
        assertThat(h.bands()).isEqualTo(3);
        assertThat(h.bitsPerSample()).isEqualTo(8);
        assertThat(h.signed()).isFalse();
        assertThat(h.qualityLayers()).isEqualTo(3);
        assertThat(h.resolutions()).isEqualTo(5);
        assertThat(h.colour()).isEqualTo(Jp2Header.Colour.SRGB);
        assertThat(h.codestreamOffset()).isPositive();
        assertThat(h.codestreamOffset() + h.codestreamLength())
                .isEqualTo(fixture("jp2-rgb-640x480-tile256-r5-l3.jp2").toFile().length());
    }

    @Test
    void levelsAreTheResolutionsThenHalvingsUntilOneTileHoldsTheImage() {
        Jp2Header h = read(fixture("jp2-rgb-640x480-tile256-r5-l3.jp2"));

        assertThat(h.levels(256)).containsExactly(new Level(640, 480, 256, 256), new Level(320, 240, 256, 256),
                new Level(160, 120, 256, 256), new Level(80, 60, 256, 256), new Level(40, 30, 256, 256));
        assertThat(h.levels(64)).hasSize(5);
        // four resolutions of 500 x 350 reach 63 x 44: one more halving is needed for tiles of 32
        Jp2Header grey = read(fixture("j2k-grey-500x350-tile128-r4-l2.j2k"));
        assertThat(grey.levels(32)).extracting(Level::width).containsExactly(500, 250, 125, 63, 32);
        assertThat(grey.nativeLevels()).isEqualTo(4);
    }

    @Test
    void aBareCodestreamIsGreyByItsComponentCount() {
        Jp2Header h = read(fixture("j2k-grey-500x350-tile128-r4-l2.j2k"));

        assertThat(h.container()).isEqualTo(Jp2Header.Container.CODESTREAM);
        assertThat(h.codestreamOffset()).isZero();
        assertThat(h.qualityLayers()).isEqualTo(2);
        ImageInfo info = h.describe(256).build();
        assertThat(info.colourSpace()).isEqualTo(ColourSpace.GREY);
        assertThat(info.bands()).isEqualTo(1);
        assertThat(info.qualityLayers()).isEqualTo(2);
    }

    @Test
    void jpxIsReadAsItsFirstCodestream() {
        Jp2Header h = read(fixture("jpx-rgb-640x480-tile256-r5-l3.jpx"));

        assertThat(h.container()).isEqualTo(Jp2Header.Container.JPX);
        assertThat(h.width()).isEqualTo(640);
    }

    @Test
    void twelveAndSixteenBitsKeepTheirPrecisionAndRange() {
        ImageInfo twelve = read(fixture("jp2-grey12-300x200-tile128-r3-l2.jp2")).describe(256).build();
        ImageInfo sixteen = read(fixture("jp2-grey16-300x200-tile128-r3-l2.jp2")).describe(256).build();

        assertThat(twelve.bitsPerSample()).isEqualTo(12);
        assertThat(twelve.maxValue(0)).isEqualTo(4095);
        assertThat(twelve.sampleType()).isEqualTo(SampleType.UNSIGNED);
        assertThat(sixteen.bitsPerSample()).isEqualTo(16);
        assertThat(sixteen.maxValue(0)).isEqualTo(65535);
    }

    @Test
    void alphaIsAFourthBandOfAnRgbImage() {
        ImageInfo info = read(fixture("jp2-rgba-256x192-tile128-r3-l1.jp2")).describe(256).build();

        assertThat(info.bands()).isEqualTo(4);
        assertThat(info.colourSpace()).isEqualTo(ColourSpace.SRGB);
    }

    @Test
    void iccAndXmlBoxesGoIntoTheDescription() {
        ImageInfo info = read(fixture("jp2-rgb-icc-xml-256x192-tile128-r3-l1.jp2")).describe(256).build();

        assertThat(info.iccProfile()).hasValueSatisfying(icc -> {
            assertThat(icc).hasSize(132);
            assertThat(Arrays.copyOfRange(icc, 36, 40)).isEqualTo("acsp".getBytes());
        });
        assertThat(info.metadata()).containsEntry("xml", "<gigatile>fixture</gigatile>");
        assertThat(info.colourSpace()).isEqualTo(ColourSpace.SRGB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jp2-truncated.jp2", "jp2-lying-siz.jp2", "jp2-bad-box.jp2"})
    void brokenFixturesAreShortDecodeFailures(String name) {
        // truncated: the jp2c box's length runs past the end; bad box: so does jp2h's; lying SIZ: too many tiles
        assertThatThrownBy(() -> read(fixture(name))).isInstanceOf(DecodeFailureException.class)
                .hasMessageNotContaining("/").hasMessageNotContaining("fixtures");
    }

    @Test
    void everyPrefixOfAGoodFileIsACleanFailure() throws IOException {
        byte[] good = Files.readAllBytes(fixture("jp2-rgb-icc-xml-256x192-tile128-r3-l1.jp2"));
        for (int length = 0; length < 400; length++) {
            byte[] cut = Arrays.copyOf(good, length);
            assertThatThrownBy(() -> read(cut)).as("%d bytes", length).isInstanceOf(DecodeFailureException.class);
        }
    }

    @Test
    void unsupportedCodestreamsAreUnsupportedNotCorrupt() throws IOException {
        byte[] good = Files.readAllBytes(fixture("j2k-grey-500x350-tile128-r4-l2.j2k"));
        // SIZ starts at 2: marker 2, Lsiz 2, Rsiz 2, 8 ints, Csiz 2, then Ssiz XRsiz YRsiz
        int component = 2 + 2 + 2 + 2 + 32 + 2;
        byte[] subsampled = good.clone();
        subsampled[component + 1] = 2;
        assertThatThrownBy(() -> read(subsampled)).isInstanceOf(UnsupportedFormatException.class);
        byte[] deep = good.clone();
        deep[component] = 23;
        assertThatThrownBy(() -> read(deep)).isInstanceOf(UnsupportedFormatException.class);
    }

    @Test
    void impossibleSizesAreCorrupt() throws IOException {
        byte[] good = Files.readAllBytes(fixture("j2k-grey-500x350-tile128-r4-l2.j2k"));
        int xsiz = 2 + 2 + 2 + 2;
        byte[] empty = good.clone();
        ByteBuffer.wrap(empty).putInt(xsiz + 8, 600); // XOsiz beyond Xsiz
        assertThatThrownBy(() -> read(empty)).isInstanceOf(DecodeFailureException.class);
        byte[] noTiles = good.clone();
        ByteBuffer.wrap(noTiles).putInt(xsiz + 16, 0); // XTsiz 0
        assertThatThrownBy(() -> read(noTiles)).isInstanceOf(DecodeFailureException.class);
        byte[] tooManyTiles = good.clone();
        ByteBuffer.wrap(tooManyTiles).putInt(xsiz + 16, 1).putInt(xsiz + 20, 1); // 1 x 1 tiles
        assertThatThrownBy(() -> read(tooManyTiles)).isInstanceOf(DecodeFailureException.class);
    }

    @Test
    void whatIsNotJpeg2000IsSaidSo() {
        assertThatThrownBy(() -> read(new byte[] {0x49, 0x49, 0x2A, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0}))
                .isInstanceOf(DecodeFailureException.class).hasMessageContaining("not a JPEG 2000 file");
    }
}
