/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Rect;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LevelChooserTest {
    /** 1000x700 halved, rounding up: 500x350, 250x175, 125x88, 63x44, 32x22, 16x11, 8x6, 4x3, 2x2, 1x1. */
    private final ImageInfo pyramid = new SyntheticSource(
            new SyntheticSource.Spec(1000, 700, 128, 3, "coords", "-")).info();
    private final LevelChooser chooser = new LevelChooser(EngineFixture.DEFAULTS);
    private final Rect full = new Rect(0, 0, 1000, 700);

    @Test
    void picksTheSmallestLevelStillAtLeastTheOutputSize() {
        assertThat(chooser.plan(pyramid, full, 1000, 700).level()).isZero();
        assertThat(chooser.plan(pyramid, full, 999, 699).level()).isZero();
        assertThat(chooser.plan(pyramid, full, 500, 350).level()).isEqualTo(1);
        assertThat(chooser.plan(pyramid, full, 400, 280).level()).isEqualTo(1);
        assertThat(chooser.plan(pyramid, full, 251, 100).level()).isEqualTo(1);
        assertThat(chooser.plan(pyramid, full, 250, 175).level()).isEqualTo(2);
        assertThat(chooser.plan(pyramid, full, 1, 1).level()).isEqualTo(10);
        assertThat(chooser.plan(pyramid, full, 2000, 1400).level()).isZero();
    }

    @Test
    void aRegionThatIsALevelsOwnPixelsIsReadExactly() {
        ReadPlan plan = chooser.plan(pyramid, full, 500, 350);
        assertThat(plan.read()).isEqualTo(new Rect(0, 0, 500, 350));
        assertThat(plan.needsResize()).isFalse();
        ReadPlan region = chooser.plan(pyramid, new Rect(100, 100, 300, 200), 75, 50);
        assertThat(region.level()).isEqualTo(2);
        assertThat(region.read()).isEqualTo(new Rect(25, 25, 75, 50));
        assertThat(region.needsResize()).isFalse();
    }

    @Test
    void aRegionBetweenPixelsIsWidenedAndItsWindowKept() {
        // 300 x 201 at level 2 is 75 x 50.25 for an output of 60 x 40: a real resize, so every fraction counts
        ReadPlan plan = chooser.plan(pyramid, new Rect(101, 99, 300, 201), 60, 40);
        assertThat(plan.level()).isEqualTo(2);
        assertThat(plan.read()).isEqualTo(new Rect(25, 24, 76, 51));
        assertThat(plan.windowX()).isEqualTo(0.25);
        assertThat(plan.windowY()).isEqualTo(0.75);
        assertThat(plan.windowWidth()).isEqualTo(75);
        assertThat(plan.windowHeight()).isEqualTo(50.25);
        assertThat(plan.needsResize()).isTrue();
    }

    @Test
    void aWindowWithinAPixelOfTheOutputIsReadAtTheNearestWholePixelsWithoutResizing() {
        // 75 x 50.25 at level 2 for 75 x 50: resampling would move pixels by less than half a pixel
        ReadPlan plan = chooser.plan(pyramid, new Rect(101, 99, 300, 201), 75, 50);
        assertThat(plan.level()).isEqualTo(2);
        assertThat(plan.read()).isEqualTo(new Rect(25, 25, 75, 50));
        assertThat(plan.needsResize()).isFalse();
    }

    @Test
    void edgeRegionsStayInsideLevelsWhoseSizeWasRoundedUp() {
        ReadPlan plan = chooser.plan(pyramid, new Rect(900, 600, 100, 100), 12, 12);
        assertThat(plan.level()).isEqualTo(3);
        assertThat(plan.read().right()).isLessThanOrEqualTo(pyramid.levels().get(3).width());
        assertThat(plan.read().bottom()).isLessThanOrEqualTo(pyramid.levels().get(3).height());
        assertThat(plan.read()).isEqualTo(new Rect(113, 75, 12, 12));
        ReadPlan resized = chooser.plan(pyramid, new Rect(900, 600, 100, 100), 10, 10);
        assertThat(resized.read()).isEqualTo(new Rect(112, 75, 13, 13));
    }

    @Test
    void everyPlanCoversItsRegionAtEveryLevel() {
        Random random = new Random(42);
        for (int i = 0; i < 5000; i++) {
            int x = random.nextInt(1000);
            int y = random.nextInt(700);
            Rect region = new Rect(x, y, 1 + random.nextInt(1000 - x), 1 + random.nextInt(700 - y));
            int outW = 1 + random.nextInt(region.width());
            int outH = Math.max(1, (int) Math.round((double) region.height() * outW / region.width()));
            ReadPlan plan = chooser.plan(pyramid, region, outW, outH);
            Level level = pyramid.levels().get(plan.level());
            double sx = (double) level.width() / 1000;
            double sy = (double) level.height() / 700;
            Rect read = plan.read();
            assertThat(read.right()).isLessThanOrEqualTo(level.width());
            assertThat(read.bottom()).isLessThanOrEqualTo(level.height());
            if (!plan.needsResize()) {
                // read at the output's size: within half a pixel of the region's place (a pixel at the edge)
                assertThat(read.width()).isEqualTo(outW);
                assertThat(read.height()).isEqualTo(outH);
                assertThat(Math.abs(read.x() - region.x() * sx)).isLessThanOrEqualTo(1.0);
                assertThat(Math.abs(read.y() - region.y() * sy)).isLessThanOrEqualTo(1.0);
                continue;
            }
            assertThat(read.x()).isLessThanOrEqualTo((int) Math.floor(region.x() * sx + 1e-6));
            assertThat(read.right()).isGreaterThanOrEqualTo(Math.min(level.width(),
                    (int) Math.ceil(region.right() * sx - 1e-6)));
            assertThat(read.y()).isLessThanOrEqualTo((int) Math.floor(region.y() * sy + 1e-6));
            assertThat(read.width()).isLessThanOrEqualTo(
                    (int) Math.ceil(region.width() * sx) + 2);
            assertThat(region.width() * sx).isGreaterThanOrEqualTo(outW - 1e-6);
            assertThat(region.height() * sy).isGreaterThanOrEqualTo(outH - 1e-6);
            if (plan.level() + 1 < pyramid.levels().size()) {
                Level smaller = pyramid.levels().get(plan.level() + 1);
                boolean smallerSuffices = region.width() * smaller.width() / 1000.0 >= outW - 1e-6
                        && region.height() * smaller.height() / 700.0 >= outH - 1e-6;
                assertThat(smallerSuffices).as("level %d would have done for %s", plan.level() + 1, region)
                        .isFalse();
            }
            assertThat(plan.windowX()).isBetween(0.0, 1.0);
            assertThat(plan.windowX() + plan.windowWidth()).isLessThanOrEqualTo(read.width() + 1e-6);
        }
    }

    @Test
    void readsTooLargeForMemoryAreRefused() {
        ImageInfo flat = ImageInfo.builder().addLevel(new Level(1000, 700, 1000, 1)).samples(3, 8,
                io.gigatile.api.SampleType.UNSIGNED, io.gigatile.api.ColourSpace.SRGB).build();
        LevelChooser small = new LevelChooser(EngineFixture.settings(100, true, 1, true, 10));
        assertThatThrownBy(() -> small.plan(flat, full, 100, 70)).isInstanceOf(LimitExceededException.class);
        assertThat(small.plan(pyramid, full, 100, 70).level()).isEqualTo(3);
        assertThat(small.plan(flat, new Rect(0, 0, 200, 200), 100, 100).read()).isEqualTo(new Rect(0, 0, 200, 200));
    }
}
