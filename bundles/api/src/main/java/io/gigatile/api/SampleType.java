/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * How the bits of one sample are interpreted.
 *
 * @since 1.0
 */
public enum SampleType {
    /** Unsigned integer samples (1 to 32 bits). */
    UNSIGNED,
    /** Two's complement signed integer samples (8, 16 or 32 bits). */
    SIGNED,
    /** IEEE 754 floating point samples (32 bits). */
    FLOAT
}
