/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageSource;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import org.junit.jupiter.api.Test;

/**
 * A lossy codestream (9/7 wavelet, irreversible colour transform) decodes as OpenJPEG decodes it, within the
 * rounding of floating point: jj2000's own colour transform rounds half the samples the wrong way.
 */
class IrreversibleTest {

    @Test
    void allLayersGiveWhatOpenJpegGives() {
        Raster opj = Fixtures.png(Fixtures.OPJ_IRREVERSIBLE, 8);
        try (ImageSource source = Fixtures.open(Fixtures.decoder(), Fixtures.IRREVERSIBLE)) {
            assertThat(source.info().width()).isEqualTo(256);
            assertThat(source.info().bands()).isEqualTo(4);

            byte[] got = source.readRegion(0, new Rect(0, 0, 256, 192), ImageSource.ALL_LAYERS).bytes();

            byte[] want = opj.bytes();
            int worst = 0;
            int differing = 0;
            for (int i = 0; i < want.length; i++) {
                int d = Math.abs((got[i] & 0xFF) - (want[i] & 0xFF));
                worst = Math.max(worst, d);
                differing += d == 0 ? 0 : 1;
            }
            assertThat(worst).as("largest difference").isLessThanOrEqualTo(1);
            // jj2000's own rounding made 80 % of them differ
            assertThat(differing).as("samples that differ").isLessThan(want.length / 1000);
        }
    }

    @Test
    void tilesOfTheOffsetGridEqualTheRegion() {
        Jpeg2000Decoder decoder = new Jpeg2000Decoder(Long.MAX_VALUE, 48);
        try (ImageSource source = Fixtures.open(decoder, Fixtures.IRREVERSIBLE)) {
            Raster whole = source.readRegion(0, new Rect(0, 0, 256, 192), ImageSource.ALL_LAYERS);
            Rect rect = source.info().levels().get(0).tileRect(2, 1);

            assertThat(source.readTile(0, 2, 1, ImageSource.ALL_LAYERS).bytes())
                    .isEqualTo(Fixtures.crop(whole, rect));
        }
    }

    /** With no wavelet level to run, jj2000 hands out the dequantised samples as ints, not floats. */
    @Test
    void aLossyImageWithoutDecompositionLevelsDecodesAsOpenJpegDecodesIt() {
        byte[] want = Fixtures.png(Fixtures.OPJ_IRREVERSIBLE_FLAT, 8).bytes();
        try (ImageSource source = Fixtures.open(Fixtures.decoder(), Fixtures.IRREVERSIBLE_FLAT)) {
            byte[] got = source.readRegion(0, new Rect(0, 0, 40, 24), ImageSource.ALL_LAYERS).bytes();

            assertThat(got).hasSameSizeAs(want);
            for (int i = 0; i < want.length; i++) {
                assertThat(Math.abs((got[i] & 0xFF) - (want[i] & 0xFF))).as("sample %d", i).isLessThanOrEqualTo(1);
            }
        }
    }
}
