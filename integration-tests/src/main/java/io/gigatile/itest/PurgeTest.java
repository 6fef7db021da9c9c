/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operator's purge over HTTP: with a revalidation interval of an hour, a replaced file is only served anew
 * once its image is purged; purging everything works too; the endpoint can be switched off.
 */
class PurgeTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.configure("io.gigatile.engine", Map.of("revalidateAfter", 3600));
    }

    @AfterAll
    static void restore() {
        server.configure("io.gigatile.engine", Map.of("revalidateAfter", 2));
        server.configure("io.gigatile.http.purge", Map.of("access", "loopback"));
    }

    @Test
    void aPurgedImageIsReadAnew() throws IOException {
        Path image = server.root().resolve("purged.tif");
        Files.copy(server.root().resolve("tif-rgb-deflate-1000x700-tile256-pyramid.tif"), image,
                StandardCopyOption.REPLACE_EXISTING);
        String tile = "/fcgi-bin/iipsrv.fcgi?FIF=purged.tif&JTL=2,1";
        byte[] before = server.http().get(tile).body();
        Files.copy(server.root().resolve("tif-grey-deflate-1000x700-tile256-pyramid.tif"), image,
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(server.http().get(tile).body()).as("trusted for an hour, and cached").isEqualTo(before);

        HttpResponse<byte[]> purge = server.http().send("DELETE", "/admin/cache?id=purged.tif");

        assertThat(purge.statusCode()).isEqualTo(204);
        assertThat(server.http().get(tile).body()).isNotEqualTo(before);
    }

    @Test
    void purgingEverythingAnswers204AndTheServerGoesOn() {
        assertThat(server.http().send("DELETE", "/admin/cache").statusCode()).isEqualTo(204);
        assertThat(server.http().get("/iiif/3/iiif-test-grid-1000x1000.tif/info.json").statusCode()).isEqualTo(200);
    }

    @Test
    void theEndpointCanBeSwitchedOff() {
        server.configure("io.gigatile.http.purge", Map.of("access", "none"));
        Await.until(server.context(), TestServer.TIMEOUT, "the purge endpoint to close",
                () -> server.http().send("DELETE", "/admin/cache").statusCode() == 404);
        server.configure("io.gigatile.http.purge", Map.of("access", "loopback"));
        Await.until(server.context(), TestServer.TIMEOUT, "the purge endpoint to open",
                () -> server.http().send("DELETE", "/admin/cache").statusCode() == 204);
    }
}
