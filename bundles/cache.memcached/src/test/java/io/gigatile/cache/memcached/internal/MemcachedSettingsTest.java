/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import static io.gigatile.cache.memcached.internal.Fixtures.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemcachedSettingsTest {

    @Test
    void theDefaultsAreIipsrvsDayAndMemcachedsItemLimit() throws ReflectiveOperationException {
        assertThat(MemcachedCacheConfig.class.getMethod("servers").getDefaultValue()).isNull();
        assertThat(MemcachedCacheConfig.class.getMethod("expiry").getDefaultValue()).isEqualTo(86400);
        assertThat(MemcachedCacheConfig.class.getMethod("timeout").getDefaultValue()).isEqualTo(100);
        assertThat(MemcachedCacheConfig.class.getMethod("retryAfter").getDefaultValue()).isEqualTo(10);
        assertThat(MemcachedCacheConfig.class.getMethod("maxEntrySize").getDefaultValue()).isEqualTo(1024);

        MemcachedSettings settings = MemcachedSettings.of(config("127.0.0.1", 86400, 100, 10, 1024));

        assertThat(settings).isEqualTo(new MemcachedSettings(List.of(new InetSocketAddress("127.0.0.1", 11211)),
                86400, Duration.ofMillis(100), Duration.ofSeconds(10), 1 << 20));
    }

    @Test
    void readsIipsrvsServerList() {
        assertThat(ServerAddresses.parse(" 127.0.0.1:11311, localhost,[::1]:11411 127.0.0.1:11311, ::1"))
                .containsExactly(new InetSocketAddress("127.0.0.1", 11311), new InetSocketAddress("localhost", 11211),
                        new InetSocketAddress("::1", 11411), new InetSocketAddress("::1", 11211));
    }

    @Test
    void refusesListsItCannotUse() {
        for (String bad : new String[] {null, "", " , ", "127.0.0.1:0", "127.0.0.1:x", "127.0.0.1:70000",
                "[::1", "[::1]x", ":11211", "no-such-host.invalid:11211"}) {
            assertThatThrownBy(() -> ServerAddresses.parse(bad)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void valuesOutOfRangeTakeTheirDefaults() {
        MemcachedSettings settings = MemcachedSettings.of(config("127.0.0.1", -1, 0, -3, 0));

        assertThat(settings.expiry()).isEqualTo(86400);
        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(100));
        assertThat(settings.retryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.maxEntryBytes()).isEqualTo(1 << 20);
        assertThat(MemcachedSettings.of(config("127.0.0.1", 0, 5, 0, Integer.MAX_VALUE)).maxEntryBytes())
                .isEqualTo(1 << 30);
    }

    @Test
    void expiriesBeyondThirtyDaysAreSentAsUnixTimes() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        MemcachedSettings month = MemcachedSettings.of(config("127.0.0.1", 30 * 86400, 100, 10, 1024));
        MemcachedSettings longer = MemcachedSettings.of(config("127.0.0.1", 30 * 86400 + 1, 100, 10, 1024));

        assertThat(month.expiryAt(now)).isEqualTo(30 * 86400);
        assertThat(longer.expiryAt(now)).isEqualTo(now.getEpochSecond() + 30 * 86400 + 1);
    }

    @Test
    void keysAreAPrefixAndTheHexSha256() {
        assertThat(CacheKeys.of("abc"))
                .isEqualTo("gigatile:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String key = CacheKeys.of("x".repeat(10_000) + " \r\n\u0000");
        assertThat(key).hasSize(73).matches("[\\x21-\\x7e]+");
    }
}
