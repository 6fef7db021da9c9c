/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.png.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowFilterTest {

    @Test
    void rampAlongTheRowTakesSub() {
        byte[] row = new byte[30];
        for (int i = 0; i < row.length; i++) {
            row[i] = (byte) (100 + i / 3 * 5);
        }
        RowFilter filter = new RowFilter(3, 30, true);

        byte[] out = filter.filter(row, 0, null, 0);

        assertThat(out[0]).as("sub").isEqualTo((byte) 1);
        assertThat(out[1]).isEqualTo((byte) 100);
        assertThat(out[4]).isEqualTo((byte) 5);
        assertThat(filter.length()).isEqualTo(31);
    }

    @Test
    void rowLikeTheOneAboveTakesUp() {
        byte[] rows = new byte[40];
        for (int i = 0; i < 20; i++) {
            rows[i] = (byte) (i * 37);
            rows[20 + i] = (byte) (i * 37 + 1);
        }
        RowFilter filter = new RowFilter(1, 20, true);

        byte[] out = filter.filter(rows, 20, rows, 0);

        assertThat(out[0]).as("up").isEqualTo((byte) 2);
        for (int i = 1; i <= 20; i++) {
            assertThat(out[i]).isEqualTo((byte) 1);
        }
    }

    @Test
    void flatDarkRowStaysUnfilteredAndLevelZeroNeverFilters() {
        byte[] dark = new byte[12];
        byte[] ramp = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120};

        assertThat(new RowFilter(1, 12, true).filter(dark, 0, null, 0)[0]).isZero();
        byte[] out = new RowFilter(1, 12, false).filter(ramp, 0, null, 0);
        assertThat(out[0]).isZero();
        assertThat(out).endsWith(ramp);
    }
}
