/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CORS and caching headers from configuration, Last-Modified from the file, 304 for fresh copies. */
class HeadersTest {
    static TestServer server;
    static final String ORIGIN = "https://viewer.example";
    static final String TILE = "/fcgi-bin/iipsrv.fcgi?FIF=tif-rgb-none-180x120-tile64-pyramid.tif&JTL=0,0";

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.configure("io.gigatile.http", Map.of("cors", ORIGIN, "cacheControl", "max-age=60"));
        Await.until(server.context(), TestServer.TIMEOUT, "CORS from the configuration", () -> server.http()
                .get(TILE).headers().firstValue("Access-Control-Allow-Origin").orElse("").equals(ORIGIN));
    }

    @AfterAll
    static void restore() {
        server.configure("io.gigatile.http", Map.of("cors", "*", "cacheControl", "max-age=86400"));
    }

    @Test
    void imagesCarryCorsCacheControlAndLastModified() throws IOException {
        HttpResponse<byte[]> response = server.http().get(TILE);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60");
        String expected = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(
                Files.getLastModifiedTime(server.root().resolve("tif-rgb-none-180x120-tile64-pyramid.tif"))
                        .toInstant(), ZoneOffset.UTC));
        assertThat(ZonedDateTime.parse(response.headers().firstValue("Last-Modified").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME)).isEqualTo(ZonedDateTime.parse(expected,
                        DateTimeFormatter.RFC_1123_DATE_TIME).withNano(0));
    }

    @Test
    void errorsCarryCorsToo() {
        HttpResponse<byte[]> response = server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=missing.tif&JTL=0,0");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
    }

    @Test
    void unchangedImagesAnswer304() {
        String lastModified = server.http().get(TILE).headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<byte[]> response = server.http().get(TILE, "If-Modified-Since", lastModified);
        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void imagesAndInfoCarryAnEntityTagAndAMatchingOneAnswers304() {
        for (String path : List.of(TILE, "/iiif/3/tif-rgb-none-180x120-tile64-pyramid.tif/info.json",
                "/iiif/3/tif-rgb-none-180x120-tile64-pyramid.tif/full/90,/0/default.png")) {
            HttpResponse<byte[]> first = server.http().get(path);
            String tag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(server.http().get(path).headers().firstValue("ETag")).as(path).hasValue(tag);

            HttpResponse<byte[]> fresh = server.http().get(path, "If-None-Match", tag);
            assertThat(fresh.statusCode()).as(path).isEqualTo(304);
            assertThat(fresh.body()).isEmpty();
            assertThat(fresh.headers().firstValue("ETag")).hasValue(tag);
            HttpResponse<byte[]> stale = server.http().get(path, "If-None-Match", "\"something-else\"",
                    "If-Modified-Since", first.headers().firstValue("Last-Modified").orElseThrow());
            assertThat(stale.statusCode()).as("If-None-Match decides over If-Modified-Since").isEqualTo(200);
            assertThat(stale.body()).isEqualTo(first.body());
        }
    }

    @Test
    void preflightIsAnswered() {
        HttpResponse<byte[]> response = server.http().send("OPTIONS", TILE, "Origin", "http://viewer.example",
                "Access-Control-Request-Method", "GET");
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                v -> assertThat(v).contains("GET"));
    }

    @Test
    void headAnswersWithoutBody() {
        HttpResponse<byte[]> response = server.http().send("HEAD", TILE);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }
}
