/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import com.sun.jna.Library;

/**
 * The part of libzstd's simple API (zstd.h) the encoder calls. size_t is mapped as a Java long, which
 * {@link ZstdLibrary} checks at load. The bytes are passed as Java arrays, which JNA copies in and out.
 */
interface LibZstd extends Library {
    long ZSTD_compressBound(long srcSize);

    long ZSTD_compress(byte[] dst, long dstCapacity, byte[] src, long srcSize, int compressionLevel);

    int ZSTD_isError(long code);

    String ZSTD_getErrorName(long code);

    String ZSTD_versionString();
}
