/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.JpegCodec;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import io.gigatile.api.StackPage;
import io.gigatile.api.ViewAngles;
import io.gigatile.api.propertytypes.ImageDecoderFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens TIFF and BigTIFF files (pyramids, single images, strips, multi-page stacks) with its own directory
 * parser and positional reads, and hands out stored JPEG tiles for pass-through.
 */
@Component(service = ImageDecoder.class, configurationPid = "io.gigatile.decoder.tiff")
@ImageDecoderFormat(format = "tiff", suffixes = {"tif", "tiff", "ptif", "ptiff", "tpt"},
        signatures = {"49492A00", "4D4D002A", "49492B00", "4D4D002B"})
public final class TiffDecoder implements ImageDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(TiffDecoder.class);

    private final ImageReaderSpi jpegReader;
    private final ImageReaderSpi webpReader;
    private final Decompressor zstd;
    /** A faster JPEG codec (libjpeg-turbo) where one is deployed, asked on every JPEG tile, so it may come and go. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile JpegCodec jpegCodec;

    /** Looks the codecs up once, here, never per request. */
    @Activate
    public TiffDecoder() {
        this(jdkJpegReader(), WebpReaderSpi.find(), ZstdDecompressor.probe());
        LOG.debug("TIFF decoder active; JPEG tiles decoded by {}, WebP tiles by {}, Zstandard tiles {}",
                name(jpegReader), name(webpReader), zstd == null ? "refused" : "decoded");
    }

    /** @param jpegReader the JPEG reader provider for JPEG tiles, or null to refuse them */
    TiffDecoder(ImageReaderSpi jpegReader) {
        this(jpegReader, WebpReaderSpi.find(), ZstdDecompressor.probe());
    }

    /**
     * @param jpegReader the JPEG reader provider for JPEG tiles, or null to refuse them
     * @param webpReader the WebP reader provider for WebP tiles, or null to refuse them
     * @param zstd the Zstandard decompressor, or null to refuse Zstandard tiles
     */
    TiffDecoder(ImageReaderSpi jpegReader, ImageReaderSpi webpReader, Decompressor zstd) {
        this.jpegReader = jpegReader;
        this.webpReader = webpReader;
        this.zstd = zstd;
    }

    /**
     * @param jpegReader the JPEG reader provider, the fallback
     * @param jpegCodec the JPEG codec to use, as DS would bind it (tests)
     */
    TiffDecoder(ImageReaderSpi jpegReader, JpegCodec jpegCodec) {
        this(jpegReader);
        this.jpegCodec = jpegCodec;
    }

    @Override
    public ImageSource open(StoredImage image, ByteSource bytes) {
        SharedFile file = new SharedFile(bytes);
        Codecs codecs = null;
        try {
            IfdReader.Directories dirs = IfdReader.read(file);
            codecs = new Codecs(jpegReader, () -> jpegCodec, webpReader, zstd, dirs.order());
            return new TiffSource(file, codecs, images(dirs, file, codecs));
        } catch (RuntimeException e) {
            if (codecs != null) {
                codecs.close();
            }
            if (e instanceof GigatileException) {
                throw e;
            }
            throw new DecodeFailureException("the TIFF file is malformed", e);
        }
    }

    /** The first image must be readable; later pages that are not are left out of the stack. */
    private static List<TiffSource.Image> images(IfdReader.Directories dirs, SharedFile file, Codecs codecs) {
        List<Pages.Page> pages = Pages.of(dirs);
        List<Pages.Page> readable = new ArrayList<>();
        List<List<LevelReader>> levels = new ArrayList<>();
        for (Pages.Page page : pages) {
            try {
                levels.add(Pyramid.levels(page.ifd(), page.lower(), file, codecs));
                readable.add(page);
            } catch (GigatileException e) {
                // a storage failure says nothing of the page: leaving it out would cache a wrong stack
                if (readable.isEmpty() || e instanceof SourceUnavailableException) {
                    throw e;
                }
                LOG.debug("page {} of a TIFF stack left out: {}", pages.indexOf(page), e.getMessage());
            }
        }
        ViewAngles views = readable.size() == 1 ? ViewAngles.SINGLE
                : new ViewAngles(IntStream.range(0, readable.size()).boxed().toList(), List.of(90));
        // as iipsrv's TPTImage: each page's DocumentName and StoNits, for IIP's OBJ=stack
        List<StackPage> stack = readable.size() == 1 ? List.of() : readable.stream()
                .map(p -> new StackPage(p.ifd().text(Tag.DOCUMENT_NAME).orElse(""),
                        p.ifd().numbers(Tag.STO_NITS, 1).map(v -> v[0]).orElse(1.0)))
                .toList();
        List<TiffSource.Image> images = new ArrayList<>();
        for (int i = 0; i < readable.size(); i++) {
            Ifd ifd = readable.get(i).ifd();
            ImageInfo info = InfoReader.read(ifd, levels.get(i), SampleRange.of(ifd, levels.get(i)), views, stack);
            images.add(new TiffSource.Image(info, levels.get(i), info.iccProfile().orElse(null)));
        }
        return images;
    }

    private static String name(Object codec) {
        return codec == null ? "nothing" : codec.getClass().getName();
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
