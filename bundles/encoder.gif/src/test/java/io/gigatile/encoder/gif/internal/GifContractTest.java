/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.gif.internal;

import io.gigatile.api.EncoderContract;

/** The encoder contract. */
class GifContractTest extends EncoderContract {
    GifContractTest() {
        super(new GifEncoder());
    }

    /** Colour images go through a palette of at most 256 colours. */
    @Override
    protected double maxMeanError() {
        return 8;
    }

    /** All or nothing: the contract's alpha, from 64 to 255, is flattened onto white. */
    @Override
    protected boolean keepsAlpha() {
        return false;
    }
}
