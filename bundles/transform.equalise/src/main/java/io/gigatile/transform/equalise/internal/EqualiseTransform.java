/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.equalise.internal;

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
 * IIP's {@code CNT=eq}: histogram equalisation as iipsrv's {@code Transform::equalize} (iip:src/Transforms.cc)
 * does it, over the image's histogram rather than the raster's, so that every tile of an image is mapped through
 * the same table and tiles join without seams. Every band, alpha included, goes through the table
 * ({@link EqualisationTable}), as in iipsrv.
 */
@Component(service = Transform.class)
@TransformName(transform = "equalise")
@TransformStage(TransformStage.EQUALISE)
public final class EqualiseTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(EqualiseTransform.class);
    private static final String NO_HISTOGRAM = "equalisation needs the image's histogram";
    private static final String UNSUPPORTED = "equalisation needs 8-bit samples";

    /** Made by Declarative Services or by tests; there is nothing to configure. */
    @Activate
    public EqualiseTransform() {
        LOG.debug("equalise transform active");
    }

    /**
     * Without a context there is no image histogram, and the raster's own would make each tile differ.
     *
     * @throws BadRequestException if arguments are given
     * @throws UnsupportedFormatException (a feature) always otherwise
     */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        check(input, arguments);
        throw new UnsupportedFormatException(NO_HISTOGRAM, true);
    }

    /**
     * @param input 8-bit unsigned samples, any number of bands
     * @param arguments none
     * @param context gives the image's histogram
     * @return a new raster of the same shape and colour space ({@code BILEVEL} becomes {@code GREY}), or
     *         {@code input} itself if the histogram is empty
     * @throws BadRequestException if arguments are given
     * @throws UnsupportedFormatException (a feature) for other samples, or without a context
     */
    @Override
    public Raster apply(Raster input, List<String> arguments, TransformContext context) {
        check(input, arguments);
        if (context == null) {
            throw new UnsupportedFormatException(NO_HISTOGRAM, true);
        }
        byte[] table = EqualisationTable.of(context.histogram(), input.width() * input.height());
        if (table == null) {
            return input;
        }
        byte[] in = input.bytes();
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = table[in[i] & 0xFF];
        }
        ColourSpace space = input.colourSpace() == ColourSpace.BILEVEL ? ColourSpace.GREY : input.colourSpace();
        return Raster.ofBytes(input.width(), input.height(), input.bands(), space, out);
    }

    private static void check(Raster input, List<String> arguments) {
        if (arguments != null && !arguments.isEmpty()) {
            throw new BadRequestException("equalise takes no arguments");
        }
        if (!input.isByteBacked() || input.bitsPerSample() != 8 || input.sampleType() != SampleType.UNSIGNED) {
            throw new UnsupportedFormatException(UNSUPPORTED, true);
        }
    }
}
