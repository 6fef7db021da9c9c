/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.contrast.internal;

/**
 * iipsrv's arithmetic for one sample (src/Transforms.cc, {@code Transform::contrast}), written from its source in
 * float as C evaluates it, with the one documented departure (NaN is 0, not 255): the reference the transform is
 * compared with.
 */
final class IipsrvContrast {

    private IipsrvContrast() {
    }

    /** {@code CNT} as iipsrv reads it: {@code (float) atof(argument)}. */
    static float factor(String argument) {
        return (float) Double.parseDouble(argument);
    }

    static int eightBit(float sample, float contrast) {
        final float max8 = 255.0f;
        float cmax = max8 * contrast;
        float v = sample * cmax;
        if (Float.isNaN(v)) {
            return 0;
        }
        return (int) ((v < max8) ? (v < 0.0f ? 0.0f : v) : max8);
    }
}
