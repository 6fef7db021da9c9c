/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.Transform;
import io.gigatile.api.propertytypes.TransformStage;
import java.util.List;
import java.util.Map;

/**
 * Stand-ins for the transform bundles the engine's pipeline leans on: a normaliser with both of the real one's
 * modes (to 8 bits, rounded; to 0..1 floats) and a contrast that cuts floats to 8 bits, truncating, with its
 * factor. Simple arithmetic, so that tests can predict every sample; the bundles have their own tests.
 */
final class PipelineDoubles {
    /** The stage of each transform the engine knows by name, as the bundles declare them. */
    static final Map<String, Integer> STAGES = Map.ofEntries(Map.entry("lab2srgb", TransformStage.LAB2SRGB),
            Map.entry("normalise", TransformStage.NORMALISE), Map.entry("hillshade", TransformStage.HILLSHADE),
            Map.entry("twist", TransformStage.TWIST), Map.entry("gamma", TransformStage.GAMMA),
            Map.entry("invert", TransformStage.INVERT), Map.entry("colormap", TransformStage.COLORMAP),
            Map.entry("convolve", TransformStage.CONVOLVE), Map.entry("contrast", TransformStage.CONTRAST),
            Map.entry("greyscale", TransformStage.GREYSCALE), Map.entry("bitonal", TransformStage.BITONAL),
            Map.entry("equalise", TransformStage.EQUALISE), Map.entry("mirror", TransformStage.MIRROR),
            Map.entry("rotate", TransformStage.ROTATE), Map.entry("watermark", TransformStage.WATERMARK));

    private PipelineDoubles() {
    }

    /** @return a normaliser: {@code [float,] min0, max0, ...} */
    static Transform normaliser() {
        return (raster, arguments) -> {
            boolean floats = !arguments.isEmpty() && arguments.get(0).equals("float");
            List<String> pairs = floats ? arguments.subList(1, arguments.size()) : arguments;
            int n = raster.width() * raster.height() * raster.bands();
            float[] f = new float[n];
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                int band = i % raster.bands();
                double min = Double.parseDouble(pairs.get(2 * band));
                double max = Double.parseDouble(pairs.get(2 * band + 1));
                double v = (value(raster, i) - min) / (max - min);
                f[i] = (float) v;
                b[i] = (byte) Math.max(0, Math.min(255, Math.round(v * 255)));
            }
            return floats ? Raster.ofFloats(raster.width(), raster.height(), raster.bands(), raster.colourSpace(), f)
                    : Raster.ofBytes(raster.width(), raster.height(), raster.bands(), raster.colourSpace(), b);
        };
    }

    /** @return a contrast: floats times 255 times the factor, truncated and clamped */
    static Transform contrast() {
        return (raster, arguments) -> {
            float c = Float.parseFloat(arguments.get(0));
            float[] in = raster.floats();
            byte[] out = new byte[in.length];
            for (int i = 0; i < in.length; i++) {
                float v = in[i] * 255 * c;
                out[i] = (byte) (v < 255 ? (v > 0 ? (int) v : 0) : 255);
            }
            return Raster.ofBytes(raster.width(), raster.height(), raster.bands(), raster.colourSpace(), out);
        };
    }

    private static double value(Raster r, int i) {
        if (r.sampleType() == SampleType.FLOAT) {
            return r.floats()[i];
        }
        if (r.isByteBacked()) {
            return r.bytes()[i] & 0xFF;
        }
        return r.bitsPerSample() <= 16 ? r.shorts()[i] & 0xFFFF : Integer.toUnsignedLong(r.ints()[i]);
    }
}
