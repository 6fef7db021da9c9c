/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.GigatileException;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;

/**
 * Reads full-width strips of the image's levels with the reader's own region and subsampling reads, so that no
 * read decodes more than one strip's worth of samples at once (readers that stream, such as JPEG and PNG, never
 * hold the whole image). Level 0 is read as it is; level {@code l} is read subsampled by {@code 2^(l-1)} and
 * each 2 x 2 block averaged, which filters better than subsampling alone.
 */
final class StripReader {
    private final ByteSource bytes;
    private final ReaderPool readers;
    private final PixelLayout layout;
    private final int width;
    private final int height;
    private final String format;

    StripReader(ByteSource bytes, ReaderPool readers, PixelLayout layout, int width, int height, String format) {
        this.bytes = bytes;
        this.readers = readers;
        this.layout = layout;
        this.width = width;
        this.height = height;
        this.format = format;
    }

    /**
     * @param level the level
     * @param firstRow the strip's first row of the level
     * @param rows the strip's rows
     * @return the strip, as wide as the level
     */
    Raster read(int level, int firstRow, int rows) {
        int factor = level == 0 ? 1 : 1 << (level - 1);
        long scale = 1L << level;
        int y0 = (int) Math.min(height, firstRow * scale);
        int y1 = (int) Math.min(height, (firstRow + rows) * scale);
        BufferedImage image = decode(new Rectangle(0, y0, width, y1 - y0), factor);
        Object samples = layout.samples(image);
        if (level == 0) {
            return raster(image.getWidth(), image.getHeight(), samples);
        }
        int w = (image.getWidth() + 1) / 2;
        int h = (image.getHeight() + 1) / 2;
        return raster(w, h, Halving.halve(samples, image.getWidth(), image.getHeight(), layout.bands()));
    }

    private Raster raster(int w, int h, Object samples) {
        if (samples instanceof byte[] b) {
            return Raster.ofBytes(w, h, layout.bands(), 8, SampleType.UNSIGNED, layout.colourSpace(), b);
        }
        return Raster.ofShorts(w, h, layout.bands(), 16, SampleType.UNSIGNED, layout.colourSpace(),
                (short[]) samples);
    }

    private BufferedImage decode(Rectangle region, int factor) {
        ByteSourceStream stream = new ByteSourceStream(bytes);
        List<String> warnings = new ArrayList<>();
        ImageReader reader = null;
        try {
            reader = readers.take();
            reader.setInput(stream, false, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceRegion(region);
            param.setSourceSubsampling(factor, factor, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (!warnings.isEmpty()) {
                // JPEG readers report missing data as a warning and fill in grey: a truncated file is corrupt
                throw new DecodeFailureException("the " + format + " image is corrupt or truncated");
            }
            int w = (region.width + factor - 1) / factor;
            int h = (region.height + factor - 1) / factor;
            if (image.getWidth() != w || image.getHeight() != h) {
                throw new DecodeFailureException("the " + format + " reader returned a region of the wrong size");
            }
            return image;
        } catch (GigatileException e) {
            throw stream.failure() != null ? stream.failure() : e;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            if (stream.failure() != null) {
                throw stream.failure();
            }
            throw new DecodeFailureException("the " + format + " image is corrupt or truncated", e);
        } finally {
            if (reader != null) {
                readers.release(reader);
            }
        }
    }
}
