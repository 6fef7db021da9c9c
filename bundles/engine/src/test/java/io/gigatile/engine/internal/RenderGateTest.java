/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.Rect;
import io.gigatile.api.SampleType;
import io.gigatile.api.SourceUnavailableException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RenderGateTest {
    private static final long MB = 1L << 20;

    @Test
    void rendersThatFitTheBudgetRunTogetherAndTheNextIsTurnedAwayWhenItCannotWait() {
        RenderGate gate = new RenderGate(10 * MB, Duration.ZERO);
        RenderGate.Permit first = gate.enter(4 * MB);
        RenderGate.Permit second = gate.enter(4 * MB);

        assertThatThrownBy(() -> gate.enter(4 * MB)).isInstanceOf(SourceUnavailableException.class)
                .hasMessage("the server is busy rendering other images")
                .satisfies(e -> assertThat(((SourceUnavailableException) e).retryAfter()).isPositive());
        first.close();
        gate.enter(4 * MB).close();
        second.close();
        assertThat(gate.available()).isEqualTo(10 * MB);
    }

    @Test
    void aRenderLargerThanTheBudgetRunsAloneAndGivesAllBack() {
        RenderGate gate = new RenderGate(10 * MB, Duration.ZERO);
        try (RenderGate.Permit huge = gate.enter(500 * MB)) {
            assertThat(gate.available()).isZero();
            assertThatThrownBy(() -> gate.enter(1)).isInstanceOf(SourceUnavailableException.class);
        }
        assertThat(gate.available()).isEqualTo(10 * MB);
    }

    @Test
    void aWaitingRenderRunsAsSoonAsTheMemoryIsFree() throws Exception {
        RenderGate gate = new RenderGate(10 * MB, Duration.ofMinutes(1));
        RenderGate.Permit holder = gate.enter(8 * MB);
        CompletableFuture<RenderGate.Permit> waiting = CompletableFuture.supplyAsync(() -> gate.enter(8 * MB));

        assertThat(waiting).isNotDone();
        holder.close();
        waiting.get(30, TimeUnit.SECONDS).close();
        assertThat(gate.available()).isEqualTo(10 * MB);
    }

    @Test
    void theDefaultBudgetIsHalfTheHeapAndAConfiguredOneIsInMegabytes() {
        assertThat(RenderGate.budget(0, 256 * MB)).isEqualTo(128 * MB);
        assertThat(RenderGate.budget(-3, 256 * MB)).isEqualTo(128 * MB);
        assertThat(RenderGate.budget(40, 256 * MB)).isEqualTo(40 * MB);
    }

    @Test
    void aLargeExportOutweighsHalfOfASmallHeapAndATileDoesNot() {
        ImageInfo rgb = info(3000, 2000, 3, 8);
        Rect whole = new Rect(0, 0, 3000, 2000);
        long export = Renderer.footprint(rgb, whole, new ReadPlan(0, whole, 0, 0, 3000, 2000, 5000, 3333));
        Rect tile = new Rect(0, 0, 256, 256);
        long tileRender = Renderer.footprint(rgb, tile, ReadPlan.exact(0, tile));

        assertThat(export).isGreaterThan(128 * MB);
        assertThat(tileRender).isLessThan(2 * MB);
    }

    @Test
    void deepSamplesWeighMore() {
        Rect rect = new Rect(0, 0, 100, 100);
        ReadPlan plan = ReadPlan.exact(0, rect);
        long eight = Renderer.footprint(info(100, 100, 1, 8), rect, plan);
        long sixteen = Renderer.footprint(info(100, 100, 1, 16), rect, plan);
        long floats = Renderer.footprint(info(100, 100, 1, 32), rect, plan);

        assertThat(eight).isLessThan(sixteen);
        assertThat(sixteen).isLessThan(floats);
    }

    private static ImageInfo info(int width, int height, int bands, int bits) {
        return ImageInfo.builder().addLevel(new Level(width, height, 256, 256))
                .samples(bands, bits, bits == 32 ? SampleType.FLOAT : SampleType.UNSIGNED,
                        bands == 1 ? ColourSpace.GREY : ColourSpace.SRGB)
                .build();
    }
}
