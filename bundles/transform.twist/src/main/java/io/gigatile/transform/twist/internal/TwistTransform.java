/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.twist.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.Transform;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformName;
import io.gigatile.api.propertytypes.TransformStage;
import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Colour twist, IIP's {@code CTW}: output band {@code k} is {@code sum_j m[k][j] * in[j]}, with iipsrv's
 * arithmetic (iip:src/Transforms.cc {@code twist}) so renders match iipsrv's: single precision, summed from 0 in
 * column order, zero coefficients skipped. A row shorter than the input's bands uses only the first bands; a
 * longer row's extra coefficients are ignored, as in iipsrv.
 */
@Component(service = Transform.class)
@TransformName(transform = "twist")
@TransformStage(TransformStage.TWIST)
public final class TwistTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(TwistTransform.class);
    /** The most elements a Java array can hold on common virtual machines. */
    private static final int MAX_SAMPLES = Integer.MAX_VALUE - 8;

    /** Made by Declarative Services or by tests; there is nothing to configure. */
    @Activate
    public TwistTransform() {
        LOG.debug("twist transform active");
    }

    /**
     * @param input floating point samples, normally 0..1, any bands
     * @param arguments one per output band: that row's coefficients, comma-separated decimals
     * @return a new floating point raster with one band per row: grey for one, sRGB for three, multiband else
     * @throws BadRequestException if the matrix is malformed (see {@link TwistMatrix#parse})
     * @throws UnsupportedFormatException (a feature) if the samples are not floating point
     * @throws LimitExceededException if the output would not fit in one array
     */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        float[][] matrix = TwistMatrix.parse(arguments);
        if (input.sampleType() != SampleType.FLOAT) {
            throw new UnsupportedFormatException("twist needs floating point samples", true);
        }
        int bands = input.bands();
        int outBands = matrix.length;
        float[][] rows = new float[outBands][];
        for (int k = 0; k < outBands; k++) {
            // iipsrv's row_sizes: the coefficients beyond the input's bands have nothing to multiply
            rows[k] = matrix[k].length > bands ? Arrays.copyOf(matrix[k], bands) : matrix[k];
        }
        float[] in = input.floats();
        int pixels = input.width() * input.height();
        if ((long) pixels * outBands > MAX_SAMPLES) {
            // up to 64 rows can multiply a region's size many times over; refuse rather than overflow an array
            throw new LimitExceededException("twist output is too large");
        }
        float[] out = new float[pixels * outBands];
        for (int p = 0, i = 0, o = 0; p < pixels; p++, i += bands, o += outBands) {
            for (int k = 0; k < outBands; k++) {
                out[o + k] = twist(rows[k], in, i);
            }
        }
        return Raster.ofFloats(input.width(), input.height(), outBands, space(outBands), out);
    }

    /**
     * One output sample. Skipping zero coefficients is not only iipsrv's shortcut: it keeps an infinite or NaN
     * sample in a band the row does not use from poisoning the result (0 * inf is NaN).
     */
    static float twist(float[] row, float[] in, int offset) {
        float sum = 0f;
        for (int j = 0; j < row.length; j++) {
            float m = row[j];
            if (m != 0f) {
                sum += in[offset + j] * m;
            }
        }
        return sum;
    }

    private static ColourSpace space(int bands) {
        if (bands == 1) {
            return ColourSpace.GREY;
        }
        return bands == 3 ? ColourSpace.SRGB : ColourSpace.MULTIBAND;
    }
}
