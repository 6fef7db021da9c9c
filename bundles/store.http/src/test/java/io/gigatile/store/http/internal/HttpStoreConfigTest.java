/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.store.remote.RemoteSettings;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpStoreConfigTest {

    @Test
    void theDefaultsAreTheRemoteDefaults() {
        HttpStoreConfig config = new ConfigBuilder().set("baseUrl", "https://example.org/img").build();

        assertThat(HttpImageStore.settings(config)).isEqualTo(RemoteSettings.defaults());
        assertThat(HttpImageStore.endpoint(config)).isEqualTo(new HttpEndpoint(URI.create(
                "https://example.org/img/"), java.util.List.of(), Duration.ofSeconds(10)));
    }

    @Test
    void identifiersAreAppendedSegmentBySegmentPercentEncoded() {
        HttpEndpoint endpoint = HttpEndpoint.of("http://127.0.0.1:8080/a%20b/", null, 1);

        assertThat(endpoint.uri("dir/x y%é?#;+.tif")).hasToString(
                "http://127.0.0.1:8080/a%20b/dir/x%20y%25%C3%A9%3F%23%3B%2B.tif");
        assertThat(HttpEndpoint.of("http://127.0.0.1", null, 1).uri("a.tif")).hasToString("http://127.0.0.1/a.tif");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ftp://example.org/", "example.org/images/", "http:///images/",
        "http://user:secret@example.org/", "http://example.org/?a=b", "http://example.org/#x",
        "http://example.org/../x/"})
    void unusableBaseUrlsFailTheActivation(String baseUrl) {
        assertThatThrownBy(() -> HttpEndpoint.of(baseUrl, null, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization Bearer s3cret", "Range: bytes=0-s3cret", "If-Match: s3cret",
        "Host: s3cret", "Bad Name: s3cret", "X-Key: s3cret\r\nX-Other: 1"})
    void unusableHeadersFailWithoutShowingTheirValues(String header) {
        assertThatThrownBy(() -> HttpEndpoint.of("http://example.org/", new String[] {header}, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"))
                .hasNoCause();
    }

    @Test
    void headersComeFromThePrivateProperty() {
        HttpStoreConfig config = new ConfigBuilder().set("baseUrl", "http://127.0.0.1/")
                .set("_headers", new String[] {"X-Api-Key:  k1 ", "Accept: image/*"}).build();

        assertThat(HttpImageStore.endpoint(config).headers()).containsExactly("X-Api-Key", "k1", "Accept", "image/*");
    }

    @Test
    void headerValuesStayOutOfTheLog() {
        HttpEndpoint endpoint = HttpEndpoint.of("http://example.org/", new String[] {"Authorization: Bearer s3cret"},
                1);

        assertThat(endpoint.headers()).containsExactly("Authorization", "Bearer s3cret");
        assertThat(endpoint.toString()).contains("Authorization").doesNotContain("s3cret");
    }

    @Test
    void outOfRangeNumbersFailTheActivation() {
        assertThatThrownBy(() -> HttpImageStore.settings(new ConfigBuilder().set("blockSize", 0).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpImageStore.settings(new ConfigBuilder().set("cacheSize", -1).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpImageStore.endpoint(new ConfigBuilder().set("baseUrl", "http://h/")
                .set("timeout", 0).build())).isInstanceOf(IllegalArgumentException.class);
    }
}
