/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.contrast.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContrastFactorTest {
    @Test
    void acceptsPlainDecimals() {
        assertThat(ContrastFactor.parse(List.of("1"))).isEqualTo(1f);
        assertThat(ContrastFactor.parse(List.of(" -2.5e-1 "))).isEqualTo(-0.25f);
        assertThat(ContrastFactor.parse(List.of(".5"))).isEqualTo(0.5f);
        assertThat(ContrastFactor.parse(List.of("3."))).isEqualTo(3f);
        assertThat(ContrastFactor.parse(List.of("0"))).isEqualTo(0f);
        // through a double, as atof then the cast to float: the nearest float to the decimal
        assertThat(ContrastFactor.parse(List.of("0.1"))).isEqualTo((float) 0.1d);
        // the IIP protocol passes its float on in plain notation; even the smallest one comes back unchanged
        String smallest = new BigDecimal(Float.toString(Float.MIN_VALUE)).toPlainString();
        assertThat(ContrastFactor.parse(List.of(smallest))).isEqualTo(Float.MIN_VALUE);
    }
}
