/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.greyscale.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.TransformContract;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GreyscaleTransformTest {
    private final GreyscaleTransform grey = new GreyscaleTransform();

    @Test
    void rgbBecomesIipsrvsFixedPointLuma() {
        byte[] rgb = {
            0, 0, 0, (byte) 255, (byte) 255, (byte) 255, (byte) 255, 0, 0,
            0, (byte) 255, 0, 0, 0, (byte) 255, 100, (byte) 150, (byte) 200};
        byte[] before = rgb.clone();
        Raster input = Raster.ofBytes(3, 2, 3, ColourSpace.SRGB, rgb);

        Raster out = grey.apply(input, List.of());

        // 255 * 1254097 >> 22 = 76 (0.299 * 255 = 76.2), green 149 (149.7 truncated), blue 29 (29.07),
        // (100, 150, 200) -> 140 (140.75): truncation, not rounding, as in iipsrv
        assertThat(out.bytes()).containsExactly(0, 255, 76, 149, 29, 140);
        assertThat(out.bands()).isEqualTo(1);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.GREY);
        assertThat(input.bytes()).isEqualTo(before);
    }

    @Test
    void lumaMatchesTheFormulaForEveryGreyLevelAndSomeColours() {
        for (int v = 0; v < 256; v++) {
            assertThat(GreyscaleTransform.luma(v, v, v)).as("grey %d", v).isEqualTo(v);
        }
        assertThat(GreyscaleTransform.luma(10, 20, 30)).isEqualTo((int) ((1254097L * 10 + 2462056L * 20
                + 478151L * 30) >> 22));
        assertThat(GreyscaleTransform.luma(255, 255, 0)).isEqualTo(225);
    }

    @Test
    void alphaIsKeptAsSecondBand() {
        byte[] rgba = {(byte) 255, 0, 0, (byte) 128, 0, 0, (byte) 255, 0};
        Raster input = Raster.ofBytes(2, 1, 4, ColourSpace.SRGB, rgba);

        Raster out = grey.apply(input, List.of());

        assertThat(out.bands()).isEqualTo(2);
        assertThat(out.bytes()).containsExactly(76, 128, 29, 0);
    }

    @Test
    void greyIsReturnedAsItIs() {
        Raster one = Raster.ofBytes(2, 1, 1, ColourSpace.GREY, new byte[] {1, 2});
        Raster two = Raster.ofBytes(1, 1, 2, ColourSpace.GREY, new byte[] {1, 2});

        assertThat(grey.apply(one, List.of())).isSameAs(one);
        assertThat(grey.apply(two, List.of())).isSameAs(two);
    }

    @Test
    void refusesWhatItCannotConvert() {
        List<Raster> rasters = List.of(
                Raster.ofShorts(1, 1, 3, 16, SampleType.UNSIGNED, ColourSpace.SRGB, new short[3]),
                Raster.ofFloats(1, 1, 3, ColourSpace.SRGB, new float[3]),
                Raster.ofBytes(1, 1, 3, 8, SampleType.SIGNED, ColourSpace.SRGB, new byte[3]),
                Raster.ofBytes(1, 1, 3, ColourSpace.CIELAB, new byte[3]),
                Raster.ofBytes(1, 1, 5, ColourSpace.MULTIBAND, new byte[5]),
                Raster.ofBytes(1, 1, 5, ColourSpace.SRGB, new byte[5]),
                Raster.ofBytes(1, 1, 2, ColourSpace.SRGB, new byte[2]));

        for (Raster raster : rasters) {
            assertThatThrownBy(() -> grey.apply(raster, List.of())).as(raster.toString())
                    .isInstanceOf(UnsupportedFormatException.class)
                    .hasMessage("grey quality needs 8-bit grey or RGB")
                    .satisfies(e -> assertThat(((UnsupportedFormatException) e).isFeature()).isTrue());
        }
    }

    @Nested
    class Contract extends TransformContract {
        Contract() {
            super(grey, "greyscale", TransformStage.GREYSCALE, List.of(),
                    Rasters.randomBytes(16, 12, 4, ColourSpace.SRGB, 1));
        }
    }
}
