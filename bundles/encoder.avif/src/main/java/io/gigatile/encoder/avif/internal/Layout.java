/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.avif.internal;

/**
 * Where libavif 0.11 (Debian's libavif15) keeps the fields the encoder sets, on 64-bit Linux, and the values of its
 * enums. Read off avif.h 0.11.1 with {@code offsetof}; a structure changes between libavif's minor versions, which
 * is why {@link AvifLibrary} loads 0.11 alone.
 */
final class Layout {
    /** avifImage: avifRange (a 4-byte enum). */
    static final long IMAGE_YUV_RANGE = 16;
    /** avifImage: the three CICP codes, uint16_t each. */
    static final long IMAGE_COLOR_PRIMARIES = 104;
    static final long IMAGE_TRANSFER = 106;
    static final long IMAGE_MATRIX = 108;

    /** avifRGBImage: uint32_t depth, avifRGBFormat format, uint8_t *pixels, uint32_t rowBytes; 56 bytes in all. */
    static final long RGB_DEPTH = 8;
    static final long RGB_FORMAT = 12;
    static final long RGB_PIXELS = 40;
    static final long RGB_ROW_BYTES = 48;
    static final int RGB_SIZE = 56;

    /** avifEncoder: codecChoice, maxThreads, speed, then after keyframeInterval and timescale the quantizers. */
    static final long ENCODER_CODEC = 0;
    static final long ENCODER_THREADS = 4;
    static final long ENCODER_SPEED = 8;
    static final long ENCODER_MIN_QUANTIZER = 24;
    static final long ENCODER_MAX_QUANTIZER = 28;
    static final long ENCODER_MIN_QUANTIZER_ALPHA = 32;
    static final long ENCODER_MAX_QUANTIZER_ALPHA = 36;

    /** avifRWData: uint8_t *data, size_t size. */
    static final long RW_DATA = 0;
    static final long RW_SIZE = 8;
    static final int RW_DATA_SIZE = 16;

    static final int PIXEL_FORMAT_YUV444 = 1;
    static final int PIXEL_FORMAT_YUV420 = 3;
    static final int PIXEL_FORMAT_YUV400 = 4;
    static final int RANGE_FULL = 1;
    static final short PRIMARIES_BT709 = 1;
    static final short PRIMARIES_UNSPECIFIED = 2;
    static final short TRANSFER_SRGB = 13;
    static final short TRANSFER_UNSPECIFIED = 2;
    static final short MATRIX_IDENTITY = 0;
    static final short MATRIX_BT601 = 6;
    static final int RGB_FORMAT_RGB = 0;
    static final int RGB_FORMAT_RGBA = 1;
    static final int RESULT_OK = 0;
    static final int CODEC_FLAG_CAN_ENCODE = 2;
    static final int QUANTIZER_WORST = 63;

    private Layout() {
    }
}
