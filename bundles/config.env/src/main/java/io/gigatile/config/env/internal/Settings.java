/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.config.env.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The iipsrv variables Gigatile honours, and their translation into per-PID properties. */
final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    static final String STORE = "io.gigatile.store.file";
    static final String ENGINE = "io.gigatile.engine";
    static final String JPEG = "io.gigatile.encoder.jpeg";
    static final String HTTP = "io.gigatile.http";
    static final String PNG = "io.gigatile.encoder.png";
    static final String TIFF = "io.gigatile.encoder.tiff";
    static final String WEBP = "io.gigatile.encoder.webp";
    static final String AVIF = "io.gigatile.encoder.avif";
    static final String IIIF = "io.gigatile.protocol.iiif";
    static final String MEMORY_CACHE = "io.gigatile.cache.memory";
    static final String MEMCACHED_CACHE = "io.gigatile.cache.memcached";
    static final String OPENJPEG = "io.gigatile.decoder.openjpeg";
    static final String WATERMARK = "io.gigatile.transform.watermark";
    /** The variable without which the memcached cache stays off (iipsrv would try localhost). */
    static final String MEMCACHED_SERVERS = "MEMCACHED_SERVERS";
    /** The variable without which there is no watermark, whatever its probability and opacity say. */
    static final String WATERMARK_IMAGE = "WATERMARK";

    // a function object per kind of value, not a method reference per setting: each reference site is a class the
    // JVM makes when first reached, and this table is built while the start runs one bundle at a time (building it
    // took 9-20 ms with 34 of them, 1.3-7 ms with these five)
    private static final Function<String, Object> TEXT = Setting::text;
    private static final Function<String, Object> INTEGER = Setting::integer;
    private static final Function<String, Object> FLAG = Setting::flag;
    private static final Function<String, Object> MEGABYTES = Setting::megabytes;
    private static final Function<String, Object> FRACTION = Setting::fraction;

    static final List<Setting> ALL = List.of(
            new Setting("FILESYSTEM_PREFIX", STORE, "prefix", TEXT),
            new Setting("FILESYSTEM_SUFFIX", STORE, "suffix", TEXT),
            new Setting("FILENAME_PATTERN", STORE, "filenamePattern", TEXT),
            new Setting("JPEG_QUALITY", JPEG, "quality", INTEGER),
            new Setting("PNG_QUALITY", PNG, "compression", INTEGER),
            new Setting("TIFF_COMPRESSION", TIFF, "compression", INTEGER),
            new Setting("TIFF_QUALITY", TIFF, "quality", INTEGER),
            new Setting("WEBP_QUALITY", WEBP, "quality", INTEGER),
            new Setting("AVIF_QUALITY", AVIF, "quality", INTEGER),
            new Setting("AVIF_CODEC", AVIF, "codec", INTEGER),
            new Setting("MAX_CVT", ENGINE, "maxSize", INTEGER),
            new Setting("ALLOW_UPSCALING", ENGINE, "allowUpscaling", FLAG),
            new Setting("INTERPOLATION", ENGINE, "interpolation", INTEGER),
            new Setting("CODEC_PASSTHROUGH", ENGINE, "codecPassthrough", FLAG),
            new Setting("MAX_METADATA_CACHE_SIZE", ENGINE, "maxMetadataCache", INTEGER),
            new Setting("MAX_LAYERS", ENGINE, "maxLayers", INTEGER),
            new Setting("MAX_ICC", ENGINE, "maxIcc", INTEGER),
            // iipsrv gives its JPEG 2000 decoder (Kakadu) OpenMP's thread count; OpenJPEG's threads per decode here
            new Setting("OMP_NUM_THREADS", OPENJPEG, "threads", INTEGER),
            new Setting("MAX_IMAGE_CACHE_SIZE", MEMORY_CACHE, "maxSize", MEGABYTES),
            new Setting(MEMCACHED_SERVERS, MEMCACHED_CACHE, "servers", TEXT),
            new Setting("MEMCACHED_TIMEOUT", MEMCACHED_CACHE, "expiry", INTEGER),
            new Setting("CORS", HTTP, "cors", TEXT),
            new Setting("CACHE_CONTROL", HTTP, "cacheControl", TEXT),
            new Setting("URI_MAP", HTTP, "uriMap", TEXT),
            new Setting("IIIF_VERSION", IIIF, "version", INTEGER),
            new Setting("BASE_URL", IIIF, "baseUrl", TEXT),
            new Setting("COPYRIGHT", IIIF, "copyright", TEXT),
            new Setting("IIIF_EXTRA_INFO", IIIF, "extraInfo", TEXT),
            new Setting("IIIF_DELIMITER", IIIF, "delimiter", TEXT),
            new Setting("IIIF_EXTENSIONS", IIIF, "extensions", FLAG),
            new Setting(WATERMARK_IMAGE, WATERMARK, "image", TEXT),
            new Setting("WATERMARK_PROBABILITY", WATERMARK, "probability", FRACTION),
            new Setting("WATERMARK_OPACITY", WATERMARK, "opacity", FRACTION));

    private Settings() {
    }

    /**
     * @param environment the process environment
     * @return properties by PID, only for variables that are set; invalid values are logged and skipped, as
     *         iipsrv falls back to its default for them
     */
    static Map<String, Map<String, Object>> from(Map<String, String> environment) {
        Map<String, Map<String, Object>> byPid = new LinkedHashMap<>();
        for (Setting s : ALL) {
            String value = environment.get(s.variable());
            if (value == null) {
                continue;
            }
            try {
                Object parsed = s.parse().apply(value);
                byPid.computeIfAbsent(s.pid(), p -> new LinkedHashMap<>()).put(s.property(), parsed);
            } catch (IllegalArgumentException e) {
                LOG.error("{}: {}; the default stays", s.variable(), e.getMessage());
            }
        }
        memcachedOnlyWithServers(environment, byPid);
        watermarkOnlyWithImage(environment, byPid);
        return byPid;
    }

    /**
     * The memcached cache runs only where a configuration exists: one made of MEMCACHED_TIMEOUT alone would start
     * it without servers. Unlike iipsrv, which tries localhost, Gigatile uses memcached only when told where.
     */
    private static void memcachedOnlyWithServers(Map<String, String> environment,
            Map<String, Map<String, Object>> byPid) {
        String servers = environment.get(MEMCACHED_SERVERS);
        if ((servers == null || servers.isBlank()) && byPid.remove(MEMCACHED_CACHE) != null) {
            LOG.info("MEMCACHED_SERVERS is not set or empty: memcached stays off, MEMCACHED_TIMEOUT is not used");
        }
    }

    /**
     * The watermark transform registers whenever its configuration exists: one made of WATERMARK_PROBABILITY or
     * WATERMARK_OPACITY alone would start it without an image. As in iipsrv, no image means no watermark.
     */
    private static void watermarkOnlyWithImage(Map<String, String> environment,
            Map<String, Map<String, Object>> byPid) {
        String image = environment.get(WATERMARK_IMAGE);
        if ((image == null || image.isBlank()) && byPid.remove(WATERMARK) != null) {
            LOG.info("WATERMARK is not set or empty: no watermark, WATERMARK_PROBABILITY and WATERMARK_OPACITY"
                    + " are not used");
        }
    }
}
