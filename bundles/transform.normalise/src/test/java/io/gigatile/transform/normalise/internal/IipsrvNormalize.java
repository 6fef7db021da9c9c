/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.normalise.internal;

/**
 * iipsrv's arithmetic for an unsigned 16-bit sample (src/Transforms.cc, {@code Transform::normalize} then
 * {@code Transform::contrast} with contrast 1), written from its source in float as C evaluates it: the
 * reference the transform is compared with.
 */
final class IipsrvNormalize {

    private IipsrvNormalize() {
    }

    static int eightBit(int sample, float min, float max) {
        float diff = max - min;
        float inverse = Math.abs(diff) > 1e-30 ? (float) (1.0 / diff) : 1e30f;
        float normalised = (sample - min) * inverse;
        float v = normalised * 255.0f;
        return (int) (v < 255.0f ? (v < 0.0f ? 0.0f : v) : 255.0f);
    }
}
