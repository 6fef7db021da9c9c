/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import com.sun.jna.Memory;

/**
 * Native memory that encodes borrow and give back, so that a frame's samples are copied into memory that is
 * already there. Given a Java array, JNA allocates native memory for each call, copies the array in and copies it
 * back out afterwards: for a 512 x 512 region, 768 KB allocated and copied twice, more than a tenth of the time a
 * region took. Idle blocks are kept up to a total size, so that a burst of large frames leaves little behind; a
 * block given back after closing, or beyond that total, is freed at once. A block in use is its caller's alone.
 */
final class ScratchMemory {
    /** Blocks are made in steps of this size, so that frames of nearly one size share their blocks. */
    static final long STEP = 64 * 1024;

    private final IdleQueue<Memory> idle;

    /** @param maxIdleBytes the most bytes kept in idle blocks */
    ScratchMemory(long maxIdleBytes) {
        this.idle = new IdleQueue<>(Memory::size, maxIdleBytes, Memory::close);
    }

    /**
     * @param size the bytes needed, at least 1
     * @return an idle block of at least that size, or a new one; its contents are whatever the last call left
     */
    Memory borrow(long size) {
        Memory block = idle.poll();
        if (block != null) {
            if (block.size() >= size) {
                return block;
            }
            // too small for this frame: the new block replaces it
            block.close();
        }
        return new Memory((size + STEP - 1) / STEP * STEP);
    }

    /**
     * Takes back a block after a call that is done with it.
     *
     * @param block a block that {@link #borrow} gave
     */
    void giveBack(Memory block) {
        idle.offer(block);
    }

    /** Frees the idle blocks, and from now on every block given back. */
    void close() {
        idle.close();
    }

    /** @return the bytes held in idle blocks */
    long idleBytes() {
        return idle.weight();
    }
}
