/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import io.gigatile.api.EncoderContract;

/** The encoder contract, lossless. */
class TiffContractTest extends EncoderContract {
    TiffContractTest() {
        super(new TiffEncoder(TiffEncoder.DEFLATE, 6));
    }
}
