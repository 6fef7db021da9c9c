/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import java.io.IOException;

/**
 * Zstandard compression as the strips need it. An interface of its own, free of JNA, so that the encoder and its
 * strips can hold one (or none) without loading a JNA class where JNA or libzstd is missing.
 */
interface ZstdCodec {

    /**
     * @param plain the bytes to compress
     * @param level the zstd level, 0 for libzstd's default (3)
     * @return one complete zstd frame holding them
     * @throws IOException if libzstd fails
     */
    byte[] compress(byte[] plain, int level) throws IOException;
}
