/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.Objects;

/**
 * A tile's compressed bytes exactly as a client can use them, for pass-through without decoding.
 *
 * @param format the encoder format name the bytes are in ({@code jpg}, {@code webp}...)
 * @param bytes a complete, self-contained encoded image (for JPEG: tables spliced in)
 * @since 1.0
 */
public record EncodedTile(String format, byte[] bytes) {

    /** Checks the fields. */
    public EncodedTile {
        Objects.requireNonNull(format);
        Objects.requireNonNull(bytes);
    }
}
