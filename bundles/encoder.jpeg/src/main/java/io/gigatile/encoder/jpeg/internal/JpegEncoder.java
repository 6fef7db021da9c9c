/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.jpeg.internal;

import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Encoder;
import io.gigatile.api.JpegCodec;
import io.gigatile.api.Raster;
import io.gigatile.api.propertytypes.EncoderFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes 8-bit grey and sRGB rasters as baseline JPEG, with a {@link JpegCodec} service where one is present
 * (libjpeg-turbo, several times faster), else with the JDK's codec: either way 4:2:0 chroma subsampling (libjpeg's
 * default, as iipsrv writes), quality on libjpeg's scale, ICC and XMP spliced in. A writer is made
 * per call from the service provider found once at construction, so concurrent calls share nothing mutable.
 */
@Component(configurationPid = "io.gigatile.encoder.jpeg")
@Designate(ocd = JpegEncoderConfig.class)
@EncoderFormat(format = "jpg", mediatype = "image/jpeg")
public final class JpegEncoder implements Encoder {
    /** iipsrv's JPEG_QUALITY default. */
    static final int DEFAULT_QUALITY = 75;
    /** The largest raster, in samples, given to the faster codec (its own limit is 512 Mi). */
    private static final long FAST_LIMIT = 1L << 28;

    private static final Logger LOG = LoggerFactory.getLogger(JpegEncoder.class);
    private static final String JDK_WRITER_SPI = "com.sun.imageio.plugins.jpeg.JPEGImageWriterSpi";

    private final ImageWriterSpi writerSpi;
    /** Changed in place by a new configuration, so that the service is never unregistered for it. */
    private volatile int defaultQuality;
    /** A faster codec (libjpeg-turbo) where one is deployed; the JDK's writer otherwise, and whenever it leaves. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile JpegCodec codec;

    /**
     * @param config the encoder's configuration
     */
    @Activate
    public JpegEncoder(JpegEncoderConfig config) {
        this(config.quality());
        LOG.debug("JPEG encoder active: default quality {}", defaultQuality);
    }

    JpegEncoder(int defaultQuality) {
        this.writerSpi = findJdkWriter();
        this.defaultQuality = clamp(defaultQuality);
    }

    /**
     * A new configuration, taken while the service stays registered: no request meets a missing encoder.
     *
     * @param config the encoder's configuration
     */
    @Modified
    void modified(JpegEncoderConfig config) {
        defaultQuality = clamp(config.quality());
        LOG.debug("JPEG encoder reconfigured: default quality {}", defaultQuality);
    }

    /**
     * @param defaultQuality quality when a request gives none
     * @param codec the codec to encode with, as DS would bind it (tests)
     */
    JpegEncoder(int defaultQuality, JpegCodec codec) {
        this(defaultQuality);
        this.codec = codec;
    }

    @Override
    public void encode(Raster raster, EncodeOptions options, OutputStream out) throws IOException {
        // the codec holds a whole picture in native memory: beyond what any request's size allows, the JDK writes
        JpegCodec fast = (long) raster.width() * raster.height() * raster.bands() <= FAST_LIMIT ? codec : null;
        BufferedImage image = fast == null ? JpegImages.of(raster) : null;
        byte[] icc = options.iccProfile();
        if (icc != null && !JpegSegments.iccFits(icc)) {
            LOG.warn("ICC profile of {} bytes not embedded: JPEG holds at most 255 chunks", icc.length);
            icc = null;
        }
        byte[] xmp = options.xmp() == null ? null : options.xmp().getBytes(StandardCharsets.UTF_8);
        if (xmp != null && !JpegSegments.xmpFits(xmp)) {
            LOG.warn("XMP packet of {} bytes not embedded: extended XMP is not written", xmp.length);
            xmp = null;
        }
        int quality = options.quality() < 0 ? defaultQuality : clamp(options.quality());
        if (fast != null) {
            byte[] jpeg = fast.encode(JpegImages.colours(raster), raster.width(), raster.height(),
                    raster.bands() <= 2 ? 1 : 3, quality);
            if (options.hasDpi()) {
                JpegSegments.setDensity(jpeg, jpeg.length, options.dpiX(), options.dpiY());
            }
            if (icc == null && xmp == null) {
                out.write(jpeg);
            } else {
                JpegSegments.writeWith(jpeg, jpeg.length, icc, xmp, out);
            }
            return;
        }
        if (icc == null && xmp == null && !options.hasDpi()) {
            write(image, quality, out);
            return;
        }
        Buffer buffer = new Buffer(raster.width() * raster.height() / 8 + 1024);
        write(image, quality, buffer);
        if (options.hasDpi()) {
            JpegSegments.setDensity(buffer.bytes(), buffer.size(), options.dpiX(), options.dpiY());
        }
        JpegSegments.writeWith(buffer.bytes(), buffer.size(), icc, xmp, out);
    }

    private void write(BufferedImage image, int quality, OutputStream out) throws IOException {
        ImageWriter writer = writerSpi.createWriterInstance();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static int clamp(int quality) {
        return Math.max(1, Math.min(100, quality));
    }

    private static ImageWriterSpi findJdkWriter() {
        Iterator<ImageWriterSpi> providers = IIORegistry.getDefaultInstance()
                .getServiceProviders(ImageWriterSpi.class, true);
        while (providers.hasNext()) {
            ImageWriterSpi spi = providers.next();
            boolean jpeg = Arrays.stream(spi.getFormatNames())
                    .anyMatch(name -> name.toLowerCase(Locale.ROOT).equals("jpeg"));
            if (jpeg && spi.getClass().getName().equals(JDK_WRITER_SPI)) {
                return spi;
            }
        }
        throw new IllegalStateException("the JDK's JPEG writer (" + JDK_WRITER_SPI + ") is not available");
    }

    /** Exposes its array so the segments can be spliced without another copy. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer(int capacity) {
            super(capacity);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
