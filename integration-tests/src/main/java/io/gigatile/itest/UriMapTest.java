/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * URI_MAP (iipsrv), {@code prefix=>protocol}: paths under the prefix are that protocol's, beside its own mount;
 * for IIP the rest of the path is the image. A new setting replaces the old mapping while the server runs.
 */
class UriMapTest {
    private static final String IMAGE = "tif-rgb-lzw-500x350-tile128-pyramid.tif";
    private static final String PID = "io.gigatile.http";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterEach
    void restore() {
        server.configure(PID, Map.of("uriMap", ""));
        Await.until(server.context(), TestServer.TIMEOUT, "the mapping to go",
                () -> server.http().get("/images/" + IMAGE + "/info.json").statusCode() == 404);
    }

    private static void map(String setting, String probe) {
        server.configure(PID, Map.of("uriMap", setting));
        Await.until(server.context(), TestServer.TIMEOUT, "the mapping " + setting,
                () -> server.http().get(probe).statusCode() == 200);
    }

    @Test
    void aPrefixServesIiifAsItsOwnMountDoes() {
        map("images=>IIIF", "/images/" + IMAGE + "/info.json");
        String info = Http.text(server.http().get("/images/" + IMAGE + "/info.json"));
        assertThat(info).contains("/images/" + IMAGE + "\"");
        HttpResponse<byte[]> mapped = server.http().get("/images/" + IMAGE + "/0,0,256,256/256,/0/default.jpg");
        HttpResponse<byte[]> own = server.http().get("/iiif/3/" + IMAGE + "/0,0,256,256/256,/0/default.jpg");
        assertThat(mapped.statusCode()).isEqualTo(200);
        assertThat(mapped.body()).isEqualTo(own.body());
        assertThat(server.http().get("/images/" + IMAGE + "/0,0,256,256/256,/0/sepia.jpg").statusCode())
                .isEqualTo(400);
    }

    @Test
    void forIipTheRestOfThePathIsTheImage() {
        map("legacy=>IIP", "/legacy/" + IMAGE + "?OBJ=IIP,1.0");
        HttpResponse<byte[]> mapped = server.http().get("/legacy/" + IMAGE + "?JTL=1,0");
        HttpResponse<byte[]> own = server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=" + IMAGE + "&JTL=1,0");
        assertThat(mapped.statusCode()).isEqualTo(200);
        assertThat(mapped.body()).isEqualTo(own.body());
        assertThat(server.http().get("/legacy/missing.tif?JTL=1,0").statusCode()).isEqualTo(404);
    }

    @Test
    void aNewMappingReplacesTheOld() {
        map("images=>IIIF", "/images/" + IMAGE + "/info.json");
        map("dz=>deepzoom", "/dz/" + IMAGE + ".dzi");
        assertThat(server.http().get("/images/" + IMAGE + "/info.json").statusCode()).isEqualTo(404);
        assertThat(server.http().get("/iiif/3/" + IMAGE + "/info.json").statusCode()).isEqualTo(200);
    }
}
