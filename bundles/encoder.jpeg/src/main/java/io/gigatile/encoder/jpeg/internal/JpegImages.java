/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.jpeg.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.UnsupportedFormatException;
import java.awt.Point;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.WritableRaster;

/**
 * Wraps a raster's bytes in the {@link BufferedImage} the JDK's writer wants. Grey and RGB are wrapped as they
 * are; so is an alpha raster that is opaque everywhere, by a sample model that skips the alpha band. Other alpha
 * rasters are composited onto white into a new array, taking alpha as straight (not premultiplied).
 */
final class JpegImages {
    /** The largest width or height a JPEG frame header can hold in libjpeg's terms. */
    static final int MAX_SIDE = 65500;

    private static final String UNSUPPORTED = "JPEG output needs 8-bit grey or RGB";

    private JpegImages() {
    }

    /**
     * @param raster 8-bit unsigned, 1 to 4 bands, the last of 2 or 4 being alpha
     * @return an image sharing the raster's array where possible
     * @throws UnsupportedFormatException for other rasters
     * @throws LimitExceededException if a side is over {@link #MAX_SIDE}
     */
    static BufferedImage of(Raster raster) {
        Samples s = samples(raster);
        return wrap(s.samples(), raster.width(), raster.height(), s.stride(), s.colours());
    }

    /**
     * The colour samples a JPEG holds, for a codec that takes them without an image around them.
     *
     * @param raster as for {@link #of(Raster)}
     * @return grey or RGB samples without alpha, interleaved
     */
    static byte[] colours(Raster raster) {
        Samples s = samples(raster);
        if (s.stride() == s.colours()) {
            return s.samples();
        }
        byte[] in = s.samples();
        byte[] out = new byte[raster.width() * raster.height() * s.colours()];
        for (int i = 0, o = 0; o < out.length; i += s.stride(), o += s.colours()) {
            System.arraycopy(in, i, out, o, s.colours());
        }
        return out;
    }

    /**
     * @param samples the array
     * @param stride samples per pixel in it
     * @param colours the colour samples first in each pixel: 1 or 3
     */
    private record Samples(byte[] samples, int stride, int colours) {
    }

    private static Samples samples(Raster raster) {
        int bands = raster.bands();
        if (!raster.isByteBacked() || raster.bitsPerSample() != 8 || raster.sampleType() != SampleType.UNSIGNED
                || bands > 4 || raster.colourSpace() == ColourSpace.CIELAB) {
            throw new UnsupportedFormatException(UNSUPPORTED, true);
        }
        if (raster.width() > MAX_SIDE || raster.height() > MAX_SIDE) {
            throw new LimitExceededException("JPEG output is limited to " + MAX_SIDE + " pixels a side");
        }
        int colours = bands <= 2 ? 1 : 3;
        byte[] samples = raster.bytes();
        if (colours == bands || isOpaque(samples, bands)) {
            return new Samples(samples, bands, colours);
        }
        return new Samples(onWhite(samples, bands), colours, colours);
    }

    private static boolean isOpaque(byte[] samples, int bands) {
        for (int i = bands - 1; i < samples.length; i += bands) {
            if (samples[i] != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static byte[] onWhite(byte[] samples, int bands) {
        int colours = bands - 1;
        byte[] out = new byte[samples.length / bands * colours];
        for (int in = 0, o = 0; in < samples.length; in += bands) {
            int alpha = samples[in + colours] & 0xFF;
            for (int c = 0; c < colours; c++) {
                int value = samples[in + c] & 0xFF;
                // value * a + 255 * (255 - a), divided by 255 with rounding
                out[o++] = (byte) ((255 * 255 - (255 - value) * alpha + 127) / 255);
            }
        }
        return out;
    }

    private static BufferedImage wrap(byte[] samples, int width, int height, int stride, int colours) {
        int[] offsets = colours == 1 ? new int[] {0} : new int[] {0, 1, 2};
        PixelInterleavedSampleModel model = new PixelInterleavedSampleModel(DataBuffer.TYPE_BYTE, width, height,
                stride, width * stride, offsets);
        WritableRaster awt = java.awt.image.Raster.createWritableRaster(model,
                new DataBufferByte(samples, samples.length), new Point());
        ColorSpace space = ColorSpace.getInstance(colours == 1 ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        ComponentColorModel colourModel = new ComponentColorModel(space, false, false,
                java.awt.Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        return new BufferedImage(colourModel, awt, false, null);
    }
}
