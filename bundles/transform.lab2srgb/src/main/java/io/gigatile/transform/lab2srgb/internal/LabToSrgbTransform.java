/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.lab2srgb.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.LimitExceededException;
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
 * Converts a CIE L*a*b* raster in TIFF's encoding (8-bit, 16-bit or float) to 8-bit sRGB with three bands,
 * with iipsrv's arithmetic. Takes no arguments (any given are ignored). The engine chooses this step from the
 * image, not the client, so a raster that is not L*a*b* passes through unchanged rather than failing.
 */
@Component(service = Transform.class)
@TransformName(transform = "lab2srgb")
@TransformStage(TransformStage.LAB2SRGB)
public final class LabToSrgbTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(LabToSrgbTransform.class);
    /** The largest array the JVMs we run on allocate. */
    private static final long MAX_SAMPLES = Integer.MAX_VALUE - 8;

    /** Made at the first CIELAB image: most servers never see one, and every start would pay for them. */
    private volatile LabConversion conversion;

    /** Made by Declarative Services. */
    @Activate
    public LabToSrgbTransform() {
        LOG.debug("lab2srgb transform active: iipsrv's D65 white, rounded to the nearest level");
    }

    private LabConversion conversion() {
        LabConversion tables = conversion;
        if (tables == null) {
            synchronized (this) {
                tables = conversion;
                if (tables == null) {
                    tables = new LabConversion(new SrgbCurve(), new EightBitLab());
                    conversion = tables;
                }
            }
        }
        return tables;
    }

    @Override
    public Raster apply(Raster input, List<String> arguments) {
        if (input.colourSpace() != ColourSpace.CIELAB) {
            LOG.debug("lab2srgb leaves a {} raster as it is", input.colourSpace());
            return input;
        }
        int pixels = input.width() * input.height();
        if (3L * pixels > MAX_SAMPLES) {
            throw new LimitExceededException("region too large to convert from CIE L*a*b*");
        }
        int bands = input.bands();
        LabConversion conversion = conversion();
        byte[] out;
        if (input.isByteBacked() && input.bitsPerSample() == 8) {
            out = conversion.bytes(input.bytes(), bands, pixels);
        } else if (input.sampleType() == SampleType.FLOAT) {
            out = conversion.floats(input.floats(), bands, pixels);
        } else if (!input.isByteBacked() && input.bitsPerSample() == 16) {
            out = conversion.shorts(input.shorts(), bands, pixels);
        } else {
            throw new UnsupportedFormatException("CIE L*a*b* images need 8 or 16-bit or float samples, not "
                    + input.bitsPerSample() + "-bit");
        }
        return Raster.ofBytes(input.width(), input.height(), 3, ColourSpace.SRGB, out);
    }
}
