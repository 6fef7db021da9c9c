/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Links point back the way the client came: through a proxy's forwarded headers when they are sound. */
class BaseUriTest {

    @Test
    void theHostHeaderNamesTheServerAsTheClientSawIt() {
        assertThat(BaseUri.of(null, "http", null, "images.example.org:8080", "127.0.0.1", 9000))
                .isEqualTo("http://images.example.org:8080");
        assertThat(BaseUri.of(null, "http", null, "[::1]:8080", "::1", 8080)).isEqualTo("http://[::1]:8080");
    }

    @Test
    void aProxysForwardedSchemeAndFirstHostWin() {
        assertThat(BaseUri.of("https", "http", "iiif.example.org, inner.proxy", "127.0.0.1:8080", "127.0.0.1", 8080))
                .isEqualTo("https://iiif.example.org");
        assertThat(BaseUri.of("https, http", "http", null, "a.example", "127.0.0.1", 8080))
                .isEqualTo("https://a.example");
    }

    @Test
    void forgedOrOddHeadersArePassedOver() {
        assertThat(BaseUri.of("javascript", "http", "evil.example/\"><script>", "good.example", "127.0.0.1", 8080))
                .isEqualTo("http://good.example");
        assertThat(BaseUri.of(null, "http", "", "bad host", "127.0.0.1", 8080)).isEqualTo("http://127.0.0.1:8080");
        assertThat(BaseUri.of(null, "http", null, null, "127.0.0.1", 8080)).isEqualTo("http://127.0.0.1:8080");
        assertThat(BaseUri.of(null, "http", null, "", "127.0.0.1", 8080)).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void aHostIsLettersDigitsDotsHyphensColonsAndBrackets() {
        assertThat(BaseUri.isHost("a-b.C9:80")).isTrue();
        assertThat(BaseUri.isHost("[2001:db8::1]:443")).isTrue();
        assertThat(BaseUri.isHost("a b")).isFalse();
        assertThat(BaseUri.isHost("a/b")).isFalse();
        assertThat(BaseUri.isHost("a@b")).isFalse();
        assertThat(BaseUri.isHost("é.example")).isFalse();
        assertThat(BaseUri.isHost("")).isFalse();
        assertThat(BaseUri.isHost(null)).isFalse();
    }
}
