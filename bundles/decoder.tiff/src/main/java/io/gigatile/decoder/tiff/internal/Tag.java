/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

/** TIFF tag numbers and the field values this decoder tells apart (TIFF 6.0, TIFF Technical Note 2, BigTIFF). */
final class Tag {
    static final int IMAGE_WIDTH = 256;
    static final int IMAGE_LENGTH = 257;
    static final int BITS_PER_SAMPLE = 258;
    static final int COMPRESSION = 259;
    static final int PHOTOMETRIC = 262;
    static final int FILL_ORDER = 266;
    static final int DOCUMENT_NAME = 269;
    static final int IMAGE_DESCRIPTION = 270;
    static final int MAKE = 271;
    static final int MODEL = 272;
    static final int SAMPLES_PER_PIXEL = 277;
    static final int X_RESOLUTION = 282;
    static final int Y_RESOLUTION = 283;
    static final int PLANAR_CONFIGURATION = 284;
    static final int RESOLUTION_UNIT = 296;
    static final int SOFTWARE = 305;
    static final int DATE_TIME = 306;
    static final int ARTIST = 315;
    static final int PREDICTOR = 317;
    static final int TILE_WIDTH = 322;
    static final int TILE_LENGTH = 323;
    static final int TILE_OFFSETS = 324;
    static final int TILE_BYTE_COUNTS = 325;
    static final int SUB_IFDS = 330;
    static final int EXTRA_SAMPLES = 338;
    static final int SAMPLE_FORMAT = 339;
    static final int JPEG_TABLES = 347;
    static final int XMP = 700;
    static final int COPYRIGHT = 33432;
    static final int ICC_PROFILE = 34675;

    static final int COMPRESSION_NONE = 1;
    static final int COMPRESSION_LZW = 5;
    static final int COMPRESSION_JPEG = 7;
    static final int COMPRESSION_ADOBE_DEFLATE = 8;
    static final int COMPRESSION_PACKBITS = 32773;
    static final int COMPRESSION_DEFLATE = 32946;

    static final int PHOTOMETRIC_MIN_IS_WHITE = 0;
    static final int PHOTOMETRIC_MIN_IS_BLACK = 1;
    static final int PHOTOMETRIC_RGB = 2;
    static final int PHOTOMETRIC_YCBCR = 6;

    static final int PREDICTOR_NONE = 1;
    static final int PREDICTOR_HORIZONTAL = 2;

    private Tag() {
    }
}
