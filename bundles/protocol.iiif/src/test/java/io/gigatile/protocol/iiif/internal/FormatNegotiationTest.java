/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** 1.1's format by Accept: the highest rated of the formats written, ties to the server's order, else jpg. */
class FormatNegotiationTest {
    private static final Set<String> WRITTEN = Set.of("jpg", "png", "tif", "gif", "webp");

    private static String choose(String accept) {
        return FormatNegotiation.choose(accept, WRITTEN::contains);
    }

    @Test
    void theHighestRatedWrittenFormatWins() {
        assertThat(choose("image/png")).isEqualTo("png");
        assertThat(choose("image/gif;q=0.5, image/tiff;q=0.9")).isEqualTo("tif");
        assertThat(choose("image/jpeg;q=0.1, image/png")).isEqualTo("png");
        assertThat(choose("IMAGE/PNG ; Q=0.7")).isEqualTo("png");
    }

    @Test
    void wildcardsTieAndTheServersOrderDecides() {
        assertThat(choose("image/*")).isEqualTo("jpg");
        assertThat(choose("*/*")).isEqualTo("jpg");
        assertThat(choose("image/avif,image/webp,image/apng,image/*,*/*;q=0.8")).isEqualTo("jpg");
        assertThat(choose("image/webp,image/*;q=0.8")).isEqualTo("webp");
    }

    @Test
    void theMostSpecificRangeGivesTheRating() {
        assertThat(choose("image/*, image/jpeg;q=0")).isEqualTo("png");
        // image/* (q=0) rates png, not */* (q=0.9): only a format outside image/* gets 0.9
        assertThat(FormatNegotiation.choose("image/*;q=0, */*;q=0.9", Set.of("png", "pdf")::contains))
                .isEqualTo("pdf");
        assertThat(FormatNegotiation.choose("image/*;q=0.4, */*;q=0.9", Set.of("png")::contains)).isEqualTo("png");
    }

    @Test
    void noUsableWishGivesJpeg() {
        assertThat(choose(null)).isEqualTo("jpg");
        assertThat(choose("")).isEqualTo("jpg");
        assertThat(choose("image/jp2")).isEqualTo("jpg");
        assertThat(choose("image/avif")).isEqualTo("jpg");
        assertThat(choose("image/png;q=x")).isEqualTo("jpg");
        assertThat(choose("image/png;q=2")).isEqualTo("jpg");
        assertThat(choose("text/html,application/xhtml+xml")).isEqualTo("jpg");
        assertThat(choose(",;,;q=,")).isEqualTo("jpg");
        assertThat(choose("image/png,".repeat(1000))).isEqualTo("jpg");
    }
}
