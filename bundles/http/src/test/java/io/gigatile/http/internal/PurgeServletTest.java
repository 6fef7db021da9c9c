/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only this machine may purge by default: what counts as this machine. */
class PurgeServletTest {

    @Test
    void loopbackAddressesOfBothFamiliesAreThisMachine() {
        assertThat(PurgeServlet.loopback("127.0.0.1")).isTrue();
        assertThat(PurgeServlet.loopback("127.8.9.10")).isTrue();
        assertThat(PurgeServlet.loopback("::1")).isTrue();
        assertThat(PurgeServlet.loopback("0:0:0:0:0:0:0:1")).isTrue();
    }

    @Test
    void otherAddressesAreNot() {
        assertThat(PurgeServlet.loopback("10.1.2.3")).isFalse();
        assertThat(PurgeServlet.loopback("192.168.0.7")).isFalse();
        assertThat(PurgeServlet.loopback("::ffff:10.1.2.3")).isFalse();
        assertThat(PurgeServlet.loopback("fe80::1")).isFalse();
        assertThat(PurgeServlet.loopback(null)).isFalse();
    }
}
