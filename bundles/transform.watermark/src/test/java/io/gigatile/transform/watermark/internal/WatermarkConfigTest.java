/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.watermark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatermarkConfigTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultsAreIipsrvsFullProbabilityAndOpacity() throws ReflectiveOperationException {
        assertThat(WatermarkConfig.class.getMethod("probability").getDefaultValue()).isEqualTo(1.0f);
        assertThat(WatermarkConfig.class.getMethod("opacity").getDefaultValue()).isEqualTo(1.0f);
        assertThat(WatermarkConfig.class.getMethod("image").getDefaultValue()).isEqualTo("");
    }

    @Test
    void theActivatedComponentReadsItsImage() throws IOException {
        Path file = Marks.grey(dir, "g.png", 2, 2, 40);

        WatermarkTransform watermark = new WatermarkTransform(Marks.config(file.toString(), 1, 0.5f));

        assertThat(watermark.mark().value(1, 1, 2)).isEqualTo(20);
        assertThat(watermark.apply(Marks.raster(2, 2, 1, 0), List.of()).bytes()).containsOnly(20);
    }

    /** As iipsrv's Environment.h: above 1 is 1, below 0 is 0; not a number keeps the default. */
    @Test
    void probabilityAndOpacityAreClampedIntoZeroToOne() throws IOException {
        String file = Marks.grey(dir, "g.png", 1, 1, 40).toString();

        WatermarkTransform high = new WatermarkTransform(Marks.config(file, 2.5f, 1.5f));
        WatermarkTransform low = new WatermarkTransform(file, -1, -0.5f);
        WatermarkTransform nan = new WatermarkTransform(file, Float.NaN, Float.NaN);
        WatermarkTransform within = new WatermarkTransform(file, 0.25f, 0.75f);

        assertThat(high.probability()).isEqualTo(1);
        assertThat(high.opacity()).isEqualTo(1);
        assertThat(high.mark().value(0, 0, 0)).isEqualTo(40);
        assertThat(low.probability()).isZero();
        assertThat(low.opacity()).isZero();
        assertThat(nan.probability()).isEqualTo(1);
        assertThat(nan.opacity()).isEqualTo(1);
        assertThat(within.probability()).isEqualTo(0.25f);
        assertThat(within.opacity()).isEqualTo(0.75f);
    }

    @Test
    void aMissingFileStopsTheComponent() {
        String missing = dir.resolve("missing.tif").toString();

        assertThatThrownBy(() -> new WatermarkTransform(Marks.config(missing, 1, 1)))
                .isInstanceOf(IOException.class).hasMessage("no such file");
        assertThatThrownBy(() -> new WatermarkTransform(dir.toString(), 1, 1))
                .isInstanceOf(IOException.class).hasMessage("not a file");
    }

    @Test
    void anEmptyOrUnreadableFileStopsTheComponent() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.tif"));
        Path text = Files.writeString(dir.resolve("text.tif"), "not an image");
        Path truncated = dir.resolve("truncated.png");
        byte[] png = Files.readAllBytes(Marks.grey(dir, "whole.png", 64, 64, 40));
        Files.write(truncated, java.util.Arrays.copyOf(png, 40));

        assertThatThrownBy(() -> new WatermarkTransform(empty.toString(), 1, 1))
                .isInstanceOf(IOException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> new WatermarkTransform(text.toString(), 1, 1))
                .isInstanceOf(IOException.class).hasMessageContaining("not an image format");
        assertThatThrownBy(() -> new WatermarkTransform(truncated.toString(), 1, 1))
                .isInstanceOf(IOException.class);
    }

    @Test
    void noImageStopsTheComponent() {
        assertThatThrownBy(() -> new WatermarkTransform(Marks.config("", 1, 1))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new WatermarkTransform(" ", 1, 1)).isInstanceOf(IOException.class);
    }

    @Test
    void imagesLargerThan4096EitherWayAreRefused() throws IOException {
        Path wide = Marks.write(new BufferedImage(4097, 1, BufferedImage.TYPE_BYTE_GRAY), dir, "wide.png");
        Path largest = Marks.write(new BufferedImage(4096, 1, BufferedImage.TYPE_BYTE_GRAY), dir, "largest.png");

        assertThatThrownBy(() -> new WatermarkTransform(wide.toString(), 1, 1))
                .isInstanceOf(IOException.class).hasMessageContaining("4097x1 is larger than 4096x4096");
        assertThat(new WatermarkTransform(largest.toString(), 1, 1).mark().width()).isEqualTo(4096);
    }
}
