/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import java.util.Set;

/**
 * What the decoder refuses, each named after its configuration property so that the error says which to raise.
 *
 * @param maxImagePixels the largest image, as its header says
 * @param maxReadPixels the most pixels one read decodes
 * @param maxWholeDecodePixels the largest image whose reader does not stream
 * @param streamingFormats format names (lower case) of readers that decode regions row by row
 */
record Limits(long maxImagePixels, long maxReadPixels, long maxWholeDecodePixels, Set<String> streamingFormats) {

    Limits {
        streamingFormats = Set.copyOf(streamingFormats);
    }

    /** @return the defaults of the configuration */
    static Limits defaults() {
        return new Limits(1000_000_000L, 16_000_000L, 64_000_000L, Set.of("jpeg", "jpg", "png", "gif", "bmp", "wbmp"));
    }
}
