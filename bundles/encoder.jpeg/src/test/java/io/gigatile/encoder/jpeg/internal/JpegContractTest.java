/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.jpeg.internal;

import io.gigatile.api.EncoderContract;

/** The encoder contract, with the JDK's codec at the default quality. */
class JpegContractTest extends EncoderContract {
    JpegContractTest() {
        super(new JpegEncoder(JpegEncoder.DEFAULT_QUALITY));
    }

    @Override
    protected double maxMeanError() {
        return 4;
    }

    @Override
    protected boolean keepsAlpha() {
        return false;
    }
}
