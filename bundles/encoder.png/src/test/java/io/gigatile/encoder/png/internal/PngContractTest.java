/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.png.internal;

import io.gigatile.api.EncoderContract;

/** The encoder contract, lossless. */
class PngContractTest extends EncoderContract {
    PngContractTest() {
        super(new PngEncoder(1));
    }
}
