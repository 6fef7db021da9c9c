/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static io.gigatile.protocol.iiif.internal.IiifVersion.V2;
import static io.gigatile.protocol.iiif.internal.IiifVersion.V3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Rect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every size form of both versions on a 1000x700 region, within and beyond the limits. */
class SizeResolverTest {
    private static final Rect REGION = new Rect(0, 0, 1000, 700);
    private static final Limits CVT_5000 = new Limits(5000, 5000, 25_000_000, true);
    private static final Limits NONE = new Limits(-1, -1, -1, true);

    private static String size(String text, IiifVersion version, Limits limits) {
        return size(text, version, limits, REGION);
    }

    private static String size(String text, IiifVersion version, Limits limits, Rect region) {
        SizeResolver.Extent e = SizeResolver.resolve(IiifSize.parse(text, version), region, version, limits);
        return e.width() + "x" + e.height();
    }

    @Test
    void maxIsTheRegionWithinTheLimits() {
        assertThat(size("max", V3, CVT_5000)).isEqualTo("1000x700");
        assertThat(size("max", V3, new Limits(400, 400, 160_000, true))).isEqualTo("400x280");
        assertThat(size("max", V3, new Limits(-1, -1, 70_000, true))).isEqualTo("316x221");
        assertThat(size("max", V2, new Limits(500, 500, -1, true))).isEqualTo("500x350");
        assertThat(size("max", V3, NONE)).isEqualTo("1000x700");
    }

    @Test
    void upscaledMaxGrowsToTheLimits() {
        assertThat(size("^max", V3, CVT_5000)).isEqualTo("5000x3500");
        assertThat(size("^max", V3, new Limits(5000, 5000, 2_800_000, true))).isEqualTo("2000x1400");
        assertThat(size("^max", V3, NONE)).isEqualTo("1000x700");
        assertThat(size("^max", V3, new Limits(5000, 5000, -1, false))).isEqualTo("1000x700");
    }

    @Test
    void widthHeightAndPercentKeepTheAspectRatioRounded() {
        assertThat(size("333,", V3, CVT_5000)).isEqualTo("333x233");
        assertThat(size(",77", V3, CVT_5000)).isEqualTo("110x77");
        assertThat(size("pct:33.3", V3, CVT_5000)).isEqualTo("333x233");
        assertThat(size("pct:100", V2, CVT_5000)).isEqualTo("1000x700");
        assertThat(size("full", V2, CVT_5000)).isEqualTo("1000x700");
    }

    @Test
    void exactSizesMayDistort() {
        assertThat(size("100,100", V3, CVT_5000)).isEqualTo("100x100");
        assertThat(size("1000,1", V2, CVT_5000)).isEqualTo("1000x1");
    }

    @Test
    void confinedSizesFitTheBoxAndKeepTheAspectRatio() {
        assertThat(size("!500,500", V3, CVT_5000)).isEqualTo("500x350");
        assertThat(size("!500,100", V3, CVT_5000)).isEqualTo("143x100");
        assertThat(size("!333,233", V3, CVT_5000)).isEqualTo("333x233");
    }

    @Test
    void confinedSizesLargerThanTheRegionNeedTheCaretIn3AndGiveTheRegionWhereUpscalingIsOff() {
        // as the official validator's size_noup and iipsrv: a box the fit of which is upscaled is an error in 3.0
        assertThatThrownBy(() -> size("!3000,3000", V3, CVT_5000)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("^");
        // a box larger than the region one way only fits inside it: no upscaling, no caret needed
        assertThat(size("!3000,350", V3, CVT_5000)).isEqualTo("500x350");
        assertThat(size("!1000,5000", V3, CVT_5000)).isEqualTo("1000x700");
        assertThat(size("^!3000,3000", V3, CVT_5000)).isEqualTo("3000x2100");
        assertThat(size("!3000,3000", V2, CVT_5000)).isEqualTo("3000x2100");
        assertThat(size("!3000,3000", V2, new Limits(5000, 5000, -1, false))).isEqualTo("1000x700");
        assertThat(size("^!3000,3000", V3, new Limits(5000, 5000, -1, false))).isEqualTo("1000x700");
    }

    @Test
    void confinedSizesAlsoFitTheLimits() {
        assertThat(size("^!9000,9000", V3, CVT_5000)).isEqualTo("5000x3500");
        assertThat(size("!900,900", V3, new Limits(400, 400, -1, true))).isEqualTo("400x280");
        assertThat(size("!9000,9000", V2, new Limits(400, 400, -1, true))).isEqualTo("400x280");
    }

    @Test
    void version3RefusesSizesAboveTheRegionWithoutTheCaret() {
        for (String text : new String[] {"1001,", ",701", "pct:101", "1001,700", "1000,701"}) {
            assertThatThrownBy(() -> size(text, V3, CVT_5000)).as(text).isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("^");
        }
        assertThat(size("^1001,", V3, CVT_5000)).isEqualTo("1001x701");
        assertThat(size("^pct:150", V3, CVT_5000)).isEqualTo("1500x1050");
        assertThat(size("^2000,100", V3, CVT_5000)).isEqualTo("2000x100");
    }

    @Test
    void version2UpscalesWithoutACaretWhereTheEngineAllowsIt() {
        assertThat(size("2000,", V2, CVT_5000)).isEqualTo("2000x1400");
        assertThat(size("pct:150", V2, CVT_5000)).isEqualTo("1500x1050");
        assertThatThrownBy(() -> size("2000,", V2, new Limits(5000, 5000, -1, false)))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("upscaling");
        assertThatThrownBy(() -> size("^2000,", V3, new Limits(5000, 5000, -1, false)))
                .isInstanceOf(LimitExceededException.class);
    }

    @Test
    void sizesBeyondTheLimitsAreRefusedNotClamped() {
        Limits small = new Limits(400, 400, 100_000, true);
        assertThatThrownBy(() -> size("401,", V3, small)).isInstanceOf(LimitExceededException.class);
        assertThatThrownBy(() -> size("400,", V3, small)).isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("maxArea");
        assertThat(size("377,", V3, small)).isEqualTo("377x264");
        assertThatThrownBy(() -> size("full", V2, small)).isInstanceOf(LimitExceededException.class);
        assertThatThrownBy(() -> size("^9999999999,", V3, NONE)).isInstanceOf(LimitExceededException.class);
    }

    @Test
    void sizesThatRoundToZeroPixelsAreBadRequests() {
        Rect thin = new Rect(0, 0, 1000, 1);
        assertThatThrownBy(() -> size("100,", V3, CVT_5000, thin)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("zero");
        assertThatThrownBy(() -> size("pct:0.01", V3, CVT_5000)).isInstanceOf(BadRequestException.class);
        assertThat(size("max", V3, new Limits(100, 100, -1, true), thin)).isEqualTo("100x1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "", ",", "!100,", "!,100", "0,", ",0", "0,0", "pct:0", "pct:-5", "-5,", "w,h",
        "100,100,", "^", "^full", "max ", "12345678901,"})
    void malformedVersion3SizesAreBadRequests(String text) {
        assertThatThrownBy(() -> IiifSize.parse(text, V3)).isInstanceOf(BadRequestException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"^max", "^100,", "", "pct:"})
    void malformedVersion2SizesAreBadRequests(String text) {
        assertThatThrownBy(() -> IiifSize.parse(text, V2)).isInstanceOf(BadRequestException.class);
    }
}
