/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.JpegCodec;
import io.gigatile.api.SampleType;
import io.gigatile.api.UnsupportedFormatException;
import java.nio.ByteOrder;
import java.util.function.Supplier;
import javax.imageio.spi.ImageReaderSpi;

/**
 * The codecs one source decodes with: its own pools of JPEG and WebP readers, and the Zstandard decompressor,
 * each absent where the runtime lacks it. Closing disposes the readers.
 */
final class Codecs implements AutoCloseable {
    private final ReaderPool jpeg;
    private final Supplier<JpegCodec> fastJpeg;
    private final ReaderPool webp;
    private final Decompressor zstd;
    private final ByteOrder order;

    /**
     * @param jpeg the JPEG reader provider, or null
     * @param fastJpeg the JPEG codec to prefer, asked on every tile; answers null when there is none
     * @param webp the WebP reader provider, or null
     * @param zstd the Zstandard decompressor, or null
     * @param order the file's byte order
     */
    Codecs(ImageReaderSpi jpeg, Supplier<JpegCodec> fastJpeg, ImageReaderSpi webp, Decompressor zstd,
            ByteOrder order) {
        this.fastJpeg = fastJpeg;
        this.jpeg = jpeg == null ? null : new ReaderPool(jpeg);
        this.webp = webp == null ? null : new ReaderPool(webp);
        this.zstd = zstd;
        this.order = order;
    }

    /**
     * @param ifd the directory
     * @param compression its compression
     * @param format its pixel format
     * @param blockWidth a tile's or strip's width
     * @param blockHeight a tile's height or the rows per strip
     * @return the codec of its blocks; one that refuses every block where only the decoding is missing
     * @throws UnsupportedFormatException for compressions, predictors and layouts this decoder cannot read
     */
    TileCodec codec(Ifd ifd, int compression, PixelFormat format, int blockWidth, int blockHeight) {
        if (compression == Tag.COMPRESSION_JPEG || compression == Tag.COMPRESSION_WEBP) {
            boolean isJpeg = compression == Tag.COMPRESSION_JPEG;
            if (format.planar() || format.bits() != 8 || format.storedType() != SampleType.UNSIGNED) {
                throw new UnsupportedFormatException((isJpeg ? "JPEG" : "WebP")
                        + " TIFF must have 8-bit unsigned chunky samples");
            }
            if (isJpeg) {
                if (jpeg == null) {
                    throw new UnsupportedFormatException("JPEG decoding is not available");
                }
                byte[] tables = ifd.bytes(Tag.JPEG_TABLES, 1 << 20).orElse(null);
                return new JpegTileCodec(jpeg, fastJpeg, tables, blockWidth, blockHeight, format.samples());
            }
            if (webp == null) {
                return TileCodec.refusing("WebP decoding is not available in this server");
            }
            return new WebpTileCodec(webp, blockWidth, blockHeight, format.samples());
        }
        Decompressor decompressor;
        if (compression == Tag.COMPRESSION_ZSTD) {
            if (zstd == null) {
                return TileCodec.refusing("Zstandard decoding is not available in this server");
            }
            decompressor = zstd;
        } else {
            decompressor = Decompressor.of(compression);
        }
        int predictor = predictor(ifd, format);
        int perPixel = format.samplesPerPlane();
        SampleUnpacker unpacker = new SampleUnpacker(format.bits(), format.storedType(), order,
                Math.multiplyExact(blockWidth, perPixel));
        return new RawTileCodec(decompressor, unpacker, blockWidth, perPixel, predictor,
                ifd.scalar(Tag.FILL_ORDER, 1) == 2);
    }

    private static int predictor(Ifd ifd, PixelFormat format) {
        int predictor = (int) ifd.scalar(Tag.PREDICTOR, Tag.PREDICTOR_NONE);
        boolean supported = switch (predictor) {
            case Tag.PREDICTOR_NONE -> true;
            case Tag.PREDICTOR_HORIZONTAL -> format.bits() >= 8;
            case Tag.PREDICTOR_FLOATING_POINT -> format.storedType() == SampleType.FLOAT;
            default -> false;
        };
        if (!supported) {
            throw new UnsupportedFormatException("TIFF predictor " + predictor + " is not supported with "
                    + format.bits() + "-bit " + format.storedType().name().toLowerCase(java.util.Locale.ROOT)
                    + " samples");
        }
        return predictor;
    }

    @Override
    public void close() {
        if (jpeg != null) {
            jpeg.close();
        }
        if (webp != null) {
            webp.close();
        }
    }
}
