/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.normalise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.gigatile.api.BadRequestException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BandRangesTest {

    @Test
    void twoValuesPerBandAreRequired() {
        assertThatThrownBy(() -> BandRanges.parse(List.of("0", "1", "2"), 2))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("normalise needs a minimum and a maximum for each of the 2 bands, got 3 values");
        assertThatThrownBy(() -> BandRanges.parse(List.of("0", "1", "2", "3", "4", "5"), 2))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> BandRanges.parse(List.of(), 1)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> BandRanges.parse(null, 1)).isInstanceOf(BadRequestException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "NaN", "Infinity", "-Infinity", "0x10", "1d", "2f", "1e", "1.2.3",
        "--1", "1,5", "0:1000"})
    void onlyDecimalsAreAccepted(String value) {
        assertThatThrownBy(() -> BandRanges.parse(List.of("0", value), 1))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("normalise value 2 is not a decimal number");
    }

    @Test
    void hugeOrLongValuesAreRefused() {
        assertThatThrownBy(() -> BandRanges.parse(List.of("1e400", "2"), 1))
                .isInstanceOf(BadRequestException.class).hasMessage("normalise value 1 is out of range");
        assertThatThrownBy(() -> BandRanges.parse(List.of("1e99999", "2"), 1))
                .isInstanceOf(BadRequestException.class);
        String digits = "1".repeat(401);
        assertThatThrownBy(() -> BandRanges.parse(List.of("0", digits), 1))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void everyDoubleInPlainNotationIsAccepted() {
        String largest = new BigDecimal(Double.MAX_VALUE).toPlainString();
        String smallest = BigDecimal.valueOf(-Double.MIN_NORMAL).toPlainString();
        String tiny = BigDecimal.valueOf(1.2345678901234567e-300).toPlainString();

        BandRanges ranges = BandRanges.parse(List.of(smallest, largest, "0", tiny), 2);

        assertThat(ranges.min()).containsExactly(-Double.MIN_NORMAL, 0);
        assertThat(ranges.halfWidth()[1]).isEqualTo(1.2345678901234567e-300 / 2);
    }

    @Test
    void decimalsInEveryUsualSpelling() {
        BandRanges ranges = BandRanges.parse(List.of("-1.5", "+2.5e1", " .5 ", "5.", "1E-3", "2e+2"), 3);

        assertThat(ranges.min()).containsExactly(-1.5, 0.5, 0.001);
        assertThat(ranges.scale()[0]).isEqualTo(255 / 26.5, offset(1e-12));
        assertThat(ranges.fullByteRange()).isFalse();
    }

    @Test
    void minEqualToMaxScalesByZero() {
        assertThat(BandRanges.parse(List.of("7", "7"), 1).scale()).containsExactly(0);
    }

    @Test
    void rangesAsWideAsTheDoubleTypeStayFinite() {
        BandRanges ranges = BandRanges.parse(List.of("-1.7e308", "1.7e308"), 1);

        assertThat(Double.isFinite(ranges.scale()[0])).isTrue();
        assertThat(Normaliser.floats(new float[] {0f}, ranges)[0] & 0xFF).isEqualTo(128);
    }

    @Test
    void fullByteRangeNeedsZeroTo255OnEveryBand() {
        assertThat(BandRanges.parse(List.of("0", "255", "0", "255"), 2).fullByteRange()).isTrue();
        assertThat(BandRanges.parse(List.of("0", "255", "0", "254"), 2).fullByteRange()).isFalse();
        assertThat(BandRanges.parse(Arrays.asList("-0", "255"), 1).fullByteRange()).isTrue();
    }

    @Test
    void eightRoundsHalfUpClampsAndZeroesNan() {
        BandRanges unit = BandRanges.parse(List.of("0", "255"), 1);

        assertThat(Normaliser.eight(Double.NaN, 0, unit)).isZero();
        assertThat(Normaliser.eight(-0.1, 0, unit)).isZero();
        assertThat(Normaliser.eight(0.49, 0, unit)).isZero();
        assertThat(Normaliser.eight(0.49999999999999994, 0, unit)).isZero();
        assertThat(Normaliser.eight(0.5, 0, unit)).isEqualTo((byte) 1);
        assertThat(Normaliser.eight(254.49, 0, unit)).isEqualTo((byte) 254);
        assertThat(Normaliser.eight(254.5, 0, unit)).isEqualTo((byte) 255);
        assertThat(Normaliser.eight(1e300, 0, unit)).isEqualTo((byte) 255);
        assertThat(Normaliser.eight(Double.POSITIVE_INFINITY, 0, unit)).isEqualTo((byte) 255);
        assertThat(Normaliser.eight(Double.NEGATIVE_INFINITY, 0, unit)).isZero();
    }

    @Test
    void exactHalvesRoundUpAlthoughTheScaleIsInexact() {
        BandRanges hundred = BandRanges.parse(List.of("0", "100"), 1);

        // 50 * (255 / 100.0) is 127.49999999999999 in doubles; 50 / 100 * 255 is 127.5
        assertThat(50 * hundred.scale()[0]).isLessThan(127.5);
        assertThat(Normaliser.eight(50, 0, hundred)).isEqualTo((byte) 128);
        assertThat(Normaliser.eight(10, 0, hundred)).isEqualTo((byte) 26);
        assertThat(Normaliser.eight(30, 0, hundred)).isEqualTo((byte) 77);
    }
}
