/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Size;
import io.gigatile.engine.internal.OutputSizer.Extent;
import org.junit.jupiter.api.Test;

class OutputSizerTest {
    private final OutputSizer sizer = new OutputSizer(EngineFixture.DEFAULTS);

    private static Extent of(int w, int h) {
        return new Extent(w, h);
    }

    @Test
    void maxIsTheRegionScaledDownToTheLimit() {
        assertThat(sizer.size(Size.MAX, 1000, 700, 3)).isEqualTo(of(1000, 700));
        assertThat(sizer.size(Size.MAX, 10000, 5000, 3)).isEqualTo(of(5000, 2500));
        assertThat(sizer.size(Size.MAX, 3000, 9001, 3)).isEqualTo(of(1666, 5000));
        OutputSizer unlimited = new OutputSizer(EngineFixture.settings(-1, true, 1, true, 10));
        assertThat(unlimited.size(Size.MAX, 20000, 10000, 1)).isEqualTo(of(20000, 10000));
    }

    @Test
    void maxWithUpscalingGrowsToTheLimitOnlyWhereAllowed() {
        OutputSizer small = new OutputSizer(EngineFixture.settings(400, true, 1, true, 10));
        assertThat(small.size(new Size(Size.Kind.MAX, 0, 0, true), 100, 50, 3)).isEqualTo(of(400, 200));
        OutputSizer noUpscaling = new OutputSizer(EngineFixture.settings(400, false, 1, true, 10));
        assertThat(noUpscaling.size(new Size(Size.Kind.MAX, 0, 0, true), 100, 50, 3)).isEqualTo(of(100, 50));
    }

    @Test
    void everySizeKind() {
        assertThat(sizer.size(new Size(Size.Kind.EXACT, 300, 200, false), 1000, 1000, 3)).isEqualTo(of(300, 200));
        assertThat(sizer.size(new Size(Size.Kind.WIDTH, 500, 0, false), 1000, 700, 3)).isEqualTo(of(500, 350));
        assertThat(sizer.size(new Size(Size.Kind.HEIGHT, 0, 350, false), 1000, 700, 3)).isEqualTo(of(500, 350));
        assertThat(sizer.size(new Size(Size.Kind.FIT, 500, 500, false), 1000, 700, 3)).isEqualTo(of(500, 350));
        assertThat(sizer.size(new Size(Size.Kind.FIT, 1000, 350, false), 1000, 700, 3)).isEqualTo(of(500, 350));
        assertThat(sizer.size(new Size(Size.Kind.FIT, 333, 333, false), 1000, 1000, 3)).isEqualTo(of(333, 333));
        assertThat(sizer.size(new Size(Size.Kind.PERCENT, 25, 0, false), 1000, 700, 3)).isEqualTo(of(250, 175));
        assertThat(sizer.size(new Size(Size.Kind.PERCENT, 50, 0, false), 1001, 701, 3)).isEqualTo(of(501, 351));
        assertThat(sizer.size(new Size(Size.Kind.PERCENT, 0.01, 0, false), 1000, 700, 3)).isEqualTo(of(1, 1));
        assertThat(sizer.size(new Size(Size.Kind.WIDTH, 1, 0, false), 1000, 10, 3)).isEqualTo(of(1, 1));
    }

    @Test
    void anySideAboveTheLimitIsRefused() {
        assertThatThrownBy(() -> sizer.size(new Size(Size.Kind.EXACT, 5001, 10, false), 9000, 9000, 3))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("5000");
        assertThatThrownBy(() -> sizer.size(new Size(Size.Kind.HEIGHT, 0, 5000, false), 20000, 10000, 3))
                .isInstanceOf(LimitExceededException.class);
        assertThatThrownBy(() -> sizer.size(new Size(Size.Kind.EXACT, 1e12, 1e12, true), 9000, 9000, 3))
                .isInstanceOf(LimitExceededException.class);
        assertThat(sizer.size(new Size(Size.Kind.HEIGHT, 0, 2500, false), 20000, 10000, 3)).isEqualTo(of(5000, 2500));
    }

    @Test
    void withoutALimitOnlyMemoryBoundsTheOutput() {
        OutputSizer unlimited = new OutputSizer(EngineFixture.settings(-1, true, 1, true, 10));
        assertThatThrownBy(() -> unlimited.size(new Size(Size.Kind.EXACT, 100000, 100000, true), 10, 10, 3))
                .isInstanceOf(LimitExceededException.class);
    }

    @Test
    void largerThanTheRegionNeedsUpscalingAskedForAndAllowed() {
        Size wide = new Size(Size.Kind.WIDTH, 2000, 0, false);
        assertThatThrownBy(() -> sizer.size(wide, 1000, 700, 3)).isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("upscaling");
        assertThat(sizer.size(new Size(Size.Kind.WIDTH, 2000, 0, true), 1000, 700, 3)).isEqualTo(of(2000, 1400));
        Size stretched = new Size(Size.Kind.EXACT, 1001, 100, false);
        assertThatThrownBy(() -> sizer.size(stretched, 1000, 700, 3)).isInstanceOf(LimitExceededException.class);
        OutputSizer noUpscaling = new OutputSizer(EngineFixture.settings(5000, false, 1, true, 10));
        assertThatThrownBy(() -> noUpscaling.size(new Size(Size.Kind.WIDTH, 2000, 0, true), 1000, 700, 3))
                .isInstanceOf(LimitExceededException.class).hasMessage("upscaling is not allowed");
        assertThat(noUpscaling.size(new Size(Size.Kind.WIDTH, 1000, 0, true), 1000, 700, 3)).isEqualTo(of(1000, 700));
    }
}
