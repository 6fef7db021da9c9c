/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.mirror.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.Transform;
import io.gigatile.api.propertytypes.TransformName;
import io.gigatile.api.propertytypes.TransformStage;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flips a raster left to right (IIIF's {@code !} mirroring, iipsrv's horizontal flip). Samples are moved, never
 * computed, so every sample type and band count is kept exactly.
 */
@Component
@TransformName(transform = "mirror")
@TransformStage(TransformStage.MIRROR)
public final class MirrorTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(MirrorTransform.class);

    /** Made by Declarative Services or by tests; there is nothing to configure. */
    @Activate
    public MirrorTransform() {
        LOG.debug("mirror transform active");
    }

    /**
     * @param input any raster
     * @param arguments none
     * @return a new raster, the mirror image of {@code input}
     * @throws BadRequestException if arguments are given
     */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        if (!arguments.isEmpty()) {
            throw new BadRequestException("mirror takes no arguments");
        }
        int w = input.width();
        int h = input.height();
        int bands = input.bands();
        if (input.isByteBacked()) {
            byte[] out = new byte[w * h * bands];
            Flip.bytes(input.bytes(), out, w, h, bands);
            return Raster.ofBytes(w, h, bands, input.bitsPerSample(), input.sampleType(), input.colourSpace(), out);
        }
        Object samples = samplesOf(input);
        if (samples instanceof short[] in) {
            short[] out = new short[in.length];
            Flip.shorts(in, out, w, h, bands);
            return Raster.ofShorts(w, h, bands, input.bitsPerSample(), input.sampleType(), input.colourSpace(), out);
        }
        if (samples instanceof int[] in) {
            int[] out = new int[in.length];
            Flip.ints(in, out, w, h, bands);
            return Raster.ofInts(w, h, bands, input.sampleType(), input.colourSpace(), out);
        }
        float[] in = (float[]) samples;
        float[] out = new float[in.length];
        Flip.floats(in, out, w, h, bands);
        return Raster.ofFloats(w, h, bands, input.colourSpace(), out);
    }

    /** The raster's array; its type follows from the sample format (see {@link Raster}). */
    private static Object samplesOf(Raster raster) {
        if (raster.sampleType() == SampleType.FLOAT) {
            return raster.floats();
        }
        return raster.bitsPerSample() <= 16 ? raster.shorts() : raster.ints();
    }
}
