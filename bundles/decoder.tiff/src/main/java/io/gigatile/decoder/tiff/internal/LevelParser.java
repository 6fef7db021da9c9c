/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Level;
import io.gigatile.api.UnsupportedFormatException;

/**
 * Reads one tiled directory into a {@link TiffLevel}: checks its geometry against what can be allocated, and
 * picks the codec. The variants read so far: 8-bit chunky grey (MinIsBlack, MinIsWhite) and RGB, YCbCr in JPEG;
 * everything else is refused as unsupported.
 */
final class LevelParser {
    /** The most decoded bytes one tile may have (4096 x 4096 RGB fits): a corrupt size must not exhaust the heap. */
    private static final long MAX_TILE_BYTES = 1L << 26;
    /** Room for stored tiles larger than decoded ones (JPEG at high quality can be). */
    private static final long STORED_SLACK = 1L << 20;

    private LevelParser() {
    }

    /**
     * @param ifd a directory
     * @param file the TIFF
     * @param jpeg the source's JPEG readers, or null where the runtime has no JPEG reader
     * @return the level
     * @throws UnsupportedFormatException if the directory is untiled or of a variant this decoder cannot read
     * @throws DecodeFailureException if it is malformed
     */
    static TiffLevel parse(Ifd ifd, SharedFile file, JpegReaders jpeg) {
        long width = ifd.scalar(Tag.IMAGE_WIDTH, 0);
        long height = ifd.scalar(Tag.IMAGE_LENGTH, 0);
        if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw new DecodeFailureException("the TIFF image size is invalid");
        }
        if (!ifd.has(Tag.TILE_WIDTH) || !ifd.has(Tag.TILE_LENGTH)) {
            throw new UnsupportedFormatException("TIFF images without tiles are not supported");
        }
        int bands = samplesPerPixel(ifd);
        long tileWidth = ifd.scalar(Tag.TILE_WIDTH, 0);
        long tileHeight = ifd.scalar(Tag.TILE_LENGTH, 0);
        if (tileWidth < 1 || tileHeight < 1 || tileWidth > MAX_TILE_BYTES || tileHeight > MAX_TILE_BYTES
                || tileWidth * tileHeight * bands > MAX_TILE_BYTES) {
            throw new DecodeFailureException("the TIFF tile size is invalid");
        }
        requireAll(ifd, Tag.BITS_PER_SAMPLE, 1, 8, "only 8 bits per sample are supported");
        requireAll(ifd, Tag.SAMPLE_FORMAT, 1, 1, "only unsigned integer samples are supported");
        if (bands > 1 && ifd.scalar(Tag.PLANAR_CONFIGURATION, 1) != 1) {
            throw new UnsupportedFormatException("planar TIFF is not supported");
        }
        if (ifd.scalar(Tag.FILL_ORDER, 1) != 1) {
            throw new UnsupportedFormatException("TIFF fill order 2 is not supported");
        }
        int compression = (int) ifd.scalar(Tag.COMPRESSION, Tag.COMPRESSION_NONE);
        int photometric = photometric(ifd, bands, compression);
        Level level = new Level((int) width, (int) height, (int) tileWidth, (int) tileHeight);
        long tiles = (long) level.tilesAcross() * level.tilesDown();
        UnsignedArray offsets = ifd.integers(Tag.TILE_OFFSETS, tiles);
        UnsignedArray byteCounts = ifd.integers(Tag.TILE_BYTE_COUNTS, tiles);
        long tileBytes = tileWidth * tileHeight * bands;
        TileCodec codec = codec(ifd, jpeg, compression, level, bands);
        return new TiffLevel(level, bands, photometric, offsets, byteCounts, 4 * tileBytes + STORED_SLACK, codec);
    }

    private static int samplesPerPixel(Ifd ifd) {
        long bands = ifd.scalar(Tag.SAMPLES_PER_PIXEL, 1);
        if (bands != 1 && bands != 3 || ifd.has(Tag.EXTRA_SAMPLES)) {
            throw new UnsupportedFormatException("only grey and RGB TIFF without extra samples are supported");
        }
        return (int) bands;
    }

    /** Every value of a per-sample field must be the one supported. */
    private static void requireAll(Ifd ifd, int tag, long fallback, long supported, String message) {
        long count = ifd.count(tag);
        if (count == 0) {
            if (fallback != supported) {
                throw new UnsupportedFormatException(message);
            }
            return;
        }
        if (count > 64) {
            throw new DecodeFailureException("TIFF tag " + tag + " is malformed");
        }
        UnsignedArray values = ifd.integers(tag, count);
        for (int i = 0; i < values.length(); i++) {
            if (values.get(i) != supported) {
                throw new UnsupportedFormatException(message);
            }
        }
    }

    private static int photometric(Ifd ifd, int bands, int compression) {
        int fallback = bands == 1 ? Tag.PHOTOMETRIC_MIN_IS_BLACK : Tag.PHOTOMETRIC_RGB;
        int photometric = (int) ifd.scalar(Tag.PHOTOMETRIC, fallback);
        boolean supported = switch (photometric) {
            case Tag.PHOTOMETRIC_MIN_IS_WHITE, Tag.PHOTOMETRIC_MIN_IS_BLACK -> bands == 1;
            case Tag.PHOTOMETRIC_RGB -> bands == 3;
            // the JPEG decoder converts YCbCr to RGB; raw YCbCr with subsampling is another layout
            case Tag.PHOTOMETRIC_YCBCR -> bands == 3 && compression == Tag.COMPRESSION_JPEG;
            default -> false;
        };
        if (!supported) {
            throw new UnsupportedFormatException("TIFF photometric interpretation " + photometric
                    + " with " + bands + " samples is not supported here");
        }
        return photometric;
    }

    private static TileCodec codec(Ifd ifd, JpegReaders jpeg, int compression, Level level, int bands) {
        if (compression == Tag.COMPRESSION_JPEG) {
            if (jpeg == null) {
                throw new UnsupportedFormatException("JPEG decoding is not available");
            }
            byte[] tables = ifd.bytes(Tag.JPEG_TABLES, 1 << 20).orElse(null);
            return new JpegTileCodec(jpeg, tables, level.tileWidth(), level.tileHeight(), bands);
        }
        Decompressor decompressor = Decompressor.of(compression);
        long predictor = ifd.scalar(Tag.PREDICTOR, Tag.PREDICTOR_NONE);
        if (predictor != Tag.PREDICTOR_NONE && predictor != Tag.PREDICTOR_HORIZONTAL) {
            throw new UnsupportedFormatException("TIFF predictor " + predictor + " is not supported");
        }
        return new RawTileCodec(decompressor, SampleUnpacker.chunkyBytes(level.tileWidth(), bands),
                level.tileWidth(), level.tileHeight(), bands, predictor == Tag.PREDICTOR_HORIZONTAL);
    }
}
