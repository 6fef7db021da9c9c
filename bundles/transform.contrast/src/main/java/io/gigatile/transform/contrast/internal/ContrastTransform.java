/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.contrast.internal;

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
 * IIP's {@code CNT}: multiplies by a contrast factor and cuts the float pipeline to 8 bits, as iipsrv's
 * {@code Transform::contrast} (iip:src/Transforms.cc) ends its float processing in CVT.cc and JTL.cc. Each sample
 * becomes {@code v * (255 * c)} in single precision, clamped to 0..255 and truncated, so renders compare pixel for
 * pixel with iipsrv's; NaN is 0. Already 8-bit input is multiplied by {@code c} on its 0..255 scale, so the
 * transform works wherever a third party places it.
 */
@Component(service = Transform.class)
@TransformName(transform = "contrast")
@TransformStage(TransformStage.CONTRAST)
public final class ContrastTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(ContrastTransform.class);
    private static final String UNSUPPORTED = "contrast needs floating point or 8-bit samples";

    /** Made by Declarative Services or by tests; there is nothing to configure. */
    @Activate
    public ContrastTransform() {
        LOG.debug("contrast transform active");
    }

    /**
     * @param input floating point samples (normally 0..1), or 8-bit unsigned samples
     * @param arguments the contrast factor {@code c}, one finite decimal
     * @return a new 8-bit unsigned raster with the input's bands and colour space ({@code BILEVEL} becomes
     *         {@code GREY}), or {@code input} itself if it is 8-bit already and {@code c} is 1
     * @throws BadRequestException unless there is exactly one finite decimal argument
     * @throws UnsupportedFormatException (a feature) for integer samples other than 8-bit unsigned
     */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        float contrast = ContrastFactor.parse(arguments);
        byte[] out;
        if (input.sampleType() == SampleType.FLOAT) {
            out = fromFloats(input.floats(), contrast);
        } else if (input.isByteBacked() && input.bitsPerSample() == 8
                && input.sampleType() == SampleType.UNSIGNED) {
            if (contrast == 1f) {
                // v * 1 is v exactly and needs no clamping: nothing would change
                return input;
            }
            out = fromBytes(input.bytes(), contrast);
        } else {
            throw new UnsupportedFormatException(UNSUPPORTED, true);
        }
        ColourSpace space = input.colourSpace() == ColourSpace.BILEVEL ? ColourSpace.GREY : input.colourSpace();
        return Raster.ofBytes(input.width(), input.height(), input.bands(), space, out);
    }

    /** iipsrv's loop: the factor folded into 255 once, then one single-precision product per sample. */
    static byte[] fromFloats(float[] in, float contrast) {
        float scale = 255f * contrast;
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = clampTruncate(in[i] * scale);
        }
        return out;
    }

    /** 256 possible values: a table costs less than a product per sample. */
    static byte[] fromBytes(byte[] in, float contrast) {
        byte[] table = new byte[256];
        for (int v = 0; v < 256; v++) {
            table[v] = clampTruncate(v * contrast);
        }
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = table[in[i] & 0xFF];
        }
        return out;
    }

    /**
     * iipsrv clamps to 0..255 and casts to {@code unsigned char}, which truncates: 254.99 is 254. Its test
     * {@code v < 255} is false for NaN, which it makes 255; here NaN is 0, as the normalise step makes every
     * non-finite sample (iipsrv's normalize does too), so NaN arising later does not turn white.
     */
    static byte clampTruncate(float v) {
        if (!(v > 0f)) {
            return 0;
        }
        return v < 255f ? (byte) (int) v : (byte) 255;
    }
}
