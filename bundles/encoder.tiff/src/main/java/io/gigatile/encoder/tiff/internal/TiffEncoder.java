/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Encoder;
import io.gigatile.api.Raster;
import io.gigatile.api.UnsupportedFormatException;
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
 * Writes rasters as baseline TIFF (little-endian, chunky, one strip per block of rows): grey, RGB and any other
 * band count, bands beyond the colour ones as extra samples (alpha when there is one), 8, 16 and 32-bit integer
 * and 32-bit float samples, uncompressed, LZW-compressed or deflated (iipsrv's default), as configured or as the
 * request names (IIP's {@code QLT=lzw:0}). Nothing is shared between calls but the
 * configured defaults, so concurrent calls are independent.
 */
@Component(configurationPid = "io.gigatile.encoder.tiff")
@Designate(ocd = TiffEncoderConfig.class)
@EncoderFormat(format = "tif", mediatype = "image/tiff")
public final class TiffEncoder implements Encoder {
    /** iipsrv's TIFF_COMPRESSION codes this encoder writes. */
    static final int NONE = 0;
    static final int LZW = 1;
    static final int DEFLATE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(TiffEncoder.class);

    /** Changed in place by a new configuration, so that the service is never unregistered for it. */
    private volatile Defaults defaults;

    /** What a request that names no compression or quality gets. */
    private record Defaults(TiffCompression compression, int level) {
    }

    /** @param config the encoder's configuration */
    @Activate
    public TiffEncoder(TiffEncoderConfig config) {
        modified(config);
    }

    TiffEncoder(int compression, int level) {
        this.defaults = defaults(compression, level);
    }

    /** @param config a new configuration, taken while the service stays registered */
    @Modified
    void modified(TiffEncoderConfig config) {
        defaults = defaults(config.compression(), config.quality());
        LOG.debug("TIFF encoder configured: {}", defaults);
    }

    private static Defaults defaults(int code, int level) {
        TiffCompression compression = TiffCompression.ofCode(code).orElseGet(() -> {
            LOG.warn("TIFF compression {} is not written by this server; deflate is used", code);
            return TiffCompression.DEFLATE;
        });
        return new Defaults(compression, clamp(level));
    }

    /**
     * @throws UnsupportedFormatException (a feature) for a compression the request names that this encoder does
     *         not write (JPEG, WebP or Zstandard inside TIFF)
     */
    @Override
    public void encode(Raster raster, EncodeOptions options, OutputStream out) throws IOException {
        Defaults d = defaults;
        TiffCompression compression = options.compression() == null ? d.compression()
                : TiffCompression.ofName(options.compression()).orElseThrow(() -> new UnsupportedFormatException(
                        "TIFF output with " + options.compression() + " compression is not supported", true));
        int level = options.quality() < 0 ? d.level() : clamp(options.quality());
        TiffStrips strips = TiffStrips.of(raster, compression, level);
        new TiffDirectory(raster, strips, options).write(out);
    }

    private static int clamp(int level) {
        return Math.max(0, Math.min(9, level));
    }
}
