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
import io.gigatile.nativelib.NativeLibraries.Loaded;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * Writes rasters as baseline TIFF (little-endian, chunky, one strip per block of rows): grey, RGB and any other
 * band count, bands beyond the colour ones as extra samples (alpha when there is one), 8, 16 and 32-bit integer
 * and 32-bit float samples, uncompressed, LZW-compressed, deflated (iipsrv's default) or Zstandard-compressed,
 * and 8-bit images as JPEG or WebP strips, as configured or as the request names (IIP's {@code QLT=lzw:0}).
 * JPEG and WebP strips come from the server's own JPEG and WebP encoders, bound while they are there, rather
 * than from codecs of this bundle; Zstandard from libzstd through JNA, where it loads. A compression whose codec
 * is missing is a 501 when a request names it, deflate when it is only configured. Nothing is shared between
 * calls but the configured defaults and the codecs, so concurrent calls are independent.
 */
@Component(configurationPid = "io.gigatile.encoder.tiff")
@Designate(ocd = TiffEncoderConfig.class)
@EncoderFormat(format = "tif", mediatype = "image/tiff")
public final class TiffEncoder implements Encoder {
    /** iipsrv's TIFF_COMPRESSION codes. */
    static final int NONE = 0;
    static final int LZW = 1;
    static final int DEFLATE = 2;
    static final int JPEG = 3;
    static final int WEBP = 4;
    static final int ZSTD = 5;

    /** The encoders whose pictures become strips: by their format, which this one (tif) does not match. */
    private static final String JPEG_TARGET = "(" + EncoderFormat.FORMAT + "=jpg)";
    private static final String WEBP_TARGET = "(" + EncoderFormat.FORMAT + "=webp)";

    private static final Logger LOG = LoggerFactory.getLogger(TiffEncoder.class);

    /** libzstd, or null where it (or JNA) is missing. */
    private final ZstdCodec zstd;
    /** Changed in place by a new configuration, so that the service is never unregistered for it. */
    private volatile Defaults defaults;
    /** Whether the configured compression's missing codec has been logged since it went missing. */
    private final AtomicBoolean fallbackLogged = new AtomicBoolean();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = JPEG_TARGET)
    private volatile Encoder jpeg;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = WEBP_TARGET)
    private volatile Encoder webp;

    /** What a request that names no compression or quality gets. */
    private record Defaults(TiffCompression compression, int quality) {
    }

    /** @param config the encoder's configuration */
    @Activate
    public TiffEncoder(TiffEncoderConfig config) {
        this.zstd = loadZstd(ZstdLibrary.NAMES);
        modified(config);
    }

    /** An encoder with libzstd where it loads and no JPEG or WebP encoder. */
    TiffEncoder(int compression, int quality) {
        this.zstd = loadZstd(ZstdLibrary.NAMES);
        this.defaults = defaults(compression, quality);
    }

    /** An encoder with these codecs, as DS would bind them (tests). */
    TiffEncoder(int compression, int quality, TiffCodecs codecs) {
        this.zstd = codecs.zstd();
        this.jpeg = codecs.jpeg();
        this.webp = codecs.webp();
        this.defaults = defaults(compression, quality);
    }

    /** @param config a new configuration, taken while the service stays registered */
    @Modified
    void modified(TiffEncoderConfig config) {
        defaults = defaults(config.compression(), config.quality());
        fallbackLogged.set(false);
        LOG.debug("TIFF encoder configured: {}", defaults);
    }

    private static Defaults defaults(int code, int quality) {
        TiffCompression compression = TiffCompression.ofCode(code).orElseGet(() -> {
            LOG.warn("TIFF compression {} is not one of iipsrv's (0 to 5); deflate is used", code);
            return TiffCompression.DEFLATE;
        });
        return new Defaults(compression, Math.max(0, quality));
    }

    /**
     * @param names libzstd's names, tried in turn
     * @return libzstd, or null where it or JNA is missing, said in a log line
     */
    static ZstdCodec loadZstd(List<String> names) {
        String reason;
        try {
            Loaded<ZstdLibrary> loaded = ZstdLibrary.load(names);
            if (loaded.api().isPresent()) {
                LOG.debug("{} loaded: TIFF with zstd compression is available", loaded.api().get());
                return loaded.api().get();
            }
            reason = loaded.reason();
        } catch (LinkageError e) {
            // JNA's classes are not wired to this bundle (its import is optional)
            reason = "JNA is missing: " + e;
        }
        LOG.info("libzstd not loaded, no TIFF with zstd compression: {}", reason);
        return null;
    }

    /**
     * @throws UnsupportedFormatException (a feature) for a compression the request names that this encoder does
     *         not know or whose codec is missing, and for a raster JPEG or WebP strips cannot hold (deep samples,
     *         alpha in JPEG, grey in WebP)
     */
    @Override
    public void encode(Raster raster, EncodeOptions options, OutputStream out) throws IOException {
        Defaults d = defaults;
        TiffCodecs codecs = new TiffCodecs(jpeg, webp, zstd);
        TiffCompression compression = options.compression() == null ? configured(d.compression(), codecs)
                : named(options.compression(), codecs);
        int level = compression.level(options.quality() < 0 ? d.quality() : options.quality());
        TiffStrips strips = TiffStrips.of(raster, compression, level, codecs);
        new TiffDirectory(raster, strips, options).write(out);
    }

    private static TiffCompression named(String name, TiffCodecs codecs) {
        TiffCompression compression = TiffCompression.ofName(name).orElseThrow(() -> new UnsupportedFormatException(
                "TIFF output with " + name + " compression is not supported", true));
        if (!codecs.has(compression)) {
            throw new UnsupportedFormatException("TIFF output with " + name + " compression is not available on"
                    + " this server", true);
        }
        return compression;
    }

    /** The configured compression, or deflate (logged once each time) while its codec is missing. */
    private TiffCompression configured(TiffCompression compression, TiffCodecs codecs) {
        if (codecs.has(compression)) {
            if (fallbackLogged.get()) {
                fallbackLogged.set(false);
            }
            return compression;
        }
        if (fallbackLogged.compareAndSet(false, true)) {
            LOG.warn("TIFF compression {} is configured but {}: deflate is written until it is back",
                    compression.label(), compression == TiffCompression.ZSTD ? "libzstd did not load"
                            : "no " + compression.label() + " encoder is there");
        }
        return TiffCompression.DEFLATE;
    }
}
