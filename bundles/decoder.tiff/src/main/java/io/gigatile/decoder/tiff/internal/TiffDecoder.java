/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageFile;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageSource;
import io.gigatile.api.propertytypes.ImageDecoderFormat;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens tiled TIFF and BigTIFF files, pyramids included, with its own directory parser and positional reads,
 * and hands out stored JPEG tiles for pass-through.
 */
@Component(service = ImageDecoder.class, configurationPid = "io.gigatile.decoder.tiff")
@ImageDecoderFormat(format = "tiff", suffixes = {"tif", "tiff", "ptif", "ptiff", "tpt"},
        signatures = {"49492A00", "4D4D002A", "49492B00", "4D4D002B"})
public final class TiffDecoder implements ImageDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(TiffDecoder.class);

    private final ImageReaderSpi jpegReader;

    /** Looks the JDK's JPEG reader up once, here, never per request. */
    @Activate
    public TiffDecoder() {
        this(jdkJpegReader());
        LOG.debug("TIFF decoder active; JPEG tiles decoded by {}",
                jpegReader == null ? "nothing (no JDK JPEG reader)" : jpegReader.getClass().getName());
    }

    /** @param jpegReader the JPEG reader provider for JPEG tiles, or null to refuse them */
    TiffDecoder(ImageReaderSpi jpegReader) {
        this.jpegReader = jpegReader;
    }

    @Override
    public ImageSource open(ImageFile image) {
        SharedFile file;
        try {
            file = SharedFile.open(image.path());
        } catch (NoSuchFileException e) {
            throw new ImageNotFoundException("image not found", e);
        } catch (IOException e) {
            throw new DecodeFailureException("cannot open the image file", e);
        }
        JpegReaders jpeg = jpegReader == null ? null : new JpegReaders(jpegReader);
        try {
            List<Ifd> ifds = IfdReader.read(file);
            List<TiffLevel> levels = Pyramid.levels(ifds, file, jpeg);
            return new TiffSource(file, InfoReader.read(ifds.get(0), levels), levels, jpeg);
        } catch (RuntimeException e) {
            file.close();
            if (jpeg != null) {
                jpeg.close();
            }
            if (e instanceof GigatileException) {
                throw e;
            }
            throw new DecodeFailureException("the TIFF file is malformed", e);
        }
    }

    /** The JDK's own reader: TwelveMonkeys' JPEG reader, if present, registers for the same format. */
    static ImageReaderSpi jdkJpegReader() {
        Iterator<ImageReaderSpi> found = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class,
                spi -> "java.desktop".equals(spi.getClass().getModule().getName())
                        && Arrays.asList(((ImageReaderSpi) spi).getFormatNames()).contains("jpeg"),
                true);
        return found.hasNext() ? found.next() : null;
    }
}
