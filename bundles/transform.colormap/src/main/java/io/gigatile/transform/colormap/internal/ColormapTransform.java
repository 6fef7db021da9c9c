/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.colormap.internal;

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
 * A colour map over the first band, IIP's {@code CMP}, as iipsrv computes it: each pixel's first sample becomes
 * three sRGB samples by one of the {@link Colormap}s. The other bands, alpha included, are dropped, as in iipsrv.
 */
@Component(service = Transform.class)
@TransformName(transform = "colormap")
@TransformStage(TransformStage.COLORMAP)
public final class ColormapTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(ColormapTransform.class);

    /** Made by Declarative Services or by tests; there is nothing to configure. */
    @Activate
    public ColormapTransform() {
        LOG.debug("colormap transform active");
    }

    /**
     * @param input floating point samples, normally 0..1, any bands; only the first is read
     * @param arguments one map: hot, cold, jet, red, green or blue, in any case
     * @return a new 3-band sRGB floating point raster of the same width and height
     * @throws BadRequestException for other arguments
     * @throws UnsupportedFormatException (a feature) if the samples are not floating point
     */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        if (arguments.size() != 1) {
            throw new BadRequestException("colormap needs one argument, the map's name");
        }
        Colormap map = Colormap.named(arguments.get(0))
                .orElseThrow(() -> new BadRequestException("colormap needs hot, cold, jet, red, green or blue"));
        if (input.sampleType() != SampleType.FLOAT) {
            throw new UnsupportedFormatException("colormap needs floating point samples", true);
        }
        int bands = input.bands();
        float[] in = input.floats();
        float[] out = new float[in.length / bands * 3];
        for (int i = 0, o = 0; i < in.length; i += bands, o += 3) {
            map.map(in[i], out, o);
        }
        return Raster.ofFloats(input.width(), input.height(), 3, ColourSpace.SRGB, out);
    }
}
