/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageSource;
import io.gigatile.api.StoredImage;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.ImageDecoderFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.spi.ImageReaderSpi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens every image an ImageIO reader recognises: the readers the service loader registrar publishes as services for ImageIO plugin
 * bundles (TwelveMonkeys' JPEG with CMYK, WebP, PSD, and any deployed later), then the JDK's own (JPEG, PNG, GIF,
 * BMP). Ranked below every dedicated decoder, so that it serves only what nothing better claims.
 */
@Component(service = ImageDecoder.class, configurationPid = ImageIoDecoder.PID)
@Designate(ocd = ImageIoDecoderConfig.class)
@ImageDecoderFormat(format = "imageio",
        suffixes = {"jpg", "jpeg", "jpe", "jfif", "png", "gif", "bmp", "dib", "webp", "psd"},
        signatures = {"FFD8FF", "89504E470D0A1A0A", "474946383761", "474946383961", "424D", "52494646",
            "38425053"})
@ServiceRanking(ImageIoDecoder.RANKING)
public final class ImageIoDecoder implements ImageDecoder {
    static final String PID = "io.gigatile.decoder.imageio";
    /** Below the dedicated decoders (TIFF, JPEG 2000: 0 and up). */
    static final int RANKING = -100;
    static final int TILE_SIZE = 256;
    private static final Logger LOG = LoggerFactory.getLogger(ImageIoDecoder.class);

    private final ReaderProviders providers;
    private final SourceOpener opener;
    private final StripCache cache;

    /** @param config the component configuration */
    @Activate
    public ImageIoDecoder(ImageIoDecoderConfig config) {
        this(new ReaderProviders(ReaderProviders.jdkProviders(), Set.of(config.excludedFormats())),
                new Limits(config.maxImageMegapixels() * 1_000_000L, config.maxReadMegapixels() * 1_000_000L,
                        config.maxWholeDecodeMegapixels() * 1_000_000L, Set.of(config.streamingFormats())),
                config.cacheMegabytes() * (1L << 20), config.concurrentDecodes());
        LOG.debug("ImageIO decoder active: largest image {} Mpixel, reads of {} Mpixel, whole decodes up to {}"
                + " Mpixel, cache {} MB, {} decodes at once", config.maxImageMegapixels(),
                config.maxReadMegapixels(), config.maxWholeDecodeMegapixels(), config.cacheMegabytes(),
                config.concurrentDecodes());
    }

    /**
     * @param providers the reader providers to try
     * @param limits the decoder's limits
     * @param cacheBytes bytes of decoded strips kept
     * @param concurrentDecodes strips decoded at once
     */
    ImageIoDecoder(ReaderProviders providers, Limits limits, long cacheBytes, int concurrentDecodes) {
        this.providers = providers;
        this.cache = new StripCache(cacheBytes, concurrentDecodes);
        this.opener = new SourceOpener(limits, cache, TILE_SIZE);
    }

    /**
     * A reader provider the service loader registrar (or any bundle) published.
     *
     * @param spi the provider
     * @param properties its service properties
     */
    @Reference(service = ImageReaderSpi.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addReader(ImageReaderSpi spi, Map<String, Object> properties) {
        Object ranking = properties.get("service.ranking");
        providers.add(spi, ranking instanceof Integer i ? i : 0);
    }

    void removeReader(ImageReaderSpi spi) {
        providers.remove(spi);
    }

    @Deactivate
    void deactivate() {
        LOG.debug("ImageIO decoder stopped; {} bytes of strips were kept", cache.held());
    }

    /** @return the providers tried, in order */
    List<ImageReaderSpi> readers() {
        return providers.ordered();
    }

    @Override
    public ImageSource open(StoredImage image, ByteSource bytes) {
        ImageReaderSpi spi = providers.find(bytes);
        if (spi == null) {
            throw new UnsupportedFormatException("no ImageIO reader reads this image");
        }
        return opener.open(spi, bytes);
    }
}
