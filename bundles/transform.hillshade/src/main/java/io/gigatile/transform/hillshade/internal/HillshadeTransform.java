/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.hillshade.internal;

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
 * Hillshading of a normal map, IIP's {@code SHD}, with iipsrv's arithmetic (iip:src/Transforms.cc {@code shade})
 * so renders match iipsrv's: each pixel becomes half the cosine between the light and the surface normal its first
 * three bands encode, clamped to 0..1, one grey band. Unlike iipsrv, which steps through its buffer three samples
 * at a time whatever the bands, each pixel is read at its own place, so maps with alpha or more bands shade right.
 */
@Component(service = Transform.class)
@TransformName(transform = "hillshade")
@TransformStage(TransformStage.HILLSHADE)
public final class HillshadeTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(HillshadeTransform.class);

    /** Made by Declarative Services or by tests; there is nothing to configure. */
    @Activate
    public HillshadeTransform() {
        LOG.debug("hillshade transform active");
    }

    /**
     * @param input floating point samples, normally 0..1, at least three bands: the normal's x, y and z, 0.5
     *        for 0; further bands are ignored
     * @param arguments the light's horizontal angle from 12 o'clock and its vertical angle down from the
     *        horizontal, whole degrees
     * @return a new one-band grey floating point raster of the same size
     * @throws BadRequestException unless the arguments are two integers
     * @throws UnsupportedFormatException (a feature) if the samples are not floating point or there are fewer
     *         than three bands
     */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        LightDirection light = LightDirection.parse(arguments);
        if (input.sampleType() != SampleType.FLOAT) {
            throw new UnsupportedFormatException("hillshade needs floating point samples", true);
        }
        int bands = input.bands();
        if (bands < 3) {
            throw new UnsupportedFormatException("hillshading needs a normal map of three bands", true);
        }
        float[] in = input.floats();
        float[] out = new float[input.width() * input.height()];
        for (int p = 0, i = 0; p < out.length; p++, i += bands) {
            out[p] = light.shade(in[i], in[i + 1], in[i + 2]);
        }
        return Raster.ofFloats(input.width(), input.height(), 1, ColourSpace.GREY, out);
    }
}
