/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.equalise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EqualisationTableTest {
    @Test
    void theDarkestLevelDependsOnTheRastersSizeAsInIipsrv() {
        int[] histogram = new int[256];
        histogram[10] = 5;
        histogram[20] = 10;
        histogram[30] = 25;
        histogram[200] = 60;

        byte[] table = EqualisationTable.of(histogram, 100 * 100);

        // from iipsrv 1.3 on x86-64: over 100x100 pixels cdfmin is 0.0005 and nothing wraps; over 4x2 (see
        // EqualiseTransformTest) level 9 wraps to 254 and white stops at 253
        assertThat(table[9]).isEqualTo((byte) 0);
        assertThat(table[10]).isEqualTo((byte) 13);
        assertThat(table[20]).isEqualTo((byte) 38);
        assertThat(table[30]).isEqualTo((byte) 102);
        assertThat(table[255]).isEqualTo((byte) 255);
    }

    @Test
    void roundsHalvesAwayFromZeroLikeC() {
        int[] histogram = new int[256];
        histogram[1] = 1;
        histogram[255] = 254;

        // scale 1 and cdfmin 1 / 2 pixels: level 0 is round(-0.5) = -1, so 255; level 1 round(0.5) = 1
        byte[] table = EqualisationTable.of(histogram, 2);

        assertThat(table[0]).isEqualTo((byte) 255);
        assertThat(table[1]).isEqualTo((byte) 1);
        assertThat(table[254]).isEqualTo((byte) 1);
        assertThat(table[255]).isEqualTo((byte) 255);
        assertThat(EqualisationTable.roundHalfAway(-0.5f)).isEqualTo(-1f);
        assertThat(EqualisationTable.roundHalfAway(2.5f)).isEqualTo(3f);
        assertThat(EqualisationTable.roundHalfAway(0.49999997f)).isEqualTo(0f);
    }

    @Test
    void matchesTheReferenceForRandomHistogramsIncludingCountsBeyondFloatPrecision() {
        Random random = new Random(3);
        for (int t = 0; t < 500; t++) {
            long[] counts = new long[256];
            int[] histogram = new int[256];
            for (int i = 0; i < 256; i++) {
                long count = switch (t % 3) {
                    case 0 -> random.nextInt(3) == 0 ? random.nextInt(1000) : 0;
                    case 1 -> random.nextInt(50_000_000);
                    default -> random.nextInt(17) == 0 ? random.nextInt() & 0xFFFFFFFFL : 0;
                };
                counts[i] = count;
                histogram[i] = (int) count;
            }
            if (counts[t % 256] == 0) {
                counts[t % 256] = 1;
                histogram[t % 256] = 1;
            }
            int width = 1 + random.nextInt(600);
            int height = 1 + random.nextInt(600);

            int[] expected = IipsrvEqualize.table(counts, width, height);
            byte[] table = EqualisationTable.of(histogram, width * height);
            for (int i = 0; i < 256; i++) {
                assertThat(table[i] & 0xFF).as("histogram %d level %d", t, i).isEqualTo(expected[i]);
            }
        }
    }
}
