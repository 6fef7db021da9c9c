/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.Protocol;
import io.gigatile.api.ProtocolResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UriMapTest {
    private final Protocol any = request -> ProtocolResponse.text("text/plain", "x", null);

    @Test
    void aPrefixAndAProtocolAsIipsrvWritesThem() {
        UriMap map = UriMap.parse("images=>IIIF").orElseThrow();
        assertThat(map).isEqualTo(new UriMap("images", "iiif"));
        assertThat(map.patterns()).containsExactly("/images", "/images/*");
        assertThat(UriMap.parse(" /tiles/dz/ => DeepZoom ").orElseThrow())
                .isEqualTo(new UriMap("tiles/dz", "deepzoom"));
    }

    @Test
    void anEmptyPrefixTakesEveryPathAndAnEmptySettingNone() {
        assertThat(UriMap.parse("=>zoomify").orElseThrow().patterns()).containsExactly("/*");
        assertThat(UriMap.parse("")).isEmpty();
        assertThat(UriMap.parse(null)).isEmpty();
    }

    @Test
    void theRestOfThePathIsWhatTheProtocolReads() {
        Route r = new UriMap("images", "iiif").route(any, "/a%2Fb.tif/full/max/0/default.jpg", "t=1");
        assertThat(r.mount()).isEqualTo("/images");
        assertThat(r.path()).isEqualTo("/a%2Fb.tif/full/max/0/default.jpg");
        assertThat(r.query()).isEqualTo("t=1");
        assertThat(r.name()).isEqualTo("iiif");
    }

    @Test
    void forIipTheRestIsTheImageAheadOfTheQuery() {
        UriMap map = new UriMap("legacy", "iip");
        assertThat(map.route(any, "/dir/a.tif", "JTL=1,2").query()).isEqualTo("FIF=dir/a.tif&JTL=1,2");
        assertThat(map.route(any, "/a.tif", null).query()).isEqualTo("FIF=a.tif");
        assertThat(map.route(any, "/a.tif", "").path()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"images", "images->iiif", "images=>", "images=>ii if", "a b=>iiif", "a//b=>iiif",
        "a?b=>iiif"})
    void malformedSettingsAreRefused(String setting) {
        assertThatThrownBy(() -> UriMap.parse(setting)).isInstanceOf(IllegalArgumentException.class);
    }
}
