/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.avif.internal;

import io.gigatile.api.EncoderContract;
import io.gigatile.api.testing.Vips;
import java.awt.image.BufferedImage;

/** The encoder contract, on Debian's libavif at the default quality, read back by vips. */
class AvifContractTest extends EncoderContract {
    AvifContractTest() {
        super(new AvifEncoder(AvifLibrary.load(AvifLibrary.NAMES).api()
                .orElseThrow(() -> new AssertionError("libavif did not load")), 50, 0, 10));
    }

    @Override
    protected BufferedImage decode(byte[] encoded) {
        return Vips.decode(encoded, "avif");
    }

    @Override
    protected double maxMeanError() {
        return 4;
    }
}
