/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.SampleType;
import io.gigatile.api.StackPage;
import io.gigatile.api.ViewAngles;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Descriptions read back whole; anything else is no description. */
class InfoCodecTest {

    private static ImageInfo rich() {
        return ImageInfo.builder().addLevel(new Level(1000, 700, 256, 256)).addLevel(new Level(500, 350, 128, 128))
                .samples(3, 16, SampleType.SIGNED, ColourSpace.MULTIBAND).range(new double[] {-5, 0, 1.5},
                        new double[] {5, 65535, 2.25})
                .qualityLayers(4).angles(new ViewAngles(List.of(0, 10, 20), List.of(45, 90)))
                .dpi(300, 150.5).iccProfile(new byte[] {1, 2, 3, 4})
                .stackPage(new StackPage("red", 0.25)).stackPage(new StackPage("", 1))
                .metadata(ImageInfo.META_TITLE, "Ta\u00efn").metadata(ImageInfo.META_XMP, "x".repeat(100_000))
                .build();
    }

    @Test
    void aDescriptionReadsBackWhole() {
        ImageInfo info = rich();

        ImageInfo back = InfoCodec.decode(InfoCodec.encode(info)).orElseThrow();

        assertThat(back.levels()).isEqualTo(info.levels());
        assertThat(back.bands()).isEqualTo(3);
        assertThat(back.bitsPerSample()).isEqualTo(16);
        assertThat(back.sampleType()).isEqualTo(SampleType.SIGNED);
        assertThat(back.colourSpace()).isEqualTo(ColourSpace.MULTIBAND);
        for (int b = 0; b < 3; b++) {
            assertThat(back.minValue(b)).isEqualTo(info.minValue(b));
            assertThat(back.maxValue(b)).isEqualTo(info.maxValue(b));
        }
        assertThat(back.qualityLayers()).isEqualTo(4);
        assertThat(back.angles()).isEqualTo(info.angles());
        assertThat(back.dpiX()).isEqualTo(300);
        assertThat(back.dpiY()).isEqualTo(150.5);
        assertThat(back.iccProfile()).hasValueSatisfying(icc -> assertThat(icc).containsExactly(1, 2, 3, 4));
        assertThat(back.metadata()).isEqualTo(info.metadata());
        assertThat(back.stack()).containsExactly(new StackPage("red", 0.25), new StackPage("", 1));
    }

    @Test
    void aPlainDescriptionHasNoProfile() {
        ImageInfo plain = ImageInfo.builder().addLevel(new Level(10, 10, 10, 10))
                .samples(1, 8, SampleType.UNSIGNED, ColourSpace.GREY).build();

        ImageInfo back = InfoCodec.decode(InfoCodec.encode(plain)).orElseThrow();

        assertThat(back.iccProfile()).isEmpty();
        assertThat(back.angles()).isEqualTo(ViewAngles.SINGLE);
    }

    @Test
    void anythingElseIsNoDescription() {
        byte[] good = InfoCodec.encode(rich());

        assertThat(InfoCodec.decode(new byte[0])).isEmpty();
        assertThat(InfoCodec.decode(new byte[] {9, 0, 0})).isEmpty();
        assertThat(InfoCodec.decode(Arrays.copyOf(good, good.length - 1))).isEmpty();
        assertThat(InfoCodec.decode(Arrays.copyOf(good, good.length + 1))).isEmpty();
        byte[] huge = good.clone();
        huge[1] = 0x7f;
        assertThat(InfoCodec.decode(huge)).isEmpty();
        assertThat(InfoCodec.key("a/b.tif")).startsWith("a/b.tif|");
    }
}
