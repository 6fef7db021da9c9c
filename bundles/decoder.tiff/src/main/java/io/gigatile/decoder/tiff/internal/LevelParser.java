/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Level;
import io.gigatile.api.UnsupportedFormatException;

/**
 * Reads one directory into a {@link LevelReader}: checks its geometry against what can be allocated, reads its
 * pixel format and picks the codec. Tiled directories give their tiles; stripped ones virtual tiles.
 */
final class LevelParser {
    /** The most decoded bytes one tile may have (4096 x 4096 RGB fits): a corrupt size must not exhaust the heap. */
    private static final long MAX_TILE_BYTES = 1L << 26;
    /** Room for stored blocks larger than decoded ones (JPEG at high quality can be). */
    private static final long STORED_SLACK = 1L << 20;

    private LevelParser() {
    }

    /**
     * @param ifd a directory
     * @param file the TIFF
     * @param codecs the source's codecs
     * @return the level
     * @throws UnsupportedFormatException if the directory is of a variant this decoder cannot read
     * @throws DecodeFailureException if it is malformed
     */
    static LevelReader parse(Ifd ifd, SharedFile file, Codecs codecs) {
        long width = ifd.scalar(Tag.IMAGE_WIDTH, 0);
        long height = ifd.scalar(Tag.IMAGE_LENGTH, 0);
        if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw new DecodeFailureException("the TIFF image size is invalid");
        }
        int compression = (int) ifd.scalar(Tag.COMPRESSION, Tag.COMPRESSION_NONE);
        PixelFormat format = FormatParser.parse(ifd, compression);
        if (compression == Tag.COMPRESSION_JPEG && format.bits() != 8) {
            throw new UnsupportedFormatException(format.bits() + "-bit JPEG in TIFF is not supported");
        }
        PixelConverter converter = PixelConverter.of(format, ifd);
        if (ifd.has(Tag.TILE_WIDTH) || ifd.has(Tag.TILE_LENGTH)) {
            return tiled(ifd, file, codecs, (int) width, (int) height, compression, converter);
        }
        return stripped(ifd, file, codecs, (int) width, (int) height, compression, converter);
    }

    private static LevelReader tiled(Ifd ifd, SharedFile file, Codecs codecs, int width, int height,
            int compression, PixelConverter converter) {
        PixelFormat format = converter.format();
        long tileWidth = ifd.scalar(Tag.TILE_WIDTH, 0);
        long tileHeight = ifd.scalar(Tag.TILE_LENGTH, 0);
        long pixelBytes = Math.max(format.samples() * (long) format.storedKind().bytes(), format.rasterPixelBytes());
        if (tileWidth < 1 || tileHeight < 1 || tileWidth > MAX_TILE_BYTES || tileHeight > MAX_TILE_BYTES
                || tileWidth * tileHeight * pixelBytes > MAX_TILE_BYTES) {
            throw new DecodeFailureException("the TIFF tile size is invalid");
        }
        Level level = new Level(width, height, (int) tileWidth, (int) tileHeight);
        int perPlane = level.tilesAcross() * level.tilesDown();
        long blocks = (long) perPlane * format.planes();
        BlockIndex index = new BlockIndex(file, ifd.integers(Tag.TILE_OFFSETS, blocks),
                ifd.integers(Tag.TILE_BYTE_COUNTS, blocks), 4 * tileWidth * tileHeight * pixelBytes + STORED_SLACK);
        TileCodec codec = codecs.codec(ifd, compression, format, (int) tileWidth, (int) tileHeight);
        return new TiledLevel(level, new BlockDecoder(index, codec, format.planes(), perPlane), converter);
    }

    private static LevelReader stripped(Ifd ifd, SharedFile file, Codecs codecs, int width, int height,
            int compression, PixelConverter converter) {
        PixelFormat format = converter.format();
        long rowsPerStrip = Math.min(ifd.scalar(Tag.ROWS_PER_STRIP, height), height);
        if (rowsPerStrip < 1) {
            throw new DecodeFailureException("the TIFF rows per strip are invalid");
        }
        long rowBytes = ((long) width * format.samplesPerPlane() * format.bits() + 7) / 8;
        if (rowBytes > LevelReader.MAX_READ_BYTES) {
            throw new UnsupportedFormatException("the TIFF strips are too wide");
        }
        int perPlane = (int) ((height + rowsPerStrip - 1) / rowsPerStrip);
        long blocks = (long) perPlane * format.planes();
        long stripBytes = Math.min(rowsPerStrip * rowBytes, LevelReader.MAX_READ_BYTES);
        BlockIndex index = new BlockIndex(file, ifd.integers(Tag.STRIP_OFFSETS, blocks),
                ifd.integers(Tag.STRIP_BYTE_COUNTS, blocks), 2 * stripBytes + STORED_SLACK);
        TileCodec codec = codecs.codec(ifd, compression, format, width, (int) rowsPerStrip);
        return new StripLevel(width, height, new BlockDecoder(index, codec, format.planes(), perPlane), converter,
                (int) rowsPerStrip, (int) rowBytes, compression == Tag.COMPRESSION_NONE);
    }
}
