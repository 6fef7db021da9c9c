/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.GigatileException;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes JPEG (or WebP) streams with readers made from one {@link ImageReaderSpi}. A reader serves one thread
 * at a time (shared readers return wrong pixels), so each decode borrows one from a pool that grows to the
 * number of threads decoding at once; closing disposes them.
 */
final class ReaderPool implements AutoCloseable {
    private final ImageReaderSpi spi;
    private final Queue<ImageReader> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    /** @param spi the reader provider */
    ReaderPool(ImageReaderSpi spi) {
        this.spi = spi;
    }

    /**
     * @param jpeg a complete stream whose image covers {@code region}
     * @param region the pixels wanted
     * @param bands components expected
     * @return the samples, converted to RGB when the stream holds YCbCr
     * @throws DecodeFailureException if the stream cannot be decoded
     */
    byte[] decode(byte[] jpeg, Rectangle region, int bands) {
        ImageReader reader = borrow();
        boolean healthy = false;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceRegion(region);
            byte[] samples = samplesOf(reader.read(0, param), region.width, region.height, bands);
            healthy = true;
            return samples;
        } catch (GigatileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DecodeFailureException("a compressed TIFF tile is corrupt", e);
        } finally {
            giveBack(reader, healthy);
        }
    }

    private ImageReader borrow() {
        ImageReader reader = idle.poll();
        if (reader != null) {
            return reader;
        }
        try {
            return spi.createReaderInstance();
        } catch (IOException e) {
            throw new DecodeFailureException("no image reader", e);
        }
    }

    private void giveBack(ImageReader reader, boolean healthy) {
        reader.reset();
        if (!healthy || closed) {
            reader.dispose();
            return;
        }
        idle.offer(reader);
        if (closed) {
            close();
        }
    }

    private static byte[] samplesOf(BufferedImage image, int width, int height, int bands) {
        WritableRaster raster = image.getRaster();
        if (raster.getWidth() != width || raster.getHeight() != height || raster.getNumBands() != bands) {
            throw new DecodeFailureException("a compressed TIFF tile does not fit its tile");
        }
        if (!(raster.getDataBuffer() instanceof DataBufferByte buffer)
                || !(raster.getSampleModel() instanceof ComponentSampleModel model)
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0
                || java.util.Arrays.stream(model.getBankIndices()).anyMatch(bank -> bank != 0)) {
            return fallback(raster, width, height);
        }
        byte[] data = buffer.getData();
        int[] offsets = model.getBandOffsets();
        int pixel = model.getPixelStride();
        int line = model.getScanlineStride();
        int base = buffer.getOffset();
        byte[] out = new byte[width * height * bands];
        int o = 0;
        for (int y = 0; y < height; y++) {
            int row = base + y * line;
            for (int x = 0; x < width; x++) {
                int at = row + x * pixel;
                for (int b = 0; b < bands; b++) {
                    out[o++] = data[at + offsets[b]];
                }
            }
        }
        return out;
    }

    private static byte[] fallback(WritableRaster raster, int width, int height) {
        int[] pixels = raster.getPixels(0, 0, width, height, (int[]) null);
        byte[] out = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = (byte) pixels[i];
        }
        return out;
    }

    /** Disposes the idle readers; readers still decoding are disposed when they come back. */
    @Override
    public void close() {
        closed = true;
        for (ImageReader reader; (reader = idle.poll()) != null;) {
            reader.dispose();
        }
    }
}
