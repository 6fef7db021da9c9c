/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.Raster;
import io.gigatile.api.Region;
import io.gigatile.api.SampleType;
import io.gigatile.api.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolution encoders are given: the image's own, scaled as the output scales the region. */
class EngineResolutionTest {
    @TempDir
    Path dir;

    private EngineFixture serving(ImageInfo.Builder info) throws IOException {
        MemorySource source = new MemorySource(info.samples(1, 8, SampleType.UNSIGNED, ColourSpace.GREY),
                Raster.ofBytes(400, 200, 1, ColourSpace.GREY, new byte[400 * 200]));
        EngineFixture f = new EngineFixture(dir);
        f.engine.bindDecoder((file, bytes) -> source, SyntheticDecoder.properties("mem", 0, 2, List.of("mem"),
                List.of()));
        Files.writeString(dir.resolve("img.mem"), "in memory");
        return f;
    }

    @Test
    void aRegionAtFullSizeKeepsTheImagesResolutionAndAHalfSizeOneHalvesIt() throws IOException {
        EngineFixture f = serving(ImageInfo.builder().dpi(300, 150));

        RawEncoder.Image whole = f.render(ImageRequest.builder("img.mem"));
        RawEncoder.Image half = f.render(ImageRequest.builder("img.mem")
                .region(Region.pixels(0, 0, 200, 100)).size(new Size(Size.Kind.EXACT, 100, 50, false)));

        assertThat(whole.dpiX()).isCloseTo(300, within(1e-9));
        assertThat(whole.dpiY()).isCloseTo(150, within(1e-9));
        assertThat(half.dpiX()).isCloseTo(150, within(1e-9));
        assertThat(half.dpiY()).isCloseTo(75, within(1e-9));
    }

    @Test
    void anImageWithoutAResolutionGivesNone() throws IOException {
        RawEncoder.Image image = serving(ImageInfo.builder()).render(ImageRequest.builder("img.mem"));

        assertThat(image.dpiX()).isZero();
        assertThat(image.dpiY()).isZero();
    }
}
