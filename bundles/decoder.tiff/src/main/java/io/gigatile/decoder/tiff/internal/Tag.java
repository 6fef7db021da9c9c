/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

/** TIFF tag numbers and the field values this decoder tells apart (TIFF 6.0, TIFF Technical Note 2, BigTIFF). */
final class Tag {
    static final int NEW_SUBFILE_TYPE = 254;
    static final int IMAGE_WIDTH = 256;
    static final int IMAGE_LENGTH = 257;
    static final int BITS_PER_SAMPLE = 258;
    static final int COMPRESSION = 259;
    static final int PHOTOMETRIC = 262;
    static final int FILL_ORDER = 266;
    static final int DOCUMENT_NAME = 269;
    /** The factor that scales a page's sample values to nits, which iipsrv gives as a stack page's scale. */
    static final int STO_NITS = 37439;
    static final int IMAGE_DESCRIPTION = 270;
    static final int MAKE = 271;
    static final int MODEL = 272;
    static final int STRIP_OFFSETS = 273;
    static final int SAMPLES_PER_PIXEL = 277;
    static final int ROWS_PER_STRIP = 278;
    static final int STRIP_BYTE_COUNTS = 279;
    static final int MIN_SAMPLE_VALUE = 280;
    static final int MAX_SAMPLE_VALUE = 281;
    static final int X_RESOLUTION = 282;
    static final int Y_RESOLUTION = 283;
    static final int PLANAR_CONFIGURATION = 284;
    static final int PAGE_NAME = 285;
    static final int RESOLUTION_UNIT = 296;
    static final int SOFTWARE = 305;
    static final int DATE_TIME = 306;
    static final int ARTIST = 315;
    static final int PREDICTOR = 317;
    static final int COLOR_MAP = 320;
    static final int TILE_WIDTH = 322;
    static final int TILE_LENGTH = 323;
    static final int TILE_OFFSETS = 324;
    static final int TILE_BYTE_COUNTS = 325;
    static final int SUB_IFDS = 330;
    static final int EXTRA_SAMPLES = 338;
    static final int SAMPLE_FORMAT = 339;
    static final int S_MIN_SAMPLE_VALUE = 340;
    static final int S_MAX_SAMPLE_VALUE = 341;
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
    static final int COMPRESSION_ZSTD = 50000;
    static final int COMPRESSION_WEBP = 50001;

    static final int PHOTOMETRIC_MIN_IS_WHITE = 0;
    static final int PHOTOMETRIC_MIN_IS_BLACK = 1;
    static final int PHOTOMETRIC_RGB = 2;
    static final int PHOTOMETRIC_PALETTE = 3;
    static final int PHOTOMETRIC_SEPARATED = 5;
    static final int PHOTOMETRIC_YCBCR = 6;
    static final int PHOTOMETRIC_CIELAB = 8;
    static final int PHOTOMETRIC_ICCLAB = 9;

    static final int PREDICTOR_NONE = 1;
    static final int PREDICTOR_HORIZONTAL = 2;
    static final int PREDICTOR_FLOATING_POINT = 3;

    static final int SAMPLE_FORMAT_UNSIGNED = 1;
    static final int SAMPLE_FORMAT_SIGNED = 2;
    static final int SAMPLE_FORMAT_FLOAT = 3;
    static final int SAMPLE_FORMAT_UNDEFINED = 4;

    /** NewSubfileType bits: a reduced-resolution version of another image; one page of a multi-page file. */
    static final int SUBFILE_REDUCED = 1;
    static final int SUBFILE_PAGE = 2;

    private Tag() {
    }
}
