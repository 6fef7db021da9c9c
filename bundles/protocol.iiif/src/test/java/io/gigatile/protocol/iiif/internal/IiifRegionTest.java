/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Rect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The region parameter on a 1000x700 image. */
class IiifRegionTest {

    private static IiifRegion region(String text) {
        return IiifRegion.parse(text, IiifVersion.V3);
    }

    private static Rect resolve(String text) {
        return region(text).resolve(1000, 700);
    }

    @Test
    void fullAndSquare() {
        assertThat(resolve("full")).isEqualTo(new Rect(0, 0, 1000, 700));
        assertThat(resolve("square")).isEqualTo(new Rect(150, 0, 700, 700));
        assertThat(region("square").resolve(300, 501)).isEqualTo(new Rect(0, 100, 300, 300));
    }

    @Test
    void pixelsInsideAndRunningOffTheEdge() {
        assertThat(resolve("100,200,300,400")).isEqualTo(new Rect(100, 200, 300, 400));
        assertThat(resolve("900,600,300,400")).isEqualTo(new Rect(900, 600, 100, 100));
        assertThat(resolve("999,699,99999999999999,5")).isEqualTo(new Rect(999, 699, 1, 1));
    }

    @Test
    void percentagesRoundTheEdges() {
        assertThat(resolve("pct:10,20,30,40")).isEqualTo(new Rect(100, 140, 300, 280));
        assertThat(resolve("pct:0.05,0,0.1,100")).isEqualTo(new Rect(0, 0, 2, 700));
        assertThat(resolve("pct:90,90,50,50")).isEqualTo(new Rect(900, 630, 100, 70));
        assertThat(resolve("pct:0,0,.01,.01")).isEqualTo(new Rect(0, 0, 1, 1));
    }

    @Test
    void regionsWhollyOutsideTheImageAreBadRequests() {
        assertThatThrownBy(() -> resolve("1000,0,10,10")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> resolve("0,700,10,10")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> resolve("pct:100,0,10,10")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> resolve("99999999999999,0,10,10")).isInstanceOf(BadRequestException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0,0,0,10", "0,0,10,0", "pct:0,0,0,10", "-1,0,10,10", "0,0,10", "0,0,10,10,10",
        "1.5,0,10,10", "pct:a,0,1,1", "fullx", "pct:", "0,0,10,10 ", "1234567890123456789,0,1,1"})
    void malformedRegionsAreBadRequests(String text) {
        assertThatThrownBy(() -> region(text)).isInstanceOf(BadRequestException.class);
    }
}
