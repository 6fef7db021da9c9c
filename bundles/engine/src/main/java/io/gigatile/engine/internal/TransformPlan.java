/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.Transform;
import io.gigatile.api.TransformContext;
import io.gigatile.api.propertytypes.TransformStage;
import java.util.List;

/**
 * One request's transforms in pipeline order, split around the engine's own steps: those before normalising
 * (lab2srgb), normalising (to 0..1 floats when any float stage follows, as iipsrv's float pipeline, else
 * straight to 8 bits), the stages up to resizing (which end in 8 bits), and those after resizing.
 */
final class TransformPlan {
    private final List<TransformChain.Bound> raw;
    private final List<TransformChain.Bound> processing;
    private final List<TransformChain.Bound> output;
    private final Transform normaliser;
    private final NormaliseRange range;
    private final boolean floats;
    private final boolean stretch;
    private final int margin;

    /**
     * @param steps every step, in stage order
     * @param normaliser the normalise service, null when the image and request need no normalising
     * @param range the input range to normalise, null with the normaliser
     * @param floats true to normalise to floats for the float stages
     * @param stretch true to replace the range by that of the image's histogram (IIP CNT=st)
     */
    TransformPlan(List<TransformChain.Bound> steps, Transform normaliser, NormaliseRange range, boolean floats,
            boolean stretch) {
        this.raw = steps.stream().filter(b -> b.stage() < TransformStage.NORMALISE).toList();
        this.processing = steps.stream()
                .filter(b -> b.stage() >= TransformStage.NORMALISE && b.stage() < TransformStage.RESIZE).toList();
        this.output = steps.stream().filter(b -> b.stage() >= TransformStage.RESIZE).toList();
        this.normaliser = normaliser;
        this.range = range;
        this.floats = floats;
        this.stretch = stretch;
        this.margin = processing.stream().mapToInt(b -> b.service().margin(b.step().arguments())).sum();
    }

    /** @return true if nothing is done to the pixels read */
    boolean isEmpty() {
        return normaliser == null && raw.isEmpty() && processing.isEmpty() && output.isEmpty();
    }

    /**
     * @return how many pixels of the image around the region the stages before resizing need on each side
     * @throws io.gigatile.api.BadRequestException if a transform finds its arguments invalid
     */
    int margin() {
        return margin;
    }

    /**
     * @param raster the samples read, with {@link #margin()} around the region where the image has it
     * @param context the request's image
     * @return 8-bit unsigned samples of the same size
     * @throws DecodeFailureException if a transform changed the size or left samples deeper than 8 bits
     */
    Raster beforeResize(Raster raster, TransformContext context) {
        Raster out = apply(raw, raster, context);
        if (normaliser != null) {
            NormaliseRange r = stretch ? range.stretched(context.histogram(), context.image()) : range;
            out = normaliser.apply(out, r.step(floats).arguments(), context);
        }
        out = apply(processing, out, context);
        if (out.width() != raster.width() || out.height() != raster.height()) {
            throw new DecodeFailureException("a transform changed the size of the region");
        }
        if (!out.isByteBacked() || out.bitsPerSample() != 8 || out.sampleType() != SampleType.UNSIGNED) {
            throw new DecodeFailureException("a transform left samples deeper than 8 bits before resizing");
        }
        return out;
    }

    /**
     * @param raster the resized 8-bit samples
     * @param context the request's image
     * @return the output's samples
     */
    Raster afterResize(Raster raster, TransformContext context) {
        return apply(output, raster, context);
    }

    private static Raster apply(List<TransformChain.Bound> steps, Raster raster, TransformContext context) {
        Raster out = raster;
        for (TransformChain.Bound b : steps) {
            out = b.service().apply(out, b.step().arguments(), context);
        }
        return out;
    }
}
