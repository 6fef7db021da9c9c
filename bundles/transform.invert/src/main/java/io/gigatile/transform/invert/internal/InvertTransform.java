/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.invert.internal;

import io.gigatile.api.BadRequestException;
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
 * Inversion of floating point samples, IIP's {@code INV}, as iipsrv computes it (iip:src/Transforms.cc
 * {@code inv}): {@code 1 - v} on every band, alpha included, without clamping, so values outside 0..1 stay
 * outside it for the contrast stage to cut.
 */
@Component(service = Transform.class)
@TransformName(transform = "invert")
@TransformStage(TransformStage.INVERT)
public final class InvertTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(InvertTransform.class);

    /** Made by Declarative Services or by tests; there is nothing to configure. */
    @Activate
    public InvertTransform() {
        LOG.debug("invert transform active");
    }

    /**
     * @param input floating point samples, normally 0..1, any bands
     * @param arguments none
     * @return a new raster of the same shape and colour space
     * @throws BadRequestException if arguments are given
     * @throws UnsupportedFormatException (a feature) if the samples are not floating point
     */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        if (!arguments.isEmpty()) {
            throw new BadRequestException("invert takes no arguments");
        }
        if (input.sampleType() != SampleType.FLOAT) {
            throw new UnsupportedFormatException("invert needs floating point samples", true);
        }
        float[] in = input.floats();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            // in double, then rounded, as iipsrv's 1.0 - v is
            out[i] = (float) (1.0 - in[i]);
        }
        return Raster.ofFloats(input.width(), input.height(), input.bands(), input.colourSpace(), out);
    }
}
