/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.avif.internal;

import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Encoder;
import io.gigatile.api.Raster;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.EncoderFormat;
import io.gigatile.nativelib.Interleaved;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes 8-bit grey, grey+alpha, RGB and RGBA rasters as AVIF through libavif: at the request's quality (or the
 * configured one), lossless when it is -1; grey as luma alone (4:0:0), colour as 4:2:0, or 4:4:4 when lossless;
 * sRGB's colour code points, or the ICC profile when the request has one; XMP kept. Registered only while libavif
 * is loaded (see {@link AvifLoader}). There is no Java AVIF encoder to weigh it against.
 */
@Component(configurationPid = "io.gigatile.encoder.avif")
@Designate(ocd = AvifEncoderConfig.class)
@EncoderFormat(format = "avif", mediatype = "image/avif")
public final class AvifEncoder implements Encoder {
    private static final Logger LOG = LoggerFactory.getLogger(AvifEncoder.class);
    /** libavif's codec choices for iipsrv's AVIF_CODEC numbers: auto, aom, rav1e, SVT-AV1. */
    private static final int[] CODECS = {0, 1, 4, 5};

    private final AvifLibrary library;
    /** Replaced whole by a new configuration, so that the service is never unregistered for it. */
    private volatile AvifLibrary.Settings defaults;

    /**
     * @param library libavif, loaded
     * @param config the configuration
     */
    @Activate
    public AvifEncoder(@Reference AvifLibrary library, AvifEncoderConfig config) {
        this(library, config.quality(), config.codec(), config.speed());
        LOG.debug("AVIF encoder active with {}: {}", library, defaults);
    }

    AvifEncoder(AvifLibrary library, int quality, int codec, int speed) {
        this.library = library;
        this.defaults = settings(library, quality, codec, speed);
    }

    @Modified
    void modified(AvifEncoderConfig config) {
        defaults = settings(library, config.quality(), config.codec(), config.speed());
    }

    private static AvifLibrary.Settings settings(AvifLibrary library, int quality, int codec, int speed) {
        int choice = codec >= 0 && codec < CODECS.length ? CODECS[codec] : 0;
        if (library.codecName(choice) == null) {
            LOG.warn("AVIF codec {} is not in this libavif; the first one present ({}) is used", codec,
                    library.codecName(0));
            choice = 0;
        }
        return new AvifLibrary.Settings(clamp(quality), choice, Math.max(0, Math.min(10, speed)));
    }

    @Override
    public void encode(Raster raster, EncodeOptions options, OutputStream out) throws IOException {
        if (!raster.isByteBacked() || raster.bitsPerSample() != 8 || raster.bands() > 4) {
            throw new UnsupportedFormatException("AVIF output needs 8-bit grey or colour", true);
        }
        boolean alpha = raster.bands() == 2 || raster.bands() == 4;
        AvifLibrary.Settings now = defaults;
        AvifLibrary.Settings settings = options.quality() < 0 ? now
                : new AvifLibrary.Settings(clamp(options.quality()), now.codec(), now.speed());
        byte[] xmp = options.xmp() == null ? null : options.xmp().getBytes(StandardCharsets.UTF_8);
        out.write(library.encode(Interleaved.rgb(raster), raster.width(), raster.height(), alpha, raster.bands() < 3,
                settings, options.iccProfile(), xmp));
    }

    private static int clamp(int quality) {
        return Math.max(-1, Math.min(100, quality));
    }
}
