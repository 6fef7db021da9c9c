/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.ops.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrometheusMetricsTest {
    private static final double[] BUCKETS = {0.001, 0.01, 0.1, 1};

    private static String scrape(PrometheusMetrics metrics) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        metrics.write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void requestsAreCountedByProtocolAndStatusAndTimedByProtocol() throws IOException {
        PrometheusMetrics metrics = new PrometheusMetrics(BUCKETS, false);
        metrics.request("iiif", 200, 2_000_000);
        metrics.request("iiif", 200, 50_000_000);
        metrics.request("iiif", 404, 500_000);
        metrics.request("none", 404, 100_000);
        metrics.request("iip", 999, 100_000);

        String text = scrape(metrics);
        assertThat(text).contains("# TYPE gigatile_http_requests_total counter")
                .contains("gigatile_http_requests_total{protocol=\"iiif\",status=\"200\"} 2.0")
                .contains("gigatile_http_requests_total{protocol=\"iiif\",status=\"404\"} 1.0")
                .contains("gigatile_http_requests_total{protocol=\"none\",status=\"404\"} 1.0")
                .contains("gigatile_http_requests_total{protocol=\"iip\",status=\"0\"} 1.0")
                .contains("# TYPE gigatile_http_request_duration_seconds histogram")
                .contains("gigatile_http_request_duration_seconds_bucket{protocol=\"iiif\",le=\"0.001\"} 1")
                .contains("gigatile_http_request_duration_seconds_bucket{protocol=\"iiif\",le=\"0.01\"} 2")
                .contains("gigatile_http_request_duration_seconds_bucket{protocol=\"iiif\",le=\"+Inf\"} 3")
                .contains("gigatile_http_request_duration_seconds_count{protocol=\"iiif\"} 3")
                .doesNotContain("jvm_");
        assertThat(metrics.contentType()).startsWith("text/plain; version=0.0.4");
    }

    @Test
    void cacheLookupsDecodesAndOpenImages() throws Exception {
        PrometheusMetrics metrics = new PrometheusMetrics(BUCKETS, true);
        metrics.cacheLookup("cache.memory", false);
        metrics.cacheLookup("cache.memory", true);
        metrics.cacheLookup("cache.memory", true);
        metrics.decode("tiff", 3_000_000);
        AutoCloseable gauge = metrics.openImages(() -> 7);

        String text = scrape(metrics);
        assertThat(text).contains("gigatile_cache_lookups_total{cache=\"cache.memory\",result=\"hit\"} 2.0")
                .contains("gigatile_cache_lookups_total{cache=\"cache.memory\",result=\"miss\"} 1.0")
                .contains("gigatile_decode_duration_seconds_count{format=\"tiff\"} 1")
                .contains("gigatile_decode_duration_seconds_bucket{format=\"tiff\",le=\"0.001\"} 0")
                .contains("gigatile_open_images 7.0")
                .contains("jvm_memory_used_bytes").contains("jvm_threads_current");

        gauge.close();
        assertThat(scrape(metrics)).doesNotContain("gigatile_open_images 7.0");
    }

    @Test
    void eachComponentHasItsOwnRegistry() throws IOException {
        PrometheusMetrics first = new PrometheusMetrics(BUCKETS, false);
        first.request("iip", 200, 1);
        assertThat(scrape(new PrometheusMetrics(BUCKETS, false))).doesNotContain("protocol=\"iip\"");
    }
}
