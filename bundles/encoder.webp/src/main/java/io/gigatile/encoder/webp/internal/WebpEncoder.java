/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.webp.internal;

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
 * Writes 8-bit grey, grey+alpha, RGB and RGBA rasters as WebP through libwebp's simple API: lossy at the request's
 * quality (or the configured one), lossless when the configured quality is -1; grey goes out as RGB, as WebP has
 * no grey. An ICC profile and XMP go into the extended format's chunks (see {@link WebpContainer}). Registered
 * only while libwebp is loaded (see {@link WebpLoader}). There is no Java WebP encoder to measure it against:
 * ImageIO plugins (TwelveMonkeys) read WebP but do not write it.
 */
@Component(configurationPid = "io.gigatile.encoder.webp")
@Designate(ocd = WebpEncoderConfig.class)
@EncoderFormat(format = "webp", mediatype = "image/webp")
public final class WebpEncoder implements Encoder {
    private static final Logger LOG = LoggerFactory.getLogger(WebpEncoder.class);

    private final WebpLibrary library;
    /** Changed in place by a new configuration, so that the service is never unregistered for it. */
    private volatile int defaultQuality;

    @Activate
    public WebpEncoder(@Reference WebpLibrary library, WebpEncoderConfig config) {
        this(library, config.quality());
        LOG.debug("WebP encoder active with {}: default quality {}", library, defaultQuality);
    }

    WebpEncoder(WebpLibrary library, int defaultQuality) {
        this.library = library;
        this.defaultQuality = clamp(defaultQuality);
    }

    @Modified
    void modified(WebpEncoderConfig config) {
        defaultQuality = clamp(config.quality());
    }

    @Override
    public void encode(Raster raster, EncodeOptions options, OutputStream out) throws IOException {
        if (!raster.isByteBacked() || raster.bitsPerSample() != 8 || raster.bands() > 4) {
            throw new UnsupportedFormatException("WebP output needs 8-bit grey or colour", true);
        }
        boolean alpha = raster.bands() == 2 || raster.bands() == 4;
        int quality = options.quality() < 0 ? defaultQuality : clamp(options.quality());
        byte[] webp = library.encode(Interleaved.rgb(raster), raster.width(), raster.height(), alpha, quality);
        byte[] xmp = options.xmp() == null ? null : options.xmp().getBytes(StandardCharsets.UTF_8);
        out.write(WebpContainer.withMetadata(webp, alpha, options.iccProfile(), xmp));
    }

    private static int clamp(int quality) {
        return Math.max(-1, Math.min(100, quality));
    }
}
