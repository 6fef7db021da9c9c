/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.SampleType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.spi.ImageReaderSpi;

/**
 * Opens one image with the reader provider that recognised it: reads its size and sample type from the header
 * only, refuses what exceeds the limits before anything is decoded, and plans the levels and strips.
 */
final class SourceOpener {
    private final Limits limits;
    private final StripCache cache;
    private final int tileSize;

    SourceOpener(Limits limits, StripCache cache, int tileSize) {
        this.limits = limits;
        this.cache = cache;
        this.tileSize = tileSize;
    }

    ImageIoSource open(ImageReaderSpi spi, ByteSource bytes) {
        String format = ReaderProviders.formatOf(spi).toUpperCase(Locale.ROOT);
        ReaderPool readers = new ReaderPool(spi);
        int width;
        int height;
        ImageTypeSpecifier type;
        ByteSourceStream stream = new ByteSourceStream(bytes);
        ImageReader reader = null;
        try {
            reader = readers.take();
            reader.setInput(stream, false, true);
            width = reader.getWidth(0);
            height = reader.getHeight(0);
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types != null && types.hasNext() ? types.next() : null;
        } catch (GigatileException e) {
            throw stream.failure() != null ? stream.failure() : e;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            if (stream.failure() != null) {
                throw stream.failure();
            }
            throw new DecodeFailureException("the " + format + " image's header is corrupt", e);
        } finally {
            if (reader != null) {
                readers.release(reader);
            }
        }
        if (width <= 0 || height <= 0 || type == null) {
            throw new DecodeFailureException("the " + format + " image's header is corrupt");
        }
        checkLimits(spi, format, width, height);
        PixelLayout layout = PixelLayout.of(type);
        ImageInfo.Builder info = ImageInfo.builder()
                .samples(layout.bands(), layout.bits(), SampleType.UNSIGNED, layout.colourSpace())
                .iccProfile(layout.iccProfile());
        double[] min = new double[layout.bands()];
        double[] max = new double[layout.bands()];
        Arrays.fill(max, (1 << layout.bits()) - 1);
        info.range(min, max);
        List<Integer> perStrip = new ArrayList<>();
        for (int l = 0;; l++) {
            int w = (int) ((width + (1L << l) - 1) >> l);
            int h = (int) ((height + (1L << l) - 1) >> l);
            Level level = new Level(w, h, tileSize, tileSize);
            info.addLevel(level);
            perStrip.add(tileRowsPerStrip(l, level, width, layout));
            if (w <= tileSize && h <= tileSize) {
                break;
            }
        }
        StripReader strips = new StripReader(bytes, readers, layout, width, height, format);
        return new ImageIoSource(info.build(), strips, cache, readers,
                perStrip.stream().mapToInt(Integer::intValue).toArray());
    }

    private void checkLimits(ImageReaderSpi spi, String format, int width, int height) {
        long pixels = (long) width * height;
        if (pixels > limits.maxImagePixels()) {
            throw new LimitExceededException(String.format(Locale.ROOT,
                    "this %s image has %.1f Mpixel; at most %.1f are served (maxImageMegapixels)", format,
                    pixels / 1e6, limits.maxImagePixels() / 1e6));
        }
        // level 1 reads two rows of the image for each of its own: its tile rows are the widest reads
        if ((long) width * 2 * tileSize > limits.maxReadPixels()) {
            throw new LimitExceededException(String.format(Locale.ROOT,
                    "this %s image is %d pixels wide; one row of tiles of an image wider than %d pixels needs"
                            + " more than %.1f Mpixel (maxReadMegapixels)", format, width,
                    limits.maxReadPixels() / (2 * tileSize), limits.maxReadPixels() / 1e6));
        }
        if (!ReaderProviders.isAnyOf(spi, limits.streamingFormats()) && pixels > limits.maxWholeDecodePixels()) {
            throw new LimitExceededException(String.format(Locale.ROOT,
                    "this %s image has %.1f Mpixel; its reader decodes whole images, which are served up to"
                            + " %.1f Mpixel (maxWholeDecodeMegapixels)", format, pixels / 1e6,
                    limits.maxWholeDecodePixels() / 1e6));
        }
    }

    /** As many rows of tiles as one read may decode and the cache may hold four of, at least one. */
    private int tileRowsPerStrip(int l, Level level, int width, PixelLayout layout) {
        long readWidth = l == 0 ? width : (width + (1L << (l - 1)) - 1) >> (l - 1);
        long readPerTileRow = readWidth * tileSize * (l == 0 ? 1 : 2);
        long bytesPerTileRow = (long) level.width() * tileSize * layout.bands() * (layout.bits() / 8);
        long byRead = limits.maxReadPixels() / readPerTileRow;
        long byCache = cache.capacity() / 4 / bytesPerTileRow;
        return (int) Math.max(1, Math.min(level.tilesDown(), Math.min(byRead, byCache)));
    }
}
