/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import org.junit.jupiter.api.Test;

/** Whole-number arguments are strict where iipsrv's atoi is not: garbage is a bad request, never 0. */
class IipNumbersTest {

    @Test
    void wholeNumbersWithASignAndSurroundingSpaceAreRead() {
        assertThat(IipNumbers.natural("JTL", "0")).isZero();
        assertThat(IipNumbers.natural("JTL", " 17 ")).isEqualTo(17);
        assertThat(IipNumbers.natural("JTL", "+2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(IipNumbers.integer("ROT", "-90")).isEqualTo(-90);
        assertThat(IipNumbers.integer("ROT", "-2147483648")).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void anythingButASignAndOneToTenAsciiDigitsIsABadRequest() {
        for (String bad : new String[] {"", " ", "+", "-", "1e3", "0x10", "1.5", "12a", "1 2", "12345678901",
            "\u0663", "\uff11", "--1", "+-1"}) {
            assertThat(IipNumbers.isInteger(bad.strip())).as(bad).isFalse();
            assertThatThrownBy(() -> IipNumbers.integer("JTL", bad)).as(bad)
                    .isInstanceOf(BadRequestException.class).hasMessage("JTL needs a whole number");
        }
    }

    @Test
    void numbersOutsideTheirRangeAreBadRequestsToo() {
        assertThatThrownBy(() -> IipNumbers.natural("JTL", "-1")).isInstanceOf(BadRequestException.class)
                .hasMessage("JTL is out of range");
        assertThatThrownBy(() -> IipNumbers.natural("JTL", "2147483648")).isInstanceOf(BadRequestException.class)
                .hasMessage("JTL is out of range");
        assertThatThrownBy(() -> IipNumbers.integer("ROT", "-2147483649")).isInstanceOf(BadRequestException.class)
                .hasMessage("ROT is out of range");
    }
}
