/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Quality;
import io.gigatile.api.TransformStep;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rotation parameter and the last one, quality.format. */
class RotationQualityFormatTest {

    private static IiifRotation rotation(String text) {
        return IiifRotation.parse(text, IiifVersion.V3);
    }

    @Test
    void rotationsOfAnyAngleWithTheirCanonicalForms() {
        assertThat(rotation("0")).isEqualTo(new IiifRotation(0, false, "0"));
        assertThat(rotation("!90")).isEqualTo(new IiifRotation(90, true, "!90"));
        assertThat(rotation("22.50")).isEqualTo(new IiifRotation(22.5, false, "22.5"));
        assertThat(rotation(".5").canonical()).isEqualTo("0.5");
        assertThat(rotation("90.").canonical()).isEqualTo("90");
        assertThat(rotation("000.000").canonical()).isEqualTo("0");
        assertThat(rotation("360").degrees()).isEqualTo(360);
    }

    @Test
    void onlyUnmirroredWholeTurnsAreNoRotation() {
        assertThat(rotation("0").isNone()).isTrue();
        assertThat(rotation("360").isNone()).isTrue();
        assertThat(rotation("!0").isNone()).isFalse();
        assertThat(rotation("0.001").isNone()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!", "-90", "360.01", "361", "90deg", "1e2", "!!90", " 90", "NaN", "."})
    void badRotationsAreBadRequests(String text) {
        assertThatThrownBy(() -> rotation(text)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void qualitiesAndFormats() {
        assertThat(QualityFormat.parse("default.jpg", IiifVersion.V3, false))
                .isEqualTo(new QualityFormat("default", Quality.DEFAULT, null, "jpg"));
        assertThat(QualityFormat.parse("color.png", IiifVersion.V3, false).value()).isEqualTo(Quality.COLOR);
        assertThat(QualityFormat.parse("gray.webp", IiifVersion.V3, false).value()).isEqualTo(Quality.GRAY);
        assertThat(QualityFormat.parse("bitonal.TIF", IiifVersion.V2, false))
                .isEqualTo(new QualityFormat("bitonal", Quality.BITONAL, null, "tif"));
    }

    @Test
    void version2AcceptsNativeAndGreyAs11SaidThem() {
        assertThat(QualityFormat.parse("native.jpg", IiifVersion.V2, false))
                .isEqualTo(new QualityFormat("default", Quality.DEFAULT, null, "jpg"));
        assertThat(QualityFormat.parse("grey.png", IiifVersion.V2, false))
                .isEqualTo(new QualityFormat("gray", Quality.GRAY, null, "png"));
        assertThatThrownBy(() -> QualityFormat.parse("native.jpg", IiifVersion.V3, false))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> QualityFormat.parse("grey.jpg", IiifVersion.V3, false))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void iipsrvsExtraQualitiesOnlyWhenAskedFor() {
        assertThat(QualityFormat.parse("negative.png", IiifVersion.V3, true))
                .isEqualTo(new QualityFormat("negative", Quality.DEFAULT, new TransformStep("invert", List.of()),
                        "png"));
        assertThat(QualityFormat.parse("stretch.jpg", IiifVersion.V2, true).extension())
                .isEqualTo(new TransformStep("contrast", List.of("stretch")));
        assertThat(QualityFormat.parse("equalization.jpg", IiifVersion.V3, true).extension())
                .isEqualTo(new TransformStep("equalise", List.of()));
        assertThat(QualityFormat.parse("log.jpg", IiifVersion.V3, true).extension())
                .isEqualTo(new TransformStep("gamma", List.of("log")));
        assertThat(QualityFormat.parse("gray.jpg", IiifVersion.V3, true).extension()).isNull();
        for (String name : QualityFormat.EXTENSIONS.keySet()) {
            assertThatThrownBy(() -> QualityFormat.parse(name + ".jpg", IiifVersion.V3, false))
                    .isInstanceOf(BadRequestException.class);
        }
        assertThatThrownBy(() -> QualityFormat.parse("Negative.jpg", IiifVersion.V3, true))
                .isInstanceOf(BadRequestException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "default.", ".jpg", "grey.jpg", "Default.jpg", "default.j+g",
        "default.verylongformatname", "sepia.jpg", "default.exe", "default.LoD", "default.jpeg"})
    void badQualitiesAndFormatsAreBadRequests(String text) {
        assertThatThrownBy(() -> QualityFormat.parse(text, IiifVersion.V3, false))
                .isInstanceOf(BadRequestException.class);
    }
}
