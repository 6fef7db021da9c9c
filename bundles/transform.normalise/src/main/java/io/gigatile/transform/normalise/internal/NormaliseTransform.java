/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.normalise.internal;

import io.gigatile.api.ColourSpace;
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
 * Maps each band's {@code min..max} linearly onto 8-bit unsigned samples, as iipsrv does for {@code MINMAX}
 * and for every image deeper than 8 bits; or onto 0..1 floats for the image processing stages. The engine's
 * one normaliser. Arguments: {@code min0, max0, min1, max1, ...}, one pair per band, after {@code float} for floats.
 * Keeps no state between calls.
 */
@Component(service = Transform.class)
@TransformName(transform = "normalise")
@TransformStage(TransformStage.NORMALISE)
public final class NormaliseTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(NormaliseTransform.class);
    /** The first argument that asks for floats. */
    static final String FLOAT = "float";

    /** Made by Declarative Services; the transform has nothing to configure. */
    @Activate
    public NormaliseTransform() {
        LOG.debug("normalise transform active");
    }

    /**
     * @param input any raster
     * @param arguments {@code min0, max0, ...} for 8-bit output, or {@code "float"} followed by them for the
     *        0..1 floats of iipsrv's float pipeline
     * @return the normalised raster
     */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        if (!arguments.isEmpty() && FLOAT.equals(arguments.get(0))) {
            return FloatNormaliser.apply(input, BandRanges.parse(arguments.subList(1, arguments.size()),
                    input.bands()));
        }
        BandRanges ranges = BandRanges.parse(arguments, input.bands());
        boolean signed = input.sampleType() == SampleType.SIGNED;
        byte[] out;
        if (input.isByteBacked()) {
            if (ranges.fullByteRange() && input.bitsPerSample() == 8 && !signed) {
                return input;
            }
            out = Normaliser.bytes(input.bytes(), signed, ranges);
        } else if (input.sampleType() == SampleType.FLOAT) {
            out = Normaliser.floats(input.floats(), ranges);
        } else if (input.bitsPerSample() <= 16) {
            out = Normaliser.shorts(input.shorts(), signed, ranges);
        } else {
            out = Normaliser.ints(input.ints(), signed, ranges);
        }
        ColourSpace space = input.colourSpace() == ColourSpace.BILEVEL ? ColourSpace.GREY : input.colourSpace();
        return Raster.ofBytes(input.width(), input.height(), input.bands(), space, out);
    }
}
