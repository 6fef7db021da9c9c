/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HeaderPolicyTest {
    private final HeaderPolicy policy = new HeaderPolicy("*", "max-age=60");

    @Test
    void datesAreWrittenAsHttpWantsThemWithTwoDigitDaysInGmt() {
        assertThat(policy.httpDate(Instant.parse("2026-12-06T02:57:45.900Z")))
                .isEqualTo("Sun, 06 Dec 2026 02:57:45 GMT");
        assertThat(policy.httpDate(Instant.parse("1999-01-31T23:00:00Z"))).isEqualTo("Sun, 31 Jan 1999 23:00:00 GMT");
    }

    @Test
    void theSameSecondGivesTheSameTextAndAnotherSecondItsOwn() {
        String first = policy.httpDate(Instant.parse("2026-12-06T02:57:45.100Z"));
        assertThat(policy.httpDate(Instant.parse("2026-12-06T02:57:45.800Z"))).isSameAs(first);
        assertThat(policy.httpDate(Instant.parse("2026-12-06T02:57:46Z"))).isEqualTo("Sun, 06 Dec 2026 02:57:46 GMT");
        assertThat(policy.httpDate(Instant.parse("2026-12-06T02:57:45Z"))).isEqualTo(first);
    }
}
