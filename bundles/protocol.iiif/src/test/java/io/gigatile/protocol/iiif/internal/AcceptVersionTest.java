/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ProtocolResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The version of unversioned paths chosen by a context URI in the Accept header, as iipsrv 1.3 chooses it, and
 * {@code Cache-Control: private} on what a shared cache must not hand to clients that did not ask.
 */
class AcceptVersionTest {
    private static final String V2_JSON_LD = "application/ld+json;profile=\"http://iiif.io/api/image/2/context.json\"";
    private static final String V3_JSON_LD = "application/ld+json;profile=\"http://iiif.io/api/image/3/context.json\"";
    private final Client defaultThree = Client.standard();
    private final Client defaultTwo = new Client(Images.rgb1000x700(), IiifSettings.of(2, "", "", "", -1, "", false));

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ProtocolResponse r) {
        assertThat(r.status()).isEqualTo(200);
        return (Map<String, Object>) JsonReader.parse(new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void acceptChooses2OnADefault3Server() {
        ProtocolResponse r = defaultThree.get("/dir%2Fx.tif/info.json", "Accept", V2_JSON_LD);
        assertThat(json(r)).containsEntry("@context", "http://iiif.io/api/image/2/context.json")
                .containsEntry("@id", "http://h:8080/iiif/dir%2Fx.tif");
        assertThat(r.mediaType()).isEqualTo("application/ld+json");
        assertThat(r.headers()).containsEntry("Cache-Control", "private")
                .containsEntry("Vary", "Accept, X-IIIF-ID")
                .containsEntry("Link", "<http://iiif.io/api/image/2/level2.json>;rel=\"profile\"");
    }

    @Test
    void acceptChooses3OnADefault2Server() {
        ProtocolResponse r = defaultTwo.get("/dir%2Fx.tif/info.json", "Accept", V3_JSON_LD);
        assertThat(json(r)).containsEntry("type", "ImageService3").containsEntry("id",
                "http://h:8080/iiif/dir%2Fx.tif");
        assertThat(r.headers()).containsEntry("Cache-Control", "private");
        assertThat(json(defaultTwo.get("/dir%2Fx.tif/info.json"))).containsEntry("@context",
                "http://iiif.io/api/image/2/context.json");
    }

    @Test
    void askingForTheDefaultVersionOrForNoneKeepsTheResponseCacheable() {
        assertThat(defaultThree.get("/dir%2Fx.tif/info.json", "Accept", V3_JSON_LD).headers())
                .doesNotContainKey("Cache-Control");
        assertThat(defaultThree.get("/dir%2Fx.tif/info.json", "Accept", "application/json").headers())
                .doesNotContainKey("Cache-Control");
        assertThat(defaultThree.get("/dir%2Fx.tif/info.json").headers()).doesNotContainKey("Cache-Control");
    }

    @Test
    void aVersionedPathIgnoresAccept() {
        ProtocolResponse r = defaultThree.get("/3/dir%2Fx.tif/info.json", "Accept", V2_JSON_LD);
        assertThat(json(r)).containsEntry("type", "ImageService3");
        assertThat(r.headers()).doesNotContainKey("Cache-Control");
        ProtocolResponse two = defaultThree.get("/2/dir%2Fx.tif/info.json", "Accept", V2_JSON_LD);
        assertThat(two.headers()).doesNotContainKey("Cache-Control");
        assertThatThrownBy(() -> defaultThree.get("/3/dir%2Fx.tif/full/full/0/default.jpg", "Accept", V2_JSON_LD))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void imageRequestsAreParsedInTheVersionAskedFor() {
        assertThatThrownBy(() -> defaultThree.get("/dir%2Fx.tif/full/full/0/native.jpg"))
                .isInstanceOf(BadRequestException.class);
        ProtocolResponse r = defaultThree.get("/dir%2Fx.tif/full/full/0/native.jpg", "Accept", V2_JSON_LD);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers()).containsEntry("Cache-Control", "private").containsEntry("Link",
                "<http://iiif.io/api/image/2/level2.json>;rel=\"profile\", "
                        + "<http://h:8080/iiif/dir%2Fx.tif/full/full/0/default.jpg>;rel=\"canonical\"");
        assertThat(defaultThree.get("/dir%2Fx.tif/full/max/0/default.jpg").headers())
                .doesNotContainKey("Cache-Control");
    }

    @Test
    void iipsrvsQueryFormFollowsAcceptToo() {
        ProtocolResponse r = defaultThree.getAt("http://h/fcgi-bin/iipsrv.fcgi", "/dir/x.tif/info.json", "Accept",
                V2_JSON_LD);
        assertThat(json(r)).containsEntry("@id", "http://h/fcgi-bin/iipsrv.fcgi?IIIF=dir%2Fx.tif");
        assertThat(r.headers()).containsEntry("Cache-Control", "private");
    }

    @Test
    void version11ByItsOwnContextOrIipsrvs() {
        String stanford = "application/ld+json;profile=\"http://library.stanford.edu/iiif/image-api/1.1/context.json\"";
        assertThat(json(defaultThree.get("/dir%2Fx.tif/info.json", "Accept", stanford))).containsKey("scale_factors");
        ProtocolResponse r = defaultThree.get("/dir%2Fx.tif/info.json", "Accept",
                "application/json;profile=http://iiif.io/api/image/1/context.json");
        assertThat(json(r)).containsEntry("profile",
                "http://library.stanford.edu/iiif/image-api/1.1/compliance.html#level2");
        assertThat(r.headers()).containsEntry("Cache-Control", "private");
    }

    @Test
    void theBaseUriRedirectIsTheSameForEveryVersion() {
        ProtocolResponse r = defaultThree.get("/dir%2Fx.tif", "Accept", V2_JSON_LD);
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.headers()).doesNotContainKey("Cache-Control");
    }

    @Test
    void contextUrisInTheAcceptHeader() {
        assertThat(IiifVersion.ofAccept(null)).isEmpty();
        assertThat(IiifVersion.ofAccept("*/*")).isEmpty();
        assertThat(IiifVersion.ofAccept(V2_JSON_LD)).contains(IiifVersion.V2);
        assertThat(IiifVersion.ofAccept("application/ld+json;profile=\"http://iiif.io/api/image/4/context.json\""))
                .isEmpty();
        assertThat(IiifVersion.ofAccept("application/ld+json;profile=\"http://iiif.io/api/image/4/context.json\", "
                + V2_JSON_LD + ";q=0.9")).contains(IiifVersion.V2);
        assertThat(IiifVersion.ofAccept(V3_JSON_LD + ", " + V2_JSON_LD)).contains(IiifVersion.V3);
        assertThat(IiifVersion.ofAccept("http://iiif.io/api/image/2/level2.json")).isEmpty();
        assertThat(IiifVersion.ofAccept("https://iiif.io/api/image/2/context.json")).isEqualTo(Optional.empty());
    }

    @Test
    void anUnservedVersionKeepsTheDefault() {
        ProtocolResponse r = defaultThree.get("/dir%2Fx.tif/info.json", "Accept",
                "application/ld+json;profile=\"http://iiif.io/api/image/4/context.json\"");
        assertThat(json(r)).containsEntry("type", "ImageService3");
        assertThat(r.headers()).doesNotContainKey("Cache-Control");
    }
}
