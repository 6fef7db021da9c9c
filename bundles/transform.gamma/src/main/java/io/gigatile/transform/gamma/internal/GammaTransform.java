/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.gamma.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.Transform;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformName;
import io.gigatile.api.propertytypes.TransformStage;
import java.util.List;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gamma or logarithm on floating point samples, IIP's {@code GAM}, with iipsrv's arithmetic
 * (iip:src/Transforms.cc {@code gamma} and {@code log}) so renders match iipsrv's: {@code pow(max(v, 0), g)} for a
 * number, {@code ln(1 + 255 v) / ln(256)} for {@code log} and, as in iipsrv, for -1. Every band is transformed,
 * alpha included, as in iipsrv.
 */
@Component(service = Transform.class)
@TransformName(transform = "gamma")
@TransformStage(TransformStage.GAMMA)
public final class GammaTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(GammaTransform.class);
    /** iipsrv's exponent for the logarithm (iip:src/Task.cc GAM): GAM=-1 asks for the logarithm, not 1/v. */
    private static final float LOGARITHM = -1;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");
    /**
     * iipsrv scales as if the samples were 0..255, where the logarithm is less linear than on 0..1; dividing by
     * ln(256) keeps 1 at 1. Rounded as iipsrv rounds it: {@code logf} in float, the division in double.
     */
    private static final float LOG_SCALE = (float) (1.0 / (float) Math.log(256.0));

    /** Made by Declarative Services or by tests; there is nothing to configure. */
    @Activate
    public GammaTransform() {
        LOG.debug("gamma transform active");
    }

    /**
     * @param input floating point samples, normally 0..1, any bands
     * @param arguments {@code log} (or iipsrv's {@code logarithm}, any case), or one finite decimal exponent; -1
     *        is the logarithm too
     * @return a new raster of the same shape, or {@code input} itself for an exponent of 1, whatever its samples
     * @throws BadRequestException for other arguments
     * @throws UnsupportedFormatException (a feature) if the samples are not floating point
     */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        if (arguments.size() != 1) {
            throw new BadRequestException("gamma needs one argument, a number or log");
        }
        String argument = arguments.get(0);
        boolean named = "log".equalsIgnoreCase(argument) || "logarithm".equalsIgnoreCase(argument);
        float g = named ? LOGARITHM : exponent(argument);
        if (g == 1) {
            return input;
        }
        if (input.sampleType() != SampleType.FLOAT) {
            throw new UnsupportedFormatException("gamma needs floating point samples", true);
        }
        float[] in = input.floats();
        float[] out = new float[in.length];
        if (g == LOGARITHM) {
            for (int i = 0; i < in.length; i++) {
                // logf takes a float: 1 + v is rounded to float before the logarithm, as in iipsrv
                out[i] = LOG_SCALE * (float) Math.log((float) (1.0 + in[i] * 255f));
            }
        } else {
            for (int i = 0; i < in.length; i++) {
                float v = in[i];
                // not Math.max, which makes -0 into 0: iipsrv's pow(-0, -3) is -infinity
                out[i] = (float) Math.pow(v < 0 ? 0f : v, g);
            }
        }
        return Raster.ofFloats(input.width(), input.height(), input.bands(), input.colourSpace(), out);
    }

    /**
     * iipsrv reads the exponent with {@code atof} into a float, and so does this (through a double), but refuses
     * what {@code atof} would quietly read as 0.
     */
    private static float exponent(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new BadRequestException("gamma needs a number or log");
        }
        float g = (float) Double.parseDouble(text);
        if (!Float.isFinite(g)) {
            throw new BadRequestException("gamma is out of range");
        }
        return g;
    }
}
