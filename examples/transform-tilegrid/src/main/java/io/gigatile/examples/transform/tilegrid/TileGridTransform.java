/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.examples.transform.tilegrid;

import io.gigatile.api.Raster;
import io.gigatile.api.Transform;
import io.gigatile.api.propertytypes.TransformAlways;
import io.gigatile.api.propertytypes.TransformName;
import io.gigatile.api.propertytypes.TransformStage;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outlines every rendered tile and region with a line {@link #WIDTH} pixels wide, black on every band, so that a
 * viewer shows where tiles join. {@link TransformAlways} makes the engine apply it to every rendering while the
 * bundle is present (no request names it) and empty its response caches when it comes and goes;
 * {@link TransformStage} places it last, where the output is 8-bit at its final size. Other sample types pass
 * unchanged.
 */
@Component(service = Transform.class)
@TransformName(transform = "tilegrid")
@TransformStage(TransformStage.WATERMARK + 10)
@TransformAlways
public final class TileGridTransform implements Transform {
    /** Pixels of outline on each edge. */
    static final int WIDTH = 2;
    private static final Logger LOG = LoggerFactory.getLogger(TileGridTransform.class);

    private final String name;

    /** An overlay that changes every image served must never be on unnoticed: it says so in the log. */
    @Activate
    public TileGridTransform(BundleContext context) {
        this(context.getBundle().getVersion());
        LOG.warn("{} outlines every tile and region served until its bundle is removed", name);
    }

    TileGridTransform(Version version) {
        this.name = "tile grid " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    }

    @Deactivate
    void deactivate() {
        LOG.warn("{} removed: tiles are served without outlines", name);
    }

    @Override
    public Raster apply(Raster input, List<String> arguments) {
        if (!input.isByteBacked()) {
            return input;
        }
        int w = input.width();
        int h = input.height();
        int bands = input.bands();
        byte[] out = input.bytes().clone();
        for (int y = 0; y < h; y++) {
            boolean edgeRow = y < WIDTH || y >= h - WIDTH;
            for (int x = 0; x < w; x++) {
                if (edgeRow || x < WIDTH || x >= w - WIDTH) {
                    int at = (y * w + x) * bands;
                    for (int b = 0; b < bands; b++) {
                        out[at + b] = 0;
                    }
                }
            }
        }
        return Raster.ofBytes(w, h, bands, input.bitsPerSample(), input.sampleType(), input.colourSpace(), out);
    }
}
