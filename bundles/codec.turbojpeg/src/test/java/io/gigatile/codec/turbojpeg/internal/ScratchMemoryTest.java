/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Memory;
import org.junit.jupiter.api.Test;

/** Native blocks are reused, grown when a frame needs more, bounded in total, and freed once closed. */
class ScratchMemoryTest {
    private static final long STEP = ScratchMemory.STEP;

    @Test
    void aBlockGivenBackIsLentAgainForAFrameItHolds() {
        ScratchMemory scratch = new ScratchMemory(10 * STEP);
        Memory block = scratch.borrow(STEP + 1);
        assertThat(block.size()).as("made in steps").isEqualTo(2 * STEP);

        scratch.giveBack(block);
        assertThat(scratch.idleBytes()).isEqualTo(2 * STEP);

        assertThat(scratch.borrow(2 * STEP)).isSameAs(block);
        assertThat(scratch.idleBytes()).isZero();
        scratch.giveBack(block);
        scratch.close();
    }

    @Test
    void aBlockTooSmallForTheFrameIsReplaced() {
        ScratchMemory scratch = new ScratchMemory(10 * STEP);
        Memory small = scratch.borrow(STEP);
        scratch.giveBack(small);

        Memory large = scratch.borrow(3 * STEP);

        assertThat(large).isNotSameAs(small);
        assertThat(large.size()).isEqualTo(3 * STEP);
        assertThat(scratch.idleBytes()).isZero();
        scratch.giveBack(large);
        assertThat(scratch.borrow(STEP)).as("the larger block serves smaller frames too").isSameAs(large);
        scratch.close();
    }

    @Test
    void idleBlocksBeyondTheTotalAreFreed() {
        ScratchMemory scratch = new ScratchMemory(3 * STEP);
        Memory first = scratch.borrow(2 * STEP);
        Memory second = scratch.borrow(2 * STEP);

        scratch.giveBack(first);
        scratch.giveBack(second);

        assertThat(scratch.idleBytes()).isEqualTo(2 * STEP);
        assertThat(scratch.borrow(STEP)).isSameAs(first);
        assertThat(second.valid()).as("the second was freed, not kept").isFalse();
        scratch.close();
    }

    @Test
    void closingFreesTheIdleAndLaterTheRest() {
        ScratchMemory scratch = new ScratchMemory(10 * STEP);
        Memory idle = scratch.borrow(STEP);
        Memory inUse = scratch.borrow(STEP);
        scratch.giveBack(idle);

        scratch.close();
        assertThat(scratch.idleBytes()).isZero();
        scratch.giveBack(inUse);

        assertThat(scratch.idleBytes()).isZero();
        assertThat(inUse.valid()).as("freed when given back").isFalse();
        assertThat(idle.valid()).isFalse();
    }
}
