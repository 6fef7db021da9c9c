/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Region;
import io.gigatile.protocol.iip.internal.CvtSizer.View;
import org.junit.jupiter.api.Test;

/**
 * Sizes checked against iipsrv (Debian's 1.1 behind lighttpd, and the arithmetic of iipsrv 1.3's View) where
 * the two agree; the deliberate differences are marked.
 */
class CvtSizerTest {
    private final CvtSizer iipsrvDefaults = new CvtSizer(5000, true);

    @Test
    void neitherWidthNorHeightGivesTheWholeImage() {
        assertThat(iipsrvDefaults.compute(1000, 1000, null, 0, 0)).isEqualTo(new View(Region.FULL, 1000, 1000, false));
    }

    @Test
    void oneSideGivesTheOtherFromTheAspectRatio() {
        assertThat(iipsrvDefaults.compute(1000, 1000, null, 300, 0)).isEqualTo(new View(Region.FULL, 300, 300, false));
        assertThat(iipsrvDefaults.compute(1000, 1000, null, 0, 300)).isEqualTo(new View(Region.FULL, 300, 300, false));
        assertThat(iipsrvDefaults.compute(1000, 700, null, 333, 0)).isEqualTo(new View(Region.FULL, 333, 233, false));
        assertThat(iipsrvDefaults.compute(1000, 700, null, 0, 100)).isEqualTo(new View(Region.FULL, 143, 100, false));
    }

    @Test
    void bothSidesFitTheImageInsideTheBox() {
        assertThat(iipsrvDefaults.compute(1000, 1000, null, 300, 100)).isEqualTo(new View(Region.FULL, 100, 100, false));
        assertThat(iipsrvDefaults.compute(1000, 700, null, 300, 300)).isEqualTo(new View(Region.FULL, 300, 210, false));
        assertThat(iipsrvDefaults.compute(1000, 700, null, 100, 300)).isEqualTo(new View(Region.FULL, 100, 70, false));
    }

    @Test
    void largerThanMaxCvtIsClampedNotRefused() {
        // iipsrv answers WID=7000 on a 1000x700 image with a 5000x3500 image (upscaled, ALLOW_UPSCALING=1).
        assertThat(iipsrvDefaults.compute(1000, 700, null, 7000, 0)).isEqualTo(new View(Region.FULL, 5000, 3500, true));
        assertThat(iipsrvDefaults.compute(1000, 700, null, 0, 7000)).isEqualTo(new View(Region.FULL, 5000, 3500, true));
        assertThat(new CvtSizer(500, true).compute(1000, 1000, null, 0, 0))
                .isEqualTo(new View(Region.FULL, 500, 500, false));
        assertThat(new CvtSizer(400, true).compute(1000, 700, null, 0, 0))
                .isEqualTo(new View(Region.FULL, 400, 280, false));
    }

    @Test
    void withoutUpscalingTheRegionsOwnSizeIsTheLimit() {
        CvtSizer noUpscaling = new CvtSizer(5000, false);
        assertThat(noUpscaling.compute(1000, 700, null, 7000, 0)).isEqualTo(new View(Region.FULL, 1000, 700, false));
        assertThat(noUpscaling.compute(1000, 700, new float[] {0.1f, 0.1f, 0.5f, 0.3f}, 800, 0))
                .isEqualTo(new View(Region.pixels(100, 70, 500, 210), 500, 210, false));
    }

    @Test
    void noLimitWhenMaxCvtIsOff() {
        assertThat(new CvtSizer(-1, true).compute(1000, 700, null, 7000, 0))
                .isEqualTo(new View(Region.FULL, 7000, 4900, true));
        assertThatThrownBy(() -> new CvtSizer(-1, true).compute(1, 1000, null, Integer.MAX_VALUE, 0))
                .isInstanceOf(LimitExceededException.class);
    }

    @Test
    void aRegionIsInFullResolutionPixels() {
        float[] rgn = {0.1f, 0.1f, 0.5f, 0.3f};
        assertThat(iipsrvDefaults.compute(1000, 700, rgn, 200, 0))
                .isEqualTo(new View(Region.pixels(100, 70, 500, 210), 200, 84, false));
        // iipsrv stretches the region to the whole image's size here (1000x700); Gigatile gives the region as it is.
        assertThat(iipsrvDefaults.compute(1000, 700, rgn, 0, 0))
                .isEqualTo(new View(Region.pixels(100, 70, 500, 210), 500, 210, false));
    }

    @Test
    void regionsAreClampedToTheImage() {
        assertThat(iipsrvDefaults.compute(1000, 700, new float[] {0.8f, 0, 0.5f, 1}, 200, 0))
                .isEqualTo(new View(Region.pixels(800, 0, 200, 700), 200, 700, false));
        assertThat(iipsrvDefaults.compute(1000, 700, new float[] {-1, -1, 2, 2}, 0, 0))
                .isEqualTo(new View(Region.FULL, 1000, 700, false));
        assertThatThrownBy(() -> iipsrvDefaults.compute(1000, 700, new float[] {1, 0, 0.5f, 0.5f}, 0, 0))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void tinySizesAreAtLeastOnePixel() {
        assertThat(iipsrvDefaults.compute(1000, 10, null, 0, 0)).isEqualTo(new View(Region.FULL, 1000, 10, false));
        assertThat(iipsrvDefaults.compute(1000, 10, null, 10, 0)).isEqualTo(new View(Region.FULL, 10, 1, false));
        assertThat(iipsrvDefaults.compute(10, 1000, null, 0, 10)).isEqualTo(new View(Region.FULL, 1, 10, false));
    }
}
