/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.avif.internal;

import com.sun.jna.Library;
import com.sun.jna.Pointer;

/**
 * The part of libavif 0.11's API (avif.h) the encoder calls. The structures it fills are plain memory written at
 * the offsets {@link Layout} gives, which hold for libavif 0.11 only: {@link AvifLibrary} loads no other
 * version. size_t is mapped as a Java long, which {@link AvifLibrary} checks at load.
 */
interface LibAvif extends Library {
    String avifVersion();

    String avifResultToString(int result);

    String avifCodecName(int choice, int requiredFlags);

    Pointer avifImageCreate(int width, int height, int depth, int yuvFormat);

    void avifImageDestroy(Pointer image);

    void avifImageSetProfileICC(Pointer image, byte[] icc, long iccSize);

    void avifImageSetMetadataXMP(Pointer image, byte[] xmp, long xmpSize);

    void avifRGBImageSetDefaults(Pointer rgb, Pointer image);

    int avifImageRGBToYUV(Pointer image, Pointer rgb);

    Pointer avifEncoderCreate();

    int avifEncoderWrite(Pointer encoder, Pointer image, Pointer output);

    void avifEncoderDestroy(Pointer encoder);

    void avifRWDataFree(Pointer raw);
}
