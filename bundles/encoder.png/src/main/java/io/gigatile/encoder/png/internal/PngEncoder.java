/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.png.internal;

import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Encoder;
import io.gigatile.api.Raster;
import io.gigatile.api.propertytypes.EncoderFormat;
import java.io.IOException;
import java.io.OutputStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes grey, grey+alpha, RGB and RGBA rasters of 8 or 16 bits as PNG, chunk by chunk, deflating rows as they
 * are filtered. Only the JDK's zlib is used: no ImageIO, and nothing shared between calls but the configured
 * level, so concurrent calls are independent.
 */
@Component(configurationPid = "io.gigatile.encoder.png")
@Designate(ocd = PngEncoderConfig.class)
@EncoderFormat(format = "png", mediatype = "image/png")
public final class PngEncoder implements Encoder {
    /** iipsrv's PNG_QUALITY default: zlib level 1. */
    static final int DEFAULT_COMPRESSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(PngEncoder.class);

    /** Changed in place by a new configuration, so that the service is never unregistered for it. */
    private volatile int defaultLevel;

    /**
     * @param config the encoder's configuration
     */
    @Activate
    public PngEncoder(PngEncoderConfig config) {
        this(config.compression());
        LOG.debug("PNG encoder active: default compression level {}", defaultLevel);
    }

    PngEncoder(int defaultLevel) {
        this.defaultLevel = clamp(defaultLevel);
    }

    /**
     * A new configuration, taken while the service stays registered: no request meets a missing encoder.
     *
     * @param config the encoder's configuration
     */
    @Modified
    void modified(PngEncoderConfig config) {
        defaultLevel = clamp(config.compression());
        LOG.debug("PNG encoder reconfigured: default compression level {}", defaultLevel);
    }

    @Override
    public void encode(Raster raster, EncodeOptions options, OutputStream out) throws IOException {
        PngLayout layout = PngLayout.of(raster);
        int level = options.quality() < 0 ? defaultLevel : clamp(options.quality());
        PngChunks chunks = new PngChunks(out);
        chunks.signature();
        chunks.write("IHDR", PngMetadata.header(layout));
        if (layout.scaled()) {
            chunks.write("sBIT", PngMetadata.significantBits(layout));
        }
        byte[] icc = options.iccProfile();
        if (icc != null) {
            if (PngMetadata.profileFits(icc, layout)) {
                chunks.write("iCCP", PngMetadata.iccChunk(icc));
            } else {
                LOG.warn("ICC profile of {} bytes not embedded: it does not describe a PNG colour type {} image",
                        icc.length, layout.colourType());
            }
        }
        if (options.hasDpi()) {
            chunks.write("pHYs", PngMetadata.physicalSize(options.dpiX(), options.dpiY()));
        }
        if (options.xmp() != null) {
            chunks.write("iTXt", PngMetadata.xmpChunk(options.xmp()));
        }
        writePixels(raster, layout, level, chunks);
        chunks.write("IEND", new byte[0]);
    }

    private static void writePixels(Raster raster, PngLayout layout, int level, PngChunks chunks) throws IOException {
        Scanlines rows = new Scanlines(raster, layout);
        RowFilter filter = new RowFilter(layout.pixelBytes(), layout.rowBytes(), level > 0);
        try (IdatStream idat = new IdatStream(chunks, level)) {
            byte[] prior = null;
            for (int y = 0; y < layout.height(); y++) {
                byte[] row = rows.row(y);
                byte[] filtered = filter.filter(row, rows.offset(y), prior, y == 0 ? 0 : rows.offset(y - 1));
                idat.write(filtered, filter.length());
                prior = row;
            }
            idat.finish();
        }
    }

    private static int clamp(int level) {
        return Math.max(0, Math.min(9, level));
    }
}
