/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.SampleType;
import io.gigatile.api.TransformStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The input range of each band that normalising maps onto 0 to 255: the image's own minimum and maximum
 * values, replaced band by band by the arguments of the request's {@code normalise} steps (IIP's MINMAX). Its
 * {@link #step()} is what the {@code normalise} transform receives: {@code [min0, max0, min1, max1, ...]}.
 *
 * @param min the lowest value of each band
 * @param max the highest value of each band
 */
record NormaliseRange(double[] min, double[] max) {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");

    /**
     * @param info the image (the view) being read
     * @param requested the request's {@code normalise} steps, later ones overriding earlier ones
     * @return the range of every band
     * @throws BadRequestException if a step's arguments are not pairs of numbers for bands the image has
     */
    static NormaliseRange of(ImageInfo info, List<TransformStep> requested) {
        int bands = info.bands();
        double[] min = new double[bands];
        double[] max = new double[bands];
        for (int b = 0; b < bands; b++) {
            // a float image whose range could not be measured must still render something
            min[b] = Double.isFinite(info.minValue(b)) ? info.minValue(b) : 0;
            max[b] = Double.isFinite(info.maxValue(b)) ? info.maxValue(b) : 1;
        }
        override(min, max, requested);
        return new NormaliseRange(min, max);
    }

    private static void override(double[] min, double[] max, List<TransformStep> requested) {
        int bands = min.length;
        for (TransformStep step : requested) {
            List<String> args = step.arguments();
            if (args.size() % 2 != 0) {
                throw new BadRequestException("normalise needs a minimum and a maximum for each band");
            }
            if (args.size() / 2 > bands) {
                throw new BadRequestException("normalise names more bands than the image has");
            }
            for (int i = 0; i < args.size(); i += 2) {
                min[i / 2] = number(args.get(i));
                max[i / 2] = number(args.get(i + 1));
            }
        }
    }

    /**
     * The range of 8-bit samples (what lab2srgb makes of CIELAB images), as the request's steps change it.
     *
     * @param bands the bands
     * @param requested the request's {@code normalise} steps
     * @return the range of every band
     */
    static NormaliseRange bytes(int bands, List<TransformStep> requested) {
        double[] min = new double[bands];
        double[] max = new double[bands];
        Arrays.fill(max, 255);
        override(min, max, requested);
        return new NormaliseRange(min, max);
    }

    /**
     * IIP's contrast stretch, as iipsrv computes it (CVT.cc): every band's range becomes that of the image's
     * histogram's first and last non-empty bins; bins are 8-bit values, so for unsigned samples of 8 bits or more
     * they are shifted up to the image's depth. For other samples (float, signed, fewer bits) iipsrv's shift makes
     * no sense, so the bins are mapped back through each band's range instead.
     *
     * @param histogram the image's 256-bin histogram
     * @param info the image
     * @return the stretched range; this range if the histogram is empty
     */
    NormaliseRange stretched(int[] histogram, ImageInfo info) {
        int n0 = 0;
        while (n0 < histogram.length && histogram[n0] == 0) {
            n0++;
        }
        if (n0 == histogram.length) {
            return this;
        }
        int n1 = histogram.length - 1;
        while (histogram[n1] == 0) {
            n1--;
        }
        int bits = info.bitsPerSample();
        boolean shift = info.sampleType() == SampleType.UNSIGNED && bits >= 8
                && info.colourSpace() != ColourSpace.CIELAB;
        double[] lo = new double[min.length];
        double[] hi = new double[max.length];
        for (int b = 0; b < min.length; b++) {
            if (shift) {
                lo[b] = (double) n0 * (1L << (bits - 8));
                hi[b] = (double) n1 * (1L << (bits - 8));
            } else {
                lo[b] = min[b] + (max[b] - min[b]) * n0 / 255;
                hi[b] = min[b] + (max[b] - min[b]) * n1 / 255;
            }
        }
        return new NormaliseRange(lo, hi);
    }

    /**
     * @param floats true to ask for 0..1 floating point samples, false for 8-bit ones
     * @return the {@code normalise} step with every band's range as plain decimal text, after {@code "float"}
     *         when floats are asked for
     */
    TransformStep step(boolean floats) {
        List<String> args = new ArrayList<>(min.length * 2 + 1);
        if (floats) {
            args.add("float");
        }
        for (int b = 0; b < min.length; b++) {
            args.add(text(min[b]));
            args.add(text(max[b]));
        }
        return new TransformStep(TransformChain.NORMALISE, args);
    }

    private static double number(String text) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new BadRequestException("normalise needs decimal numbers");
        }
        double value = Double.parseDouble(t);
        if (!Double.isFinite(value)) {
            throw new BadRequestException("normalise range is out of bounds");
        }
        return value;
    }

    private static String text(double value) {
        return value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
