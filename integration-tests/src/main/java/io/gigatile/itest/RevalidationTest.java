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
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A replaced image is served anew once the revalidation interval has passed, whatever the caches held: the open
 * source, the decoded tiles and the rendered responses all belong to the version they were made from.
 */
class RevalidationTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.configure("io.gigatile.engine", Map.of("revalidateAfter", 1));
    }

    @AfterAll
    static void restore() {
        server.configure("io.gigatile.engine", Map.of("revalidateAfter", 2));
    }

    @Test
    void aReplacedFileIsServedAnewWithinTheInterval() throws IOException {
        Path image = server.root().resolve("replaced.tif");
        Files.copy(server.root().resolve("tif-rgb-deflate-1000x700-tile256-pyramid.tif"), image,
                StandardCopyOption.REPLACE_EXISTING);
        String tile = "/fcgi-bin/iipsrv.fcgi?FIF=replaced.tif&JTL=2,1";
        String region = "/iiif/3/replaced.tif/100,100,300,200/150,/0/default.png";
        HttpResponse<byte[]> oldTile = server.http().get(tile);
        HttpResponse<byte[]> oldRegion = server.http().get(region);
        assertThat(oldTile.statusCode()).isEqualTo(200);

        Files.copy(server.root().resolve("tif-grey-deflate-1000x700-tile256-pyramid.tif"), image,
                StandardCopyOption.REPLACE_EXISTING);
        // a filesystem's timestamps may be too coarse to tell two writes within one tick apart
        Files.setLastModifiedTime(image, FileTime.from(Instant.now().plusSeconds(10)));
        Instant replaced = Instant.now();

        Await.until(server.context(), TestServer.TIMEOUT, "the new image to be served", 
                () -> !Arrays.equals(server.http().get(tile).body(), oldTile.body()));
        assertThat(Duration.between(replaced, Instant.now())).as("within the interval, with some slack")
                .isLessThan(Duration.ofSeconds(5));
        HttpResponse<byte[]> newTile = server.http().get(tile);
        HttpResponse<byte[]> newRegion = server.http().get(region);
        assertThat(newRegion.body()).isNotEqualTo(oldRegion.body());
        assertThat(newTile.headers().firstValue("ETag")).isNotEqualTo(oldTile.headers().firstValue("ETag"));
        assertThat(Http.image(newTile).getRaster().getNumBands()).isEqualTo(1);
    }
}
