/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** StoNits as iipsrv's {@code snprintf("%g")} writes it into the "scale" metadata. */
class CFormatGTest {

    @Test
    void printsAsCsPercentG() {
        assertThat(InfoReader.cFormatG(0.25)).isEqualTo("0.25");
        assertThat(InfoReader.cFormatG(1)).isEqualTo("1");
        assertThat(InfoReader.cFormatG(0.35)).isEqualTo("0.35");
        assertThat(InfoReader.cFormatG(123456.7)).isEqualTo("123457");
        assertThat(InfoReader.cFormatG(1234567)).isEqualTo("1.23457e+06");
        assertThat(InfoReader.cFormatG(0.0001)).isEqualTo("0.0001");
        assertThat(InfoReader.cFormatG(0.00001234)).isEqualTo("1.234e-05");
        assertThat(InfoReader.cFormatG(-2.5)).isEqualTo("-2.5");
        assertThat(InfoReader.cFormatG(0)).isEqualTo("0");
    }
}
