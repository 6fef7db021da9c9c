/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names of a folder read as iipsrv's glob(3) calls read them. */
class SequenceNamesTest {

    private static SequenceNames.Sequence find(String stem, String... names) {
        return SequenceNames.find(List.of(names), stem).orElseThrow();
    }

    @Test
    void anglesAreParsedAndSortedNumerically() {
        SequenceNames.Sequence s = find("obj_pyr_", "obj_pyr_000_090.tif", "obj_pyr_350_090.tif",
                "obj_pyr_010_090.tif", "obj_pyr_100_090.tif", "obj_pyr_000_045.tif", "obj_pyr_000_000.tif",
                "obj_pyr_010_045.tif", "other_pyr_020_090.tif");
        assertThat(s.extension()).isEqualTo("tif");
        assertThat(s.horizontal()).containsExactly(0, 10, 100, 350);
        assertThat(s.vertical()).containsExactly(0, 45, 90);
    }

    @Test
    void onlyTheDefaultViewsExtensionCounts() {
        SequenceNames.Sequence s = find("s_pyr_", "s_pyr_000_090.jp2", "s_pyr_010_090.tif", "s_pyr_020_090.jp2");
        assertThat(s.extension()).isEqualTo("jp2");
        assertThat(s.horizontal()).containsExactly(0, 20);
        assertThat(s.vertical()).containsExactly(90);
    }

    @Test
    void withoutExactlyOneDefaultViewThereIsNoSequence() {
        assertThat(SequenceNames.find(List.of("s_pyr_010_090.tif"), "s_pyr_")).isEmpty();
        assertThat(SequenceNames.find(List.of("s_pyr_000_090.tif", "s_pyr_000_090.jp2"), "s_pyr_")).isEmpty();
        assertThat(SequenceNames.find(List.of(), "s_pyr_")).isEmpty();
    }

    @Test
    void theExtensionIsWhatFollowsTheLastDot() {
        // iipsrv then opens s_pyr_000_090.tif, which does not exist: the default view is missing
        SequenceNames.Sequence s = find("s_pyr_", "s_pyr_000_090.x.tif", "s_pyr_005_090.tif");
        assertThat(s.extension()).isEqualTo("tif");
        assertThat(s.horizontal()).containsExactly(5);
    }

    @Test
    void numbersAreReadAsCppStreamsReadThem() {
        // the wildcard matches anything: a sign, more or fewer digits, trailing junk, or nothing numeric at all
        SequenceNames.Sequence s = find("s_", "s_000_090.tif", "s_-10_090.tif", "s_7_090.tif", "s_12abc_090.tif",
                "s_x_090.tif", "s_000_1270.tif", "s_000_-05.tif", "s_000_-5.tif");
        assertThat(s.horizontal()).containsExactly(-10, 0, 0, 7, 12);
        // the vertical angle is the three characters before the extension: "_-5" holds no number
        assertThat(s.vertical()).containsExactly(-5, 0, 90, 270);
        assertThat(SequenceNames.cInt(" +42x")).isEqualTo(42);
        assertThat(SequenceNames.cInt("99999999999")).isEqualTo(Integer.MAX_VALUE);
        assertThat(SequenceNames.cInt("-99999999999")).isEqualTo(Integer.MIN_VALUE);
        assertThat(SequenceNames.cInt("-")).isZero();
    }

    @Test
    void fileNamesArePaddedToThreeDigits() {
        assertThat(SequenceNames.fileName("s_pyr_", 5, 90, "tif")).isEqualTo("s_pyr_005_090.tif");
        assertThat(SequenceNames.fileName("s_pyr_", -5, 1200, "jp2")).isEqualTo("s_pyr_-05_1200.jp2");
    }

    @Test
    void anEmptyStemSkipsHiddenNamesAsGlobDoes() {
        SequenceNames.Sequence s = find("", "000_090.tif", ".5_090.tif", "030_090.tif");
        assertThat(s.horizontal()).containsExactly(0, 30);
    }
}
