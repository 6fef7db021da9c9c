/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * A store, an encoder or a protocol bundle that stops (as while it is updated) makes what it served unavailable,
 * 503 with Retry-After, never missing (404) or unsupported; what it does not serve goes on; once it is back it
 * serves again.
 */
class PluginDeparturesTest {
    private static final String IMAGE = "iiif-test-grid-1000x1000.tif";
    private static final String OTHER = "/iiif/3/" + IMAGE + "/full/120,/0/default.jpg";

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "io.gigatile.protocol.zoomify | /zoomify/" + IMAGE + "/ImageProperties.xml",
        "io.gigatile.encoder.png | /iiif/3/" + IMAGE + "/full/100,/0/default.png"})
    void whatAStoppedBundleServedIsUnavailableUntilItReturns(String bundle, String path) throws BundleException {
        assertThat(server.http().get(path).statusCode()).as(path).isEqualTo(200);
        Bundle plugin = bundle(bundle);
        plugin.stop();
        try {
            server.purge(IMAGE);
            Await.until(server.context(), TestServer.TIMEOUT, "the bundle's service to leave",
                    () -> server.http().get(path).statusCode() != 200);
            HttpResponse<byte[]> away = server.http().get(path);
            assertThat(away.statusCode()).as(path + ": " + Http.text(away)).isEqualTo(503);
            assertThat(away.headers().firstValue("Retry-After")).isPresent();
            assertThat(server.http().get(OTHER).statusCode()).as("what the bundle does not serve").isEqualTo(200);
        } finally {
            plugin.start();
        }
        Await.until(server.context(), TestServer.TIMEOUT, "the bundle to serve again",
                () -> server.http().get(path).statusCode() == 200);
    }

    @ParameterizedTest
    @CsvSource("io.gigatile.store.file")
    void theImagesOfAStoppedStoreAreUnavailableUntilItReturns(String bundle) throws BundleException {
        String path = "/iiif/3/" + IMAGE + "/info.json";
        assertThat(server.http().get(path).statusCode()).isEqualTo(200);
        Bundle store = bundle(bundle);
        store.stop();
        try {
            HttpResponse<byte[]> away = server.http().get("/iiif/3/" + IMAGE + "/full/77,/0/default.jpg");
            assertThat(away.statusCode()).as(Http.text(away)).isEqualTo(503);
            assertThat(away.headers().firstValue("Retry-After")).isPresent();
        } finally {
            store.start();
        }
        Await.until(server.context(), TestServer.TIMEOUT, "the store to serve again",
                () -> server.http().get("/iiif/3/" + IMAGE + "/full/78,/0/default.jpg").statusCode() == 200);
    }

    @Test
    void aQualityIsAdvertisedOnlyWhileItsTransformIsThere() throws BundleException {
        String info = "/iiif/3/" + IMAGE + "/info.json";
        assertThat(Http.text(server.http().get(info))).contains("\"bitonal\"");
        Bundle bitonal = bundle("io.gigatile.transform.bitonal");
        bitonal.stop();
        try {
            Await.until(server.context(), TestServer.TIMEOUT, "bitonal to leave info.json",
                    () -> !Http.text(server.http().get(info)).contains("\"bitonal\""));
            assertThat(Http.text(server.http().get(info))).contains("\"gray\"");
            assertThat(server.http().get("/iiif/3/" + IMAGE + "/full/50,/0/bitonal.png").statusCode())
                    .isEqualTo(501);
        } finally {
            bitonal.start();
        }
        Await.until(server.context(), TestServer.TIMEOUT, "bitonal to return to info.json",
                () -> Http.text(server.http().get(info)).contains("\"bitonal\""));
    }

    private static Bundle bundle(String symbolicName) {
        return Arrays.stream(server.context().getBundles()).filter(b -> b.getSymbolicName().equals(symbolicName))
                .findFirst().orElseThrow();
    }
}
