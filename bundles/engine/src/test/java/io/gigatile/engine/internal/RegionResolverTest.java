/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Rect;
import io.gigatile.api.Region;
import org.junit.jupiter.api.Test;

class RegionResolverTest {

    @Test
    void fullAndSquare() {
        assertThat(RegionResolver.resolve(Region.FULL, 1000, 700)).isEqualTo(new Rect(0, 0, 1000, 700));
        assertThat(RegionResolver.resolve(Region.SQUARE, 1000, 700)).isEqualTo(new Rect(150, 0, 700, 700));
        assertThat(RegionResolver.resolve(Region.SQUARE, 701, 1000)).isEqualTo(new Rect(0, 149, 701, 701));
        assertThat(RegionResolver.resolve(Region.SQUARE, 1, 1)).isEqualTo(new Rect(0, 0, 1, 1));
    }

    @Test
    void pixelsAreClippedToTheImage() {
        assertThat(RegionResolver.resolve(Region.pixels(10, 20, 30, 40), 1000, 700))
                .isEqualTo(new Rect(10, 20, 30, 40));
        assertThat(RegionResolver.resolve(Region.pixels(900, 650, 500, 500), 1000, 700))
                .isEqualTo(new Rect(900, 650, 100, 50));
        assertThat(RegionResolver.resolve(Region.pixels(999, 699, Long.MAX_VALUE / 2, 1), 1000, 700))
                .isEqualTo(new Rect(999, 699, 1, 1));
    }

    @Test
    void pixelsStartingOutsideTheImageAreRefused() {
        assertThatThrownBy(() -> RegionResolver.resolve(Region.pixels(1000, 0, 10, 10), 1000, 700))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> RegionResolver.resolve(Region.pixels(0, 700, 10, 10), 1000, 700))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> RegionResolver.resolve(new Region(Region.Kind.PIXELS, -1, 0, 5, 5, 0), 10, 10))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> RegionResolver.resolve(new Region(Region.Kind.PIXELS, 0, 0, 0, 5, 0), 10, 10))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void fractionsRoundTheirEdgesAndAreClipped() {
        assertThat(RegionResolver.resolve(Region.fraction(0.25, 0.5, 0.5, 0.5), 1000, 700))
                .isEqualTo(new Rect(250, 350, 500, 350));
        assertThat(RegionResolver.resolve(Region.fraction(0.75, 0, 0.5, 2), 1000, 700))
                .isEqualTo(new Rect(750, 0, 250, 700));
        assertThat(RegionResolver.resolve(Region.fraction(0.5, 0.5, 0.0001, 0.0001), 100, 100))
                .isEqualTo(new Rect(50, 50, 1, 1));
    }

    @Test
    void neighbouringFractionsMeetWithoutGapOrOverlap() {
        double third = 1.0 / 3;
        Rect a = RegionResolver.resolve(Region.fraction(0, 0, third, 1), 100, 10);
        Rect b = RegionResolver.resolve(Region.fraction(third, 0, third, 1), 100, 10);
        Rect c = RegionResolver.resolve(Region.fraction(2 * third, 0, third, 1), 100, 10);
        assertThat(a.right()).isEqualTo(b.x());
        assertThat(b.right()).isEqualTo(c.x());
        assertThat(c.right()).isEqualTo(100);
        assertThat(a.x()).isZero();
    }

    @Test
    void fractionsStartingOutsideOrNotNumbersAreRefused() {
        assertThatThrownBy(() -> RegionResolver.resolve(Region.fraction(1, 0, 0.5, 0.5), 1000, 700))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> RegionResolver.resolve(Region.fraction(0.9999, 0, 0.5, 0.5), 1000, 700))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> RegionResolver.resolve(
                new Region(Region.Kind.FRACTION, Double.NaN, 0, 0.5, 0.5, 0), 1000, 700))
                .isInstanceOf(BadRequestException.class);
    }
}
