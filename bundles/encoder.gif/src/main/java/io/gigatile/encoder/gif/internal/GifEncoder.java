/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.gif.internal;

import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Encoder;
import io.gigatile.api.Raster;
import io.gigatile.api.propertytypes.EncoderFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.osgi.service.component.annotations.Component;

/**
 * Writes GIF with the JDK's GIF writer, found once by its class rather than looked up per request: grey images
 * with a grey palette, colour ones reduced to 256 colours by the writer. GIF has no quality setting, ICC
 * profile or XMP that viewers read, so those options are ignored. A writer instance per call, so concurrent calls
 * are independent.
 */
@Component
@EncoderFormat(format = "gif", mediatype = "image/gif")
public final class GifEncoder implements Encoder {
    private static final String JDK_WRITER_SPI = "com.sun.imageio.plugins.gif.GIFImageWriterSpi";

    private final ImageWriterSpi writerSpi;

    public GifEncoder() {
        this.writerSpi = findJdkWriter();
    }

    @Override
    public void encode(Raster raster, EncodeOptions options, OutputStream out) throws IOException {
        ImageWriter writer = writerSpi.createWriterInstance();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(GifImages.of(raster), null, null), null);
        } finally {
            writer.dispose();
        }
    }

    private static ImageWriterSpi findJdkWriter() {
        Iterator<ImageWriterSpi> providers = IIORegistry.getDefaultInstance()
                .getServiceProviders(ImageWriterSpi.class, true);
        while (providers.hasNext()) {
            ImageWriterSpi spi = providers.next();
            if (spi.getClass().getName().equals(JDK_WRITER_SPI)) {
                return spi;
            }
        }
        throw new IllegalStateException("the JDK's GIF writer (" + JDK_WRITER_SPI + ") is not available");
    }
}
