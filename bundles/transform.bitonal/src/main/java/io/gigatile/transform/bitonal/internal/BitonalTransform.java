/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.bitonal.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.Transform;
import io.gigatile.api.TransformContext;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformName;
import io.gigatile.api.propertytypes.TransformStage;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an 8-bit grey or sRGB raster black and white as iipsrv's {@code Transform::binary} does
 * (iip:src/Transforms.cc): the luma with iipsrv's greyscale constants, then 0 below the threshold and 255 at or
 * above it. The threshold is an argument, or else Otsu's, computed as iipsrv computes it ({@link Otsu}) from the
 * image's histogram (from the raster's own when called without a context). Alpha is kept.
 */
@Component
@TransformName(transform = "bitonal")
@TransformStage(TransformStage.BITONAL)
public final class BitonalTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(BitonalTransform.class);
    private static final String UNSUPPORTED = "bitonal quality needs 8-bit grey or RGB";

    /** Made by Declarative Services or by tests; there is nothing to configure. */
    @Activate
    public BitonalTransform() {
        LOG.debug("bitonal transform active");
    }

    /**
     * @param input 8-bit unsigned grey (1 band, or 2 with alpha) or sRGB (3, or 4 with alpha)
     * @param arguments none, or the threshold as an integer from 0 to 255
     * @return a new grey raster of 0 and 255, with the input's alpha as a second band if it had one
     * @throws BadRequestException if the arguments are not as above
     * @throws UnsupportedFormatException (a feature) for other rasters
     */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        int colours = colours(input);
        int threshold = arguments.isEmpty() ? Otsu.threshold(Otsu.histogram(input.bytes(), input.bands(), colours))
                : threshold(arguments);
        return binary(input, colours, threshold);
    }

    /**
     * As iipsrv: without a threshold argument, Otsu's threshold of the image's histogram, the same for every tile
     * and region of the image, rather than of this raster.
     */
    @Override
    public Raster apply(Raster input, List<String> arguments, TransformContext context) {
        int colours = colours(input);
        int threshold = arguments.isEmpty() ? Otsu.threshold(context.histogram()) : threshold(arguments);
        return binary(input, colours, threshold);
    }

    private static Raster binary(Raster input, int colours, int threshold) {
        int bands = input.bands();
        boolean alpha = bands > colours;
        byte[] in = input.bytes();
        int outBands = alpha ? 2 : 1;
        byte[] out = new byte[in.length / bands * outBands];
        for (int i = 0, o = 0; i < in.length; i += bands, o += outBands) {
            int grey = colours == 1 ? in[i] & 0xFF : luma(in[i] & 0xFF, in[i + 1] & 0xFF, in[i + 2] & 0xFF);
            out[o] = grey < threshold ? 0 : (byte) 255;
            if (alpha) {
                out[o + 1] = in[i + colours];
            }
        }
        return Raster.ofBytes(input.width(), input.height(), outBands, ColourSpace.GREY, out);
    }

    /** @return the number of colour bands: 1 for grey, 3 for sRGB; alpha follows them */
    private static int colours(Raster input) {
        if (!input.isByteBacked() || input.bitsPerSample() != 8 || input.sampleType() != SampleType.UNSIGNED) {
            throw new UnsupportedFormatException(UNSUPPORTED, true);
        }
        ColourSpace space = input.colourSpace();
        if ((space == ColourSpace.GREY || space == ColourSpace.BILEVEL) && input.bands() <= 2) {
            return 1;
        }
        if (space == ColourSpace.SRGB && (input.bands() == 3 || input.bands() == 4)) {
            return 3;
        }
        throw new UnsupportedFormatException(UNSUPPORTED, true);
    }

    private static int threshold(List<String> arguments) {
        String text = arguments.get(0);
        if (arguments.size() != 1 || !text.matches("\\d{1,3}") || Integer.parseInt(text) > 255) {
            throw new BadRequestException("bitonal takes one threshold from 0 to 255");
        }
        return Integer.parseInt(text);
    }

    /** iipsrv's greyscale luma, as the greyscale transform computes it: Rec. 601 in 22-bit fixed point. */
    static int luma(int r, int g, int b) {
        return (1254097 * r + 2462056 * g + 478151 * b) >> 22;
    }
}
