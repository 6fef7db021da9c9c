/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.ops.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ops.Probe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthReportTest {
    private static final HealthReport.BundleState ENGINE = new HealthReport.BundleState("io.gigatile.engine",
            "ACTIVE", true);
    private static final List<Map<String, Object>> JPEG = List.of(Map.of("format", "jpg"));
    private static final HealthReport.Checked FILES = new HealthReport.Checked("store.file", Map.of(),
            Probe.Result.ok());

    private static HealthReport healthy() {
        return new HealthReport(true, List.of(ENGINE), List.of(Map.of("format", "tiff")), JPEG, List.of("iiif"),
                List.of(FILES), List.of());
    }

    @Test
    void aServerWithEveryKindOfPluginIsHealthy() {
        assertThat(healthy().problems()).isEmpty();
        String json = Json.write(healthy().toMap());
        assertThat(json).startsWith("{\"status\":\"UP\",\"problems\":[],\"engine\":true,")
                .contains("\"bundles\":{\"active\":[\"io.gigatile.engine\"],\"inactive\":[]}")
                .contains("\"stores\":[{\"name\":\"store.file\",\"reachable\":true,\"detail\":\"ok\"}]");
    }

    @Test
    void eachMissingKindIsAProblem() {
        HealthReport bare = new HealthReport(false, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        assertThat(bare.problems()).containsExactly("no engine", "no image store", "no decoder", "no encoder",
                "no protocol");
        assertThat(Json.write(bare.toMap())).startsWith("{\"status\":\"DOWN\"");
    }

    @Test
    void anUnreachableCacheOrStoreAndAStoppedRequiredBundleAreProblemsAnOptionalBundleIsNot() {
        HealthReport report = new HealthReport(true,
                List.of(ENGINE, new HealthReport.BundleState("io.gigatile.protocol.iip", "RESOLVED", true),
                        new HealthReport.BundleState("org.example.extra", "INSTALLED", false)),
                List.of(Map.of("format", "tiff")), JPEG, List.of("iiif"),
                List.of(new HealthReport.Checked("store.s3~a", Map.of("route", "s3:"),
                        Probe.Result.down("bucket does not answer"))),
                List.of(new HealthReport.Checked("cache.memcached", Map.of(),
                        Probe.Result.down("1 of 2 memcached servers do not answer"))));
        assertThat(report.problems()).containsExactly("store store.s3~a: bucket does not answer",
                "cache cache.memcached: 1 of 2 memcached servers do not answer",
                "bundle io.gigatile.protocol.iip is RESOLVED");
        assertThat(Json.write(report.toMap()))
                .contains("{\"name\":\"org.example.extra\",\"state\":\"INSTALLED\",\"required\":false}")
                .contains("{\"name\":\"store.s3~a\",\"route\":\"s3:\",\"reachable\":false,");
    }

    @Test
    void jsonStringsAreEscaped() {
        assertThat(Json.write(Map.of("a\"b", List.of("x\\y\n\u0001", 3, true))))
                .isEqualTo("{\"a\\\"b\":[\"x\\\\y\\n\\u0001\",3,true]}");
    }

    @Test
    void bundlePatternsMatchExactlyOrByPrefix() {
        BundlePatterns patterns = new BundlePatterns(new String[] {"io.gigatile.*", " org.example.one "});
        assertThat(patterns.matches("io.gigatile.engine")).isTrue();
        assertThat(patterns.matches("org.example.one")).isTrue();
        assertThat(patterns.matches("org.example.onex")).isFalse();
        assertThat(patterns.matches("org.apache.felix.scr")).isFalse();
        assertThat(new BundlePatterns(new String[0]).matches("io.gigatile.engine")).isFalse();
    }

    @Test
    void serviceNamesDropThePrefixAndTheImplementationPackage() {
        assertThat(ServiceName.of(Map.of("component.name", "io.gigatile.store.file.internal.FileImageStore")))
                .isEqualTo("store.file");
        assertThat(ServiceName.of(Map.of("service.pid", "io.gigatile.store.s3~archive"))).isEqualTo("store.s3~archive");
        assertThat(ServiceName.of(Map.of())).isEqualTo("unnamed");
    }
}
