/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import org.junit.jupiter.api.Test;

class PercentDecodingTest {

    @Test
    void decodesAsIipsrvDoes() {
        assertThat(PercentDecoding.decodeAsIipsrv("my+dir/%C3%A9t%C3%A9%2Ftile.tif"))
                .isEqualTo("my dir/été/tile.tif");
        assertThat(PercentDecoding.decodeAsIipsrv("a%00b")).isEqualTo("ab");
        assertThat(PercentDecoding.decodeAsIipsrv("100%25")).isEqualTo("100%");
        assertThat(PercentDecoding.decodeAsIipsrv("50%&x%4")).isEqualTo("50%&x%4");
        assertThat(PercentDecoding.decodeAsIipsrv("IIP%2c1.0")).isEqualTo("IIP,1.0");
        assertThat(PercentDecoding.decodeAsIipsrv("plain")).isEqualTo("plain");
    }

    @Test
    void iipsrvDecodingKeepsEscapesOfOtherScriptsDigitsAndReplacesBadUtf8() {
        assertThat(PercentDecoding.decodeAsIipsrv("%\u0663\u0663")).isEqualTo("%\u0663\u0663");
        assertThat(PercentDecoding.decodeAsIipsrv("a%FFb")).isEqualTo("a\uFFFDb");
        assertThat(PercentDecoding.decodeAsIipsrv("%41%")).isEqualTo("A%");
    }

    @Test
    void decodesPathSegmentsAsUtf8AndKeepsPlusSigns() {
        assertThat(PercentDecoding.decodePathSegment("caf%C3%A9+x%2Fy")).isEqualTo("café+x/y");
        assertThat(PercentDecoding.decodePathSegment("plain")).isEqualTo("plain");
        assertThat(PercentDecoding.decodePathSegment("%e2%82%ac")).isEqualTo("€");
        assertThat(PercentDecoding.decodePathSegment("%252F")).isEqualTo("%2F");
        assertThat(PercentDecoding.decodePathSegment("a%00b")).isEqualTo("a\u0000b");
    }

    @Test
    void pathSegmentsRefuseMalformedEscapesAndBadUtf8() {
        assertThatThrownBy(() -> PercentDecoding.decodePathSegment("%\u0663\u0663"))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> PercentDecoding.decodePathSegment("%4")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> PercentDecoding.decodePathSegment("a%")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> PercentDecoding.decodePathSegment("a%FFb"))
                .isInstanceOf(BadRequestException.class).hasMessageNotContaining("%FF");
    }
}
