/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Pointer;
import org.junit.jupiter.api.Test;

/** Handles are reused, bounded, and destroyed when they are no longer wanted, never while in use. */
class HandlePoolTest {
    private final TurboJpeg api = Jpegs.library().api();

    @Test
    void aHandleGivenBackIsLentAgain() {
        HandlePool pool = new HandlePool(api, api::tjInitDecompress, 4);
        Pointer first = pool.borrow();
        Pointer second = pool.borrow();
        assertThat(second).isNotEqualTo(first);

        pool.giveBack(first);

        assertThat(pool.idle()).isEqualTo(1);
        assertThat(pool.borrow()).isEqualTo(first);
        pool.giveBack(first);
        pool.giveBack(second);
        pool.close();
    }

    @Test
    void noMoreThanTheMostIdleAreKept() {
        HandlePool pool = new HandlePool(api, api::tjInitCompress, 2);
        Pointer[] handles = {pool.borrow(), pool.borrow(), pool.borrow()};

        for (Pointer handle : handles) {
            pool.giveBack(handle);
        }

        assertThat(pool.idle()).isEqualTo(2);
        pool.close();
    }

    @Test
    void closingDestroysTheIdleAndLaterTheRest() {
        HandlePool pool = new HandlePool(api, api::tjInitDecompress, 4);
        Pointer inUse = pool.borrow();
        pool.giveBack(pool.borrow());

        pool.close();

        assertThat(pool.idle()).isZero();
        pool.giveBack(inUse);
        assertThat(pool.idle()).isZero();
        // a call after closing still gets a handle of its own, destroyed when it ends
        Pointer late = pool.borrow();
        pool.giveBack(late);
        assertThat(pool.idle()).isZero();
    }

    @Test
    void aFactoryThatFailsIsAnIllegalState() {
        HandlePool pool = new HandlePool(api, () -> null, 4);

        assertThatThrownBy(pool::borrow).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("TurboJPEG could not make a handle");
    }
}
