/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.webp.internal;

import io.gigatile.api.EncoderContract;

/** The encoder contract, on Debian's libwebp at the default quality. */
class WebpContractTest extends EncoderContract {
    WebpContractTest() {
        super(new WebpEncoder(WebpLibrary.load(WebpLibrary.NAMES).api()
                .orElseThrow(() -> new AssertionError("libwebp did not load")), -1));
    }

    @Override
    protected double maxMeanError() {
        return 4;
    }
}
