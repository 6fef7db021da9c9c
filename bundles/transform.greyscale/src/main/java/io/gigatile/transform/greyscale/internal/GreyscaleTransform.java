/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.greyscale.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.Transform;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformName;
import io.gigatile.api.propertytypes.TransformStage;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts 8-bit sRGB to grey with iipsrv's arithmetic (iip:src/Transforms.cc {@code greyscale}), so grey
 * renders match iipsrv's pixel for pixel: {@code (1254097 R + 2462056 G + 478151 B) >> 22}, that is Rec. 601
 * luma (0.299, 0.587, 0.114) in 22-bit fixed point, truncated, on the gamma-encoded values. Alpha is kept as
 * a second band.
 */
@Component
@TransformName(transform = "greyscale")
@TransformStage(TransformStage.GREYSCALE)
public final class GreyscaleTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(GreyscaleTransform.class);
    private static final String UNSUPPORTED = "grey quality needs 8-bit grey or RGB";

    /** Made by Declarative Services or by tests; there is nothing to configure. */
    @Activate
    public GreyscaleTransform() {
        LOG.debug("greyscale transform active");
    }

    /**
     * @param input 8-bit unsigned grey (1 or 2 bands) or sRGB (3, or 4 with alpha)
     * @param arguments none
     * @return a new grey raster (1 band, or 2 with alpha), or {@code input} itself if it is grey already
     * @throws BadRequestException if arguments are given
     * @throws UnsupportedFormatException (a feature) for other rasters
     */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        if (!arguments.isEmpty()) {
            throw new BadRequestException("greyscale takes no arguments");
        }
        if (!input.isByteBacked() || input.bitsPerSample() != 8 || input.sampleType() != SampleType.UNSIGNED) {
            throw new UnsupportedFormatException(UNSUPPORTED, true);
        }
        ColourSpace space = input.colourSpace();
        if ((space == ColourSpace.GREY || space == ColourSpace.BILEVEL) && input.bands() <= 2) {
            return input;
        }
        if (space != ColourSpace.SRGB || input.bands() < 3 || input.bands() > 4) {
            throw new UnsupportedFormatException(UNSUPPORTED, true);
        }
        int bands = input.bands();
        int outBands = bands - 2;
        byte[] in = input.bytes();
        byte[] out = new byte[in.length / bands * outBands];
        for (int i = 0, o = 0; i < in.length; i += bands, o += outBands) {
            out[o] = (byte) luma(in[i] & 0xFF, in[i + 1] & 0xFF, in[i + 2] & 0xFF);
            if (outBands == 2) {
                out[o + 1] = in[i + 3];
            }
        }
        return Raster.ofBytes(input.width(), input.height(), outBands, ColourSpace.GREY, out);
    }

    /**
     * iipsrv's fixed-point luma; the weights add up to exactly 2^22, so white stays 255. The largest sum,
     * 255 * 2^22, fits in an int.
     */
    static int luma(int r, int g, int b) {
        return (1254097 * r + 2462056 * g + 478151 * b) >> 22;
    }
}
