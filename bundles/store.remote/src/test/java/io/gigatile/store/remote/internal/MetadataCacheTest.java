/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.testing.MutableClock;
import io.gigatile.store.remote.ObjectHead;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MetadataCacheTest {
    private final MutableClock clock = new MutableClock();
    private final AtomicInteger asked = new AtomicInteger();

    private Optional<ObjectHead> ask(String name) {
        asked.incrementAndGet();
        return Optional.of(new ObjectHead(name.length(), "", Instant.EPOCH));
    }

    @Test
    void answersExpireAfterTheirTimeToLive() {
        MetadataCache cache = new MetadataCache(Duration.ofSeconds(5), 10, clock);

        cache.head("a", this::ask);
        clock.advance(Duration.ofMillis(4999));
        cache.head("a", this::ask);
        assertThat(asked).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        cache.head("a", this::ask);
        assertThat(asked).hasValue(2);
    }

    @Test
    void theLeastRecentlyUsedNamesLeaveBeyondTheCapacity() {
        MetadataCache cache = new MetadataCache(Duration.ofSeconds(5), 2, clock);
        cache.head("a", this::ask);
        cache.head("b", this::ask);
        cache.head("a", this::ask);
        cache.head("c", this::ask);

        cache.head("a", this::ask);
        assertThat(asked).hasValue(3);
        cache.head("b", this::ask);
        assertThat(asked).hasValue(4);
        assertThat(cache.size()).isEqualTo(2);
    }
}
