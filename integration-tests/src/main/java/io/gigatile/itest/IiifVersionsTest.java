/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IIIF Image API 1.1 at /iiif/1 over real HTTP, its tiles the very pixels of the same tiles over 3.0, and the
 * version of unversioned paths chosen by a context URI in the Accept header, as iipsrv 1.3 chooses it.
 */
class IiifVersionsTest {
    static final String FIXTURE = IiifTest.FIXTURE;
    static final String V1 = "/iiif/1/" + FIXTURE;
    static final String V3 = "/iiif/3/" + FIXTURE;
    static final String COMPLIANCE = "http://library.stanford.edu/iiif/image-api/1.1/compliance.html#level2";
    static final String ACCEPT_V2 = "application/ld+json;profile=\"http://iiif.io/api/image/2/context.json\"";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        // the default version, which the Accept header is to override
        server.configure("io.gigatile.protocol.iiif", Map.of("version", 3));
        Await.until(server.context(), TestServer.TIMEOUT, "IIIF 1.1 with 3.0 as the default version", () -> {
            HttpResponse<byte[]> unversioned = server.http().get("/iiif/" + FIXTURE + "/info.json");
            return server.http().get(V1 + "/info.json").statusCode() == 200 && unversioned.statusCode() == 200
                    && Http.text(unversioned).contains("ImageService3");
        });
    }

    private static HttpResponse<byte[]> get(String path, int status, String... headers) {
        HttpResponse<byte[]> response = server.http().get(path, headers);
        assertThat(response.statusCode()).as(path + ": " + Http.text(response)).isEqualTo(status);
        return response;
    }

    @Test
    void infoJsonOfVersion11() {
        HttpResponse<byte[]> response = get(V1 + "/info.json", 200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("Link")).hasValue("<" + COMPLIANCE + ">;rel=\"profile\"");
        assertThat(Http.text(response)).contains(
                "\"@context\": \"http://library.stanford.edu/iiif/image-api/1.1/context.json\"",
                "\"@id\": \"" + server.http().base() + V1 + "\"", "\"width\": 1000", "\"height\": 700",
                "\"scale_factors\": [1, 2, 4]", "\"tile_width\": 256", "\"tile_height\": 256",
                "\"formats\": [\"jpg\", \"png\"", "\"qualities\": [\"native\", \"color\", \"grey\", \"bitonal\"]",
                "\"profile\": \"" + COMPLIANCE + "\"")
                .doesNotContain("\"sizes\"", "\"tiles\"", "\"protocol\"", "\"type\"");
    }

    @Test
    void tilesOfVersion11AreThePixelsOfVersion3() {
        String[][] pairs = {
            {"/256,256,256,256/256,/0/native.jpg", "/256,256,256,256/256,256/0/default.jpg"},
            {"/512,0,488,512/244,/0/native.jpg", "/512,0,488,512/244,256/0/default.jpg"},
            {"/0,0,1000,700/250,/0/native", "/0,0,1000,700/250,175/0/default.jpg"},
        };
        for (String[] pair : pairs) {
            HttpResponse<byte[]> v1 = get(V1 + pair[0], 200);
            assertThat(v1.headers().firstValue("Content-Type")).as(pair[0]).hasValue("image/jpeg");
            assertThat(v1.headers().firstValue("Link")).as(pair[0]).hasValueSatisfying(l -> assertThat(l)
                    .startsWith("<" + COMPLIANCE + ">;rel=\"profile\"").contains("/native.jpg>;rel=\"canonical\""));
            BufferedImage old = Http.image(v1);
            BufferedImage current = Http.image(get(V3 + pair[1], 200));
            assertThat(old.getWidth()).as(pair[0]).isEqualTo(current.getWidth());
            assertThat(old.getHeight()).as(pair[0]).isEqualTo(current.getHeight());
            assertThat(Pixels.meanDifference(old, current, 0, 0)).as(pair[0]).isZero();
        }
    }

    @Test
    void formsThatAreNot11AreBadRequests() {
        get(V1 + "/square/full/0/native.jpg", 400);
        get(V1 + "/full/max/0/native.jpg", 400);
        get(V1 + "/full/full/!90/native.jpg", 400);
        get(V1 + "/full/full/0/default.jpg", 400);
    }

    @Test
    void acceptChoosesVersion2OnAnUnversionedPath() {
        String path = "/iiif/" + FIXTURE + "/info.json";
        HttpResponse<byte[]> chosen = get(path, 200, "Accept", ACCEPT_V2);
        assertThat(Http.text(chosen)).contains("\"@context\": \"http://iiif.io/api/image/2/context.json\"",
                "\"@id\": \"" + server.http().base() + "/iiif/" + FIXTURE + "\"");
        assertThat(chosen.headers().firstValue("Cache-Control")).hasValue("private");
        assertThat(chosen.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept"));

        HttpResponse<byte[]> plain = get(path, 200);
        assertThat(Http.text(plain)).contains("\"@context\": \"http://iiif.io/api/image/3/context.json\"");
        assertThat(plain.headers().firstValue("Cache-Control")).isNotEqualTo(chosen.headers()
                .firstValue("Cache-Control"));

        HttpResponse<byte[]> versioned = get(V3 + "/info.json", 200, "Accept", ACCEPT_V2);
        assertThat(Http.text(versioned)).contains("\"@context\": \"http://iiif.io/api/image/3/context.json\"");
    }
}
