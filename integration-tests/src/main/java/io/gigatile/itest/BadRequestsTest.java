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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Hostile and broken requests: clear errors, no server paths, nothing outside the root, and still serving. */
class BadRequestsTest {
    static TestServer server;
    static final String IIP = "/fcgi-bin/iipsrv.fcgi?";
    static final String GOOD = IIP + "FIF=tif-rgb-none-180x120-tile64-pyramid.tif&JTL=0,0";

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        Path outside = Files.createTempDirectory("gigatile-outside");
        Files.copy(server.root().resolve("tif-rgb-none-180x120-tile64-pyramid.tif"), outside.resolve("secret.tif"));
        Files.createSymbolicLink(server.root().resolve("escape"), outside);
        Files.createSymbolicLink(server.root().resolve("inside-link.tif"),
                server.root().resolve("tif-rgb-none-180x120-tile64-pyramid.tif"));
    }

    private void assertRefusedWithoutLeaks(HttpResponse<byte[]> response, int... statuses) {
        String body = Http.text(response);
        assertThat(response.statusCode()).as(body).isIn((Object[]) java.util.Arrays.stream(statuses).boxed()
                .toArray(Integer[]::new));
        assertThat(body).doesNotContain(server.root().toString()).doesNotContain("Exception")
                .doesNotContain("\tat ").doesNotContain("/tmp");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "../../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e/%2e%2e/etc/passwd",
        "%252e%252e%252f%252e%252e%252fetc%252fpasswd", "..%5C..%5Cetc%5Cpasswd", "/etc/passwd",
        "escape/secret.tif", "escape%2Fsecret.tif", "....//....//etc/passwd", "%00", "C:%5Cwindows%5Cwin.ini"})
    void traversalIsRefused(String identifier) {
        assertRefusedWithoutLeaks(server.http().get(IIP + "FIF=" + identifier + "&JTL=0,0"), 400, 404);
        assertThat(server.http().get(GOOD).statusCode()).isEqualTo(200);
    }

    @Test
    void symlinksInsideTheRootAreServed() {
        assertThat(server.http().get(IIP + "FIF=inside-link.tif&JTL=0,0").statusCode()).isEqualTo(200);
    }

    @Test
    void missingImageIs404WithoutPaths() {
        assertRefusedWithoutLeaks(server.http().get(IIP + "FIF=no-such-image.tif&JTL=0,0"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tif-rgb-deflate-300x200-tile64-pyramid-truncated.tif",
        "tif-rgb-deflate-300x200-tile64-pyramid-bad-offsets.tif"})
    void corruptFilesGive500AndTheServerKeepsServing(String fixture) {
        for (int tile = 0; tile < 20; tile++) {
            HttpResponse<byte[]> response = server.http().get(IIP + "FIF=" + fixture + "&JTL=2," + tile);
            if (response.statusCode() != 200) {
                assertRefusedWithoutLeaks(response, 400, 500);
            }
        }
        HttpResponse<byte[]> whole = server.http().get(IIP + "FIF=" + fixture + "&WID=300&CVT=jpeg");
        assertRefusedWithoutLeaks(whole, 500);
        assertThat(server.http().get(GOOD).statusCode()).isEqualTo(200);
    }

    @Test
    void notAnImageIs415() throws IOException {
        Files.writeString(server.root().resolve("notes.txt"), "not an image");
        assertRefusedWithoutLeaks(server.http().get(IIP + "FIF=notes.txt&JTL=0,0"), 415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JTL=0,99999", "JTL=99,0", "JTL=-1,0", "JTL=a,b", "JTL=", "WID=abc&CVT=jpeg",
        "RGN=0.5,0.5&CVT=jpeg", "RGN=2,2,0.5,0.5&CVT=jpeg"})
    void malformedCommandsAre400(String command) {
        assertRefusedWithoutLeaks(server.http().get(IIP + "FIF=tif-rgb-none-180x120-tile64-pyramid.tif&"
                + command), 400);
    }

    @Test
    void oversizedExportIsRefusedOrClamped() {
        HttpResponse<byte[]> response = server.http().get(IIP + "FIF=tif-rgb-none-180x120-tile64-pyramid.tif"
                + "&WID=100000&HEI=100000&CVT=jpeg");
        if (response.statusCode() == 200) {
            assertThat(Http.image(response).getWidth()).isLessThanOrEqualTo(5000);
        } else {
            assertRefusedWithoutLeaks(response, 400, 403);
        }
    }
}
