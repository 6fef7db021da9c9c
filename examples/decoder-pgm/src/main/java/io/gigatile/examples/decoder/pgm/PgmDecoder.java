/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.examples.decoder.pgm;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageSource;
import io.gigatile.api.StoredImage;
import io.gigatile.api.propertytypes.ImageDecoderFormat;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Opens binary PGM and PPM images. The service properties come from {@link ImageDecoderFormat}: the engine picks
 * this decoder for files starting with {@code P5} or {@code P6}, or named {@code .pgm}, {@code .ppm}, {@code .pnm}.
 * Every image it opens names this bundle and its version as its software, so that an update shows.
 */
@Component(service = ImageDecoder.class)
@ImageDecoderFormat(format = "pgm", suffixes = {"pgm", "ppm", "pnm"}, signatures = {"5035", "5036"})
public final class PgmDecoder implements ImageDecoder {
    private final String software;

    /** @param context this bundle's context, for its version */
    @Activate
    public PgmDecoder(BundleContext context) {
        this("Gigatile example PGM decoder " + context.getBundle().getVersion());
    }

    /** @param software what images opened say made them */
    PgmDecoder(String software) {
        this.software = software;
    }

    @Override
    public ImageSource open(StoredImage image, ByteSource bytes) {
        return new PgmSource(PnmHeader.read(bytes), bytes, software);
    }
}
