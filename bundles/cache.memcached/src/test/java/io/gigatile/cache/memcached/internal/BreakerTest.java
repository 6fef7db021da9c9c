/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BreakerTest {
    private final MutableClock clock = new MutableClock();
    private final Breaker breaker = new Breaker(clock, Duration.ofSeconds(10));

    @Test
    void anOutageReportsOneStartAndOneEnd() {
        assertThat(breaker.closed()).isTrue();
        assertThat(breaker.succeeded()).isFalse();

        assertThat(breaker.failed()).isTrue();
        assertThat(breaker.failed()).isFalse();
        assertThat(breaker.failed()).isFalse();
        assertThat(breaker.closed()).isFalse();

        assertThat(breaker.succeeded()).isTrue();
        assertThat(breaker.succeeded()).isFalse();
        assertThat(breaker.closed()).isTrue();
    }

    @Test
    void bypassesUntilRetryAfterThenLetsOneLookupTry() {
        breaker.failed();
        assertThat(breaker.allowsLookup()).isFalse();

        clock.advance(Duration.ofSeconds(9));
        assertThat(breaker.allowsLookup()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(breaker.allowsLookup()).isTrue();
        // the others wait for that one's answer
        assertThat(breaker.allowsLookup()).isFalse();
        assertThat(breaker.closed()).isFalse();

        clock.advance(Duration.ofSeconds(10));
        assertThat(breaker.allowsLookup()).isTrue();
        assertThat(breaker.failed()).isFalse();
        assertThat(breaker.bypassUntil()).isEqualTo(clock.instant().plusSeconds(10));
    }

    @Test
    void aZeroRetryAfterTriesEveryTime() {
        Breaker eager = new Breaker(clock, Duration.ZERO);
        eager.failed();

        assertThat(eager.allowsLookup()).isTrue();
        assertThat(eager.closed()).isFalse();
    }
}
