/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.config.env.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void mapsIipsrvVariablesOntoPids() {
        Map<String, Map<String, Object>> byPid = Settings.from(Map.of(
                "FILESYSTEM_PREFIX", "/images/", "JPEG_QUALITY", "90", "MAX_CVT", "-1",
                "ALLOW_UPSCALING", "0", "CORS", "*", "UNRELATED", "x"));
        assertThat(byPid).containsOnlyKeys(Settings.STORE, Settings.JPEG, Settings.ENGINE, Settings.HTTP);
        assertThat(byPid.get(Settings.STORE)).containsExactlyEntriesOf(Map.of("prefix", "/images/"));
        assertThat(byPid.get(Settings.JPEG)).containsEntry("quality", 90);
        assertThat(byPid.get(Settings.ENGINE)).containsEntry("maxSize", -1).containsEntry("allowUpscaling", false);
        assertThat(byPid.get(Settings.HTTP)).containsEntry("cors", "*");
    }

    @Test
    void skipsInvalidNumbersAndKeepsTheRest() {
        Map<String, Map<String, Object>> byPid = Settings.from(Map.of("JPEG_QUALITY", "high", "MAX_CVT", "4000"));
        assertThat(byPid).containsOnlyKeys(Settings.ENGINE);
        assertThat(byPid.get(Settings.ENGINE)).containsEntry("maxSize", 4000);
    }

    @Test
    void numbersAreReadAsIipsrvsAtoiAndAtofReadThem() {
        Map<String, Map<String, Object>> byPid = Settings.from(Map.of("MAX_CVT", " 5000px", "JPEG_QUALITY", "+80%",
                "MAX_IMAGE_CACHE_SIZE", "10.25 MB", "MAX_LAYERS", "-1"));
        assertThat(byPid.get(Settings.ENGINE)).containsEntry("maxSize", 5000).containsEntry("maxLayers", -1);
        assertThat(byPid.get(Settings.JPEG)).containsEntry("quality", 80);
        assertThat(byPid.get(Settings.MEMORY_CACHE)).containsEntry("maxSize", 11);
        assertThat(Settings.from(Map.of("MAX_IMAGE_CACHE_SIZE", "0.5")).get(Settings.MEMORY_CACHE))
                .containsEntry("maxSize", 1);
        assertThat(Settings.from(Map.of("MAX_IMAGE_CACHE_SIZE", "0")).get(Settings.MEMORY_CACHE))
                .containsEntry("maxSize", 0);
        assertThat(Settings.from(Map.of("MAX_CVT", "px5000", "MAX_IMAGE_CACHE_SIZE", ".", "JPEG_QUALITY", "-",
                "MAX_LAYERS", "99999999999"))).isEmpty();
    }

    @Test
    void iiifPngAndSequenceVariables() {
        Map<String, Map<String, Object>> byPid = Settings.from(Map.of("IIIF_VERSION", "2", "BASE_URL",
                "https://images.example/iiif/", "COPYRIGHT", "CC-BY", "PNG_QUALITY", "6", "FILENAME_PATTERN", "_seq_"));
        assertThat(byPid.get(Settings.IIIF)).containsEntry("version", 2)
                .containsEntry("baseUrl", "https://images.example/iiif/").containsEntry("copyright", "CC-BY");
        assertThat(byPid.get(Settings.PNG)).containsEntry("compression", 6);
        assertThat(byPid.get(Settings.STORE)).containsEntry("filenamePattern", "_seq_");
    }

    @Test
    void imageCacheSizeGoesToTheMemoryCache() {
        Map<String, Map<String, Object>> byPid = Settings.from(Map.of("MAX_IMAGE_CACHE_SIZE", "64"));
        assertThat(byPid).containsOnlyKeys(Settings.MEMORY_CACHE);
        assertThat(byPid.get(Settings.MEMORY_CACHE)).containsExactlyEntriesOf(Map.of("maxSize", 64));
        assertThat(Settings.from(Map.of("MAX_IMAGE_CACHE_SIZE", "0")).get(Settings.MEMORY_CACHE))
                .containsEntry("maxSize", 0);
    }

    @Test
    void openMpThreadsGoToTheOpenJpegDecoder() {
        Map<String, Map<String, Object>> byPid = Settings.from(Map.of("OMP_NUM_THREADS", "4", "MAX_LAYERS", "-1"));
        assertThat(byPid.get(Settings.OPENJPEG)).containsExactlyEntriesOf(Map.of("threads", 4));
        assertThat(byPid.get(Settings.ENGINE)).containsExactlyEntriesOf(Map.of("maxLayers", -1));
    }

    @Test
    void memcachedServersAndTimeoutGoToTheMemcachedCache() {
        Map<String, Map<String, Object>> byPid = Settings.from(Map.of("MEMCACHED_SERVERS",
                "cache1:11211,cache2", "MEMCACHED_TIMEOUT", "3600"));
        assertThat(byPid).containsOnlyKeys(Settings.MEMCACHED_CACHE);
        assertThat(byPid.get(Settings.MEMCACHED_CACHE))
                .containsExactlyInAnyOrderEntriesOf(Map.of("servers", "cache1:11211,cache2", "expiry", 3600));
        assertThat(Settings.from(Map.of("MEMCACHED_SERVERS", "localhost")).get(Settings.MEMCACHED_CACHE))
                .containsExactlyEntriesOf(Map.of("servers", "localhost"));
    }

    @Test
    void memcachedStaysOffWithoutServers() {
        assertThat(Settings.from(Map.of("MEMCACHED_TIMEOUT", "3600"))).isEmpty();
        assertThat(Settings.from(Map.of("MEMCACHED_SERVERS", " ", "MEMCACHED_TIMEOUT", "3600"))).isEmpty();
        assertThat(Settings.from(Map.of("MEMCACHED_TIMEOUT", "60", "JPEG_QUALITY", "80")))
                .containsOnlyKeys(Settings.JPEG);
    }

    @Test
    void anInvalidMemcachedTimeoutKeepsTheServers() {
        assertThat(Settings.from(Map.of("MEMCACHED_SERVERS", "cache1", "MEMCACHED_TIMEOUT", "a day"))
                .get(Settings.MEMCACHED_CACHE)).containsExactlyEntriesOf(Map.of("servers", "cache1"));
    }

    @Test
    void watermarkVariablesGoToTheWatermarkTransform() {
        Map<String, Map<String, Object>> byPid = Settings.from(Map.of("WATERMARK", "/etc/watermark.tif",
                "WATERMARK_PROBABILITY", "0.5", "WATERMARK_OPACITY", " 0.3 "));
        assertThat(byPid).containsOnlyKeys(Settings.WATERMARK);
        assertThat(byPid.get(Settings.WATERMARK)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "image", "/etc/watermark.tif", "probability", 0.5f, "opacity", 0.3f));
        assertThat(Settings.from(Map.of("WATERMARK", "/w.png")).get(Settings.WATERMARK))
                .containsExactlyEntriesOf(Map.of("image", "/w.png"));
    }

    /** As iipsrv's Environment.h: above 1 is 1, below 0 is 0; text that is not a number keeps the default. */
    @Test
    void watermarkFractionsAreClampedAndInvalidOnesSkipped() {
        assertThat(Settings.from(Map.of("WATERMARK", "/w.tif", "WATERMARK_PROBABILITY", "2",
                "WATERMARK_OPACITY", "-0.5")).get(Settings.WATERMARK))
                .containsEntry("probability", 1.0f).containsEntry("opacity", 0.0f);
        assertThat(Settings.from(Map.of("WATERMARK", "/w.tif", "WATERMARK_PROBABILITY", "1e-1",
                "WATERMARK_OPACITY", "1")).get(Settings.WATERMARK))
                .containsEntry("probability", 0.1f).containsEntry("opacity", 1.0f);
        assertThat(Settings.from(Map.of("WATERMARK", "/w.tif", "WATERMARK_PROBABILITY", "half",
                "WATERMARK_OPACITY", "NaN")).get(Settings.WATERMARK))
                .containsExactlyEntriesOf(Map.of("image", "/w.tif"));
    }

    @Test
    void noWatermarkWithoutAnImage() {
        assertThat(Settings.from(Map.of("WATERMARK_PROBABILITY", "0.5", "WATERMARK_OPACITY", "0.3"))).isEmpty();
        assertThat(Settings.from(Map.of("WATERMARK", "", "WATERMARK_OPACITY", "0.3"))).isEmpty();
        assertThat(Settings.from(Map.of("WATERMARK", " ", "JPEG_QUALITY", "80"))).containsOnlyKeys(Settings.JPEG);
    }

    @Test
    void unsetEnvironmentChangesNothing() {
        assertThat(Settings.from(Map.of())).isEmpty();
    }

    @Test
    void bindGivesTheHttpServerItsAddressAndPort() {
        assertThat(BindArgument.from(List.of("--bind", "127.0.0.1:9000")).orElseThrow())
                .containsEntry(BindArgument.PORT, "9000").containsEntry(BindArgument.HOST, "127.0.0.1");
        assertThat(BindArgument.from(List.of("--bind=[::1]:8081")).orElseThrow())
                .containsEntry(BindArgument.HOST, "::1");
        assertThat(BindArgument.from(List.of("--other"))).isEmpty();
    }

    @Test
    void backlogIsTheHttpServersAcceptQueue() {
        assertThat(BindArgument.backlog(List.of("--bind", "127.0.0.1:9000", "--backlog", "1024")).orElseThrow())
                .containsExactly(Map.entry(BindArgument.BACKLOG, "1024"));
        assertThat(BindArgument.backlog(List.of("--backlog=64")).orElseThrow()).containsEntry(BindArgument.BACKLOG,
                "64");
        assertThat(BindArgument.backlog(List.of("--bind", "127.0.0.1:9000"))).isEmpty();
        for (List<String> bad : List.of(List.of("--backlog"), List.of("--backlog", "0"), List.of("--backlog=lots"))) {
            assertThatThrownBy(() -> BindArgument.backlog(bad)).as("%s", bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void bindRefusesSocketsAndBadPorts() {
        assertThatThrownBy(() -> BindArgument.from(List.of("--bind", "/tmp/iipsrv.sock")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BindArgument.from(List.of("--bind", "127.0.0.1:0")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BindArgument.from(List.of("--bind"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verbosityAndLogfileShapeTheLogging() {
        assertThat(LoggingSettings.from(Map.of("VERBOSITY", "2"))).containsEntry("log4j2.logger.access.level", "INFO")
                .containsEntry("log4j2.logger.access.name", "io.gigatile.access");
        assertThat(LoggingSettings.from(Map.of())).containsEntry("log4j2.logger.access.level", "WARN");
        assertThat(LoggingSettings.from(Map.of())).containsEntry("log4j2.logger.gigatile.level", "INFO")
                .containsEntry("log4j2.rootLogger.level", "WARN")
                .containsEntry("log4j2.rootLogger.appenderRef.out.ref", "console");
        assertThat(LoggingSettings.from(Map.of("VERBOSITY", "0"))).containsEntry("log4j2.logger.gigatile.level",
                "ERROR");
        assertThat(LoggingSettings.from(Map.of("VERBOSITY", "3", "LOGFILE", "/var/log/gigatile.log")))
                .containsEntry("log4j2.logger.gigatile.level", "DEBUG")
                .containsEntry("log4j2.appender.file.fileName", "/var/log/gigatile.log")
                .containsEntry("log4j2.rootLogger.appenderRef.out.ref", "file");
    }
}
