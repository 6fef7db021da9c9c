/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.convolve.internal;

import io.gigatile.api.BadRequestException;
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
 * Convolution, IIP's {@code CNV}, with iipsrv's arithmetic (iip:src/Transforms.cc {@code convolution}) so renders
 * match iipsrv's: each band on its own, single-precision products summed in double row by row, divided by the
 * kernel's sum when that is positive. Outside the raster the edge pixels are repeated. The engine reads
 * {@link #margin(List)} more pixels around the region where the image has them, so only the image's own edges are
 * extended and neighbouring tiles join without seams.
 */
@Component(service = Transform.class)
@TransformName(transform = "convolve")
@TransformStage(TransformStage.CONVOLVE)
public final class ConvolveTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(ConvolveTransform.class);

    /** Made by Declarative Services or by tests; there is nothing to configure. */
    @Activate
    public ConvolveTransform() {
        LOG.debug("convolve transform active");
    }

    /**
     * @param input floating point samples, normally 0..1, any bands
     * @param arguments a kernel name (sobel, prewitt, scharr, laplace, gaussian, sharpen, emboss; any case), or
     *        1, 9 or 25 decimals, the kernel row by row
     * @return a new floating point raster of the same shape and colour space
     * @throws BadRequestException if the kernel is malformed
     * @throws UnsupportedFormatException (a feature) if the samples are not floating point
     */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        Kernel kernel = Kernel.parse(arguments);
        if (input.sampleType() != SampleType.FLOAT) {
            throw new UnsupportedFormatException("convolve needs floating point samples", true);
        }
        float[] out = convolve(input.floats(), input.width(), input.height(), input.bands(), kernel);
        return Raster.ofFloats(input.width(), input.height(), input.bands(), input.colourSpace(), out);
    }

    /**
     * @param arguments as for {@link #apply(Raster, List)}
     * @return half the kernel's side: the pixels beyond the region its edge pixels read
     * @throws BadRequestException if the kernel is malformed
     */
    @Override
    public int margin(List<String> arguments) {
        return Kernel.parse(arguments).side() / 2;
    }

    static float[] convolve(float[] in, int width, int height, int bands, Kernel kernel) {
        int side = kernel.side();
        int half = side / 2;
        float[] k = kernel.values();
        double total = kernel.total();
        // where each kernel row and column reads, edges clamped once here rather than per sample
        int[] rows = new int[height + 2 * half];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = clamp(i - half, height) * width * bands;
        }
        int[] columns = new int[width + 2 * half];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = clamp(i - half, width) * bands;
        }
        float[] out = new float[in.length];
        int n = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < bands; c++) {
                    double v = 0;
                    for (int fy = 0; fy < side; fy++) {
                        int row = rows[y + fy] + c;
                        for (int fx = 0; fx < side; fx++) {
                            // the product is a float, as iipsrv's float * float is, before the double sum
                            v += in[row + columns[x + fx]] * k[fy * side + fx];
                        }
                    }
                    // iipsrv leaves zero-sum kernels (edge detectors) and negative sums undivided
                    out[n++] = (float) (total > 0 ? v / total : v);
                }
            }
        }
        return out;
    }

    private static int clamp(int i, int size) {
        return Math.max(0, Math.min(size - 1, i));
    }
}
