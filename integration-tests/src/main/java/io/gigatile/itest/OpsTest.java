/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;

/**
 * /health and /metrics over real HTTP: the health report's members, 503 while the only image store is stopped and
 * 200 again once it is back; the metrics page parsed as Prometheus text, its counters moving with tile requests;
 * both pages still found when a page (a viewer) is mounted at the root.
 */
class OpsTest {
    private static final String IMAGE = "tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif";
    /** One sample line of the Prometheus text format: a name, optional labels, a value. */
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\.)*\",?)*\\})? "
                    + "([-+]?(?:[0-9.]+(?:[eE][-+]?[0-9]+)?|Inf|NaN))( [0-9]+)?");
    private static final Pattern TYPE = Pattern.compile("# (TYPE|HELP) [a-zA-Z_:][a-zA-Z0-9_:]* .*");

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        Await.until(server.context(), TestServer.TIMEOUT, "/health to answer 200",
                () -> server.http().get("/health").statusCode() == 200);
    }

    @Test
    void healthSaysWhatIsActivePresentAndReachable() {
        HttpResponse<byte[]> response = server.http().get("/health");
        String json = Http.text(response);
        assertThat(response.statusCode()).as(json).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(json).startsWith("{\"status\":\"UP\",\"problems\":[],\"engine\":true,")
                .contains("\"io.gigatile.engine\"", "\"io.gigatile.ops\"", "\"io.gigatile.http\"")
                .contains("{\"format\":\"tiff\",", "\"bundle\":\"io.gigatile.decoder.tiff\"}")
                .contains("{\"format\":\"jpg\",\"mediatype\":\"image/jpeg\","
                        + "\"bundle\":\"io.gigatile.encoder.jpeg\"}")
                .contains("\"protocols\":[\"deepzoom\",\"iiif\",\"iip\",\"zoomify\"]")
                .contains("{\"name\":\"store.file\",\"reachable\":true,\"detail\":\"ok\"}")
                .containsPattern("\\{\"name\":\"cache\\.memory\",\"reachable\":true");
        assertThat(json).as("no server paths").doesNotContain(server.root().toString()).doesNotContain("file:");
    }

    @Test
    void withoutItsOnlyStoreTheServerIsUnhealthyUntilTheStoreReturns() throws BundleException {
        Bundle store = bundle("io.gigatile.store.file");
        store.stop();
        try {
            Await.until(server.context(), TestServer.TIMEOUT, "/health to answer 503",
                    () -> server.http().get("/health").statusCode() == 503);
            String json = Http.text(server.http().get("/health"));
            assertThat(json).startsWith("{\"status\":\"DOWN\",\"problems\":[\"no image store\","
                    + "\"bundle io.gigatile.store.file is RESOLVED\"]")
                    .contains("{\"name\":\"io.gigatile.store.file\",\"state\":\"RESOLVED\",\"required\":true}");
        } finally {
            store.start();
        }
        Await.until(server.context(), TestServer.TIMEOUT, "/health to answer 200 again",
                () -> server.http().get("/health").statusCode() == 200);
    }

    @Test
    void theServerServesWithoutTheOpsBundle() throws BundleException {
        Bundle ops = bundle("io.gigatile.ops");
        ops.stop();
        try {
            Await.until(server.context(), TestServer.TIMEOUT, "/metrics to go",
                    () -> server.http().get("/metrics").statusCode() == 404);
            assertThat(server.http().get("/iiif/3/" + IMAGE + "/0,0,256,256/256,/0/default.jpg").statusCode())
                    .isEqualTo(200);
        } finally {
            ops.start();
        }
        Await.until(server.context(), TestServer.TIMEOUT, "/metrics to return",
                () -> server.http().get("/metrics").statusCode() == 200);
    }

    @Test
    void aPageMountedAtTheRootShadowsNeitherPage() {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("osgi.http.whiteboard.servlet.pattern", new String[] {"/", "/*"});
        props.put("osgi.http.whiteboard.servlet.name", "itest-root-page");
        // ranked above the viewer, which holds "/" and would otherwise keep it
        props.put("service.ranking", 100);
        ServiceRegistration<Servlet> root = server.context().registerService(Servlet.class, new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.setContentType("text/plain");
                resp.getWriter().print("root page");
            }
        }, props);
        try {
            Await.until(server.context(), TestServer.TIMEOUT, "the root page",
                    () -> Http.text(server.http().get("/some/page")).equals("root page"));
            assertThat(Http.text(server.http().get("/health"))).startsWith("{\"status\":\"UP\"");
            assertThat(Http.text(server.http().get("/metrics"))).contains("# TYPE gigatile_open_images gauge");
        } finally {
            root.unregister();
        }
        Await.until(server.context(), TestServer.TIMEOUT, "the viewer to have the root again",
                () -> server.http().get("/").statusCode() == 200);
    }

    @Test
    void metricsAreParseablePrometheusTextAndCountTileRequests() {
        Map<String, Double> before = scrape();
        String tile = "/iiif/3/" + IMAGE + "/256,256,256,256/256,/0/default.jpg";
        assertThat(server.http().get(tile).statusCode()).isEqualTo(200);
        assertThat(server.http().get(tile).statusCode()).isEqualTo(200);
        assertThat(server.http().get("/iiif/3/no-such-image.tif/full/max/0/default.jpg").statusCode())
                .isEqualTo(404);
        assertThat(server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=" + IMAGE + "&JTL=1,1").statusCode())
                .isEqualTo(200);
        assertThat(server.http().get("/nowhere/at/all").statusCode()).isEqualTo(404);
        Map<String, Double> after = scrape();

        assertThat(delta(before, after, "gigatile_http_requests_total{protocol=\"iiif\",status=\"200\"}"))
                .isEqualTo(2);
        assertThat(delta(before, after, "gigatile_http_requests_total{protocol=\"iiif\",status=\"404\"}"))
                .isEqualTo(1);
        assertThat(delta(before, after, "gigatile_http_requests_total{protocol=\"iip\",status=\"200\"}"))
                .isEqualTo(1);
        assertThat(delta(before, after, "gigatile_http_request_duration_seconds_count{protocol=\"iiif\"}"))
                .isEqualTo(3);
        assertThat(delta(before, after, "gigatile_http_request_duration_seconds_bucket{protocol=\"iiif\",le=\"+Inf\"}"))
                .isEqualTo(3);
        assertThat(delta(before, after, "gigatile_cache_lookups_total{cache=\"cache.memory\",result=\"hit\"}"))
                .as("the second request of the tile").isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "gigatile_cache_lookups_total{cache=\"cache.memory\",result=\"miss\"}"))
                .as("the first one").isGreaterThanOrEqualTo(1);
        assertThat(after.get("gigatile_decode_duration_seconds_count{format=\"tiff\"}")).isPositive();
        assertThat(after.get("gigatile_open_images")).isGreaterThanOrEqualTo(1);
        assertThat(after).containsKey("jvm_memory_used_bytes{area=\"heap\"}");
    }

    /** Parses the page strictly: every line is a comment of the format or a sample; samples by name and labels. */
    private static Map<String, Double> scrape() {
        HttpResponse<byte[]> response = server.http().get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
        Map<String, Double> samples = new HashMap<>();
        for (String line : Http.text(response).split("\n")) {
            if (line.startsWith("#")) {
                assertThat(line).matches(TYPE);
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertThat(m.matches()).as("a sample line: " + line).isTrue();
            String value = m.group(3);
            double v = value.endsWith("Inf") ? (value.startsWith("-") ? Double.NEGATIVE_INFINITY
                    : Double.POSITIVE_INFINITY) : Double.parseDouble(value);
            samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), v);
        }
        return samples;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String key) {
        assertThat(after).containsKey(key);
        return after.get(key) - before.getOrDefault(key, 0.0);
    }

    private static Bundle bundle(String symbolicName) {
        return Arrays.stream(server.context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }
}
