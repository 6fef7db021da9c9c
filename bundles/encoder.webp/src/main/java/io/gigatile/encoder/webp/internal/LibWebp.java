/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.webp.internal;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The part of libwebp's simple encoding API (encode.h) the encoder calls. size_t is mapped as a Java long, which
 * {@link WebpLibrary} checks at load. The pixels are passed as Java arrays, which JNA copies for the call.
 */
interface LibWebp extends Library {
    long WebPEncodeRGB(byte[] rgb, int width, int height, int stride, float quality, PointerByReference output);

    long WebPEncodeRGBA(byte[] rgba, int width, int height, int stride, float quality, PointerByReference output);

    long WebPEncodeLosslessRGB(byte[] rgb, int width, int height, int stride, PointerByReference output);

    long WebPEncodeLosslessRGBA(byte[] rgba, int width, int height, int stride, PointerByReference output);

    void WebPFree(Pointer memory);

    int WebPGetEncoderVersion();
}
