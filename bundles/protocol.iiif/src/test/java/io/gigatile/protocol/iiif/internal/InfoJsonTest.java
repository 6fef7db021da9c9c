/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.Quality;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.testing.RecordingImageService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** info.json of both versions, parsed back: fields, limits, features, rights, ids, media types and headers. */
class InfoJsonTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ProtocolResponse r) {
        assertThat(r.status()).isEqualTo(200);
        return (Map<String, Object>) JsonReader.parse(new String(r.body(), StandardCharsets.UTF_8));
    }

    private static List<Map<String, Object>> sizes(Map<String, Object> info) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sizes = (List<Map<String, Object>>) info.get("sizes");
        return sizes;
    }

    private static Object n(long value) {
        return BigDecimal.valueOf(value);
    }

    @Test
    void version3() {
        Client client = new Client(Images.rgb1000x700(), new ServiceLimits(5000, true),
                Set.of("jpg", "png", "webp", "tif"), 3, "", "", "", -1);
        ProtocolResponse r = client.get("/3/dir%2Fx.tif/info.json");
        Map<String, Object> info = json(r);
        assertThat(info.keySet()).containsExactly("@context", "id", "type", "protocol", "profile", "width",
                "height", "maxWidth", "maxHeight", "maxArea", "sizes", "tiles", "extraQualities", "extraFormats",
                "extraFeatures");
        assertThat(info).containsEntry("@context", "http://iiif.io/api/image/3/context.json")
                .containsEntry("id", "http://h:8080/iiif/3/dir%2Fx.tif").containsEntry("type", "ImageService3")
                .containsEntry("protocol", "http://iiif.io/api/image").containsEntry("profile", "level2")
                .containsEntry("width", n(1000)).containsEntry("height", n(700))
                .containsEntry("maxWidth", n(5000)).containsEntry("maxHeight", n(5000))
                .containsEntry("maxArea", n(25_000_000));
        assertThat(sizes(info)).containsExactly(Map.of("width", n(250), "height", n(175)),
                Map.of("width", n(500), "height", n(350)), Map.of("width", n(1000), "height", n(700)));
        assertThat(info.get("tiles")).isEqualTo(List.of(Map.of("width", n(256), "height", n(256),
                "scaleFactors", List.of(n(1), n(2), n(4)))));
        assertThat(info.get("extraQualities")).isEqualTo(List.of("gray", "bitonal"));
        assertThat(info.get("extraFormats")).isEqualTo(List.of("tif", "webp"));
        assertThat(info.get("extraFeatures")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("mirroring", "rotationArbitrary", "regionByPct", "regionSquare", "sizeByPct",
                        "sizeByConfinedWh", "sizeByWh", "sizeUpscaling", "cors", "jsonldMediaType",
                        "profileLinkHeader", "canonicalLinkHeader", "baseUriRedirect", "sizeByW", "sizeByH")
                .doesNotHaveDuplicates();
        assertThat(r.mediaType()).isEqualTo("application/json");
        assertThat(r.lastModified()).isEqualTo(RecordingImageService.MODIFIED);
        assertThat(r.headers()).containsEntry("Link", "<http://iiif.io/api/image/3/level2.json>;rel=\"profile\"");
    }

    @Test
    void qualitiesWithoutTheirTransformsAreNotAdvertised() {
        Client client = Client.standard();
        client.engine.withQualities(Set.of(Quality.DEFAULT, Quality.COLOR, Quality.GRAY));
        assertThat(json(client.get("/3/dir%2Fx.tif/info.json")).get("extraQualities")).isEqualTo(List.of("gray"));
        client.engine.withQualities(Set.of(Quality.DEFAULT, Quality.COLOR));
        assertThat(json(client.get("/3/dir%2Fx.tif/info.json"))).doesNotContainKey("extraQualities");
        String v2 = new String(client.get("/2/dir%2Fx.tif/info.json").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(v2).contains("\"qualities\": [\"default\", \"color\"]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void version2() {
        Client client = new Client(Images.rgb1000x700(), new ServiceLimits(5000, false), Set.of("jpg", "png"), 3,
                "", "", "", 1_000_000);
        ProtocolResponse r = client.get("/2/dir%2Fx.tif/info.json");
        Map<String, Object> info = json(r);
        assertThat(info.keySet()).containsExactly("@context", "@id", "protocol", "width", "height", "sizes",
                "tiles", "profile");
        assertThat(info).containsEntry("@context", "http://iiif.io/api/image/2/context.json")
                .containsEntry("@id", "http://h:8080/iiif/2/dir%2Fx.tif");
        assertThat(sizes(info)).hasSize(3);
        List<Object> profile = (List<Object>) info.get("profile");
        assertThat(profile.get(0)).isEqualTo("http://iiif.io/api/image/2/level2.json");
        Map<String, Object> details = (Map<String, Object>) profile.get(1);
        assertThat(details).containsEntry("formats", List.of("jpg", "png"))
                .containsEntry("qualities", List.of("default", "color", "gray", "bitonal"))
                .containsEntry("maxWidth", n(5000)).containsEntry("maxHeight", n(5000))
                .containsEntry("maxArea", n(1_000_000));
        assertThat(details.get("supports")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("mirroring", "rotationArbitrary", "regionSquare", "sizeByW", "sizeByConfinedWh",
                        "sizeByDistortedWh", "profileLinkHeader")
                .doesNotContain("sizeAboveFull", "sizeUpscaling");
        assertThat(r.headers().get("Link")).isEqualTo("<http://iiif.io/api/image/2/level2.json>;rel=\"profile\", "
                + "<http://iiif.io/api/image/2/context.json>;rel=\"http://www.w3.org/ns/json-ld#context\";"
                + "type=\"application/ld+json\"");
    }

    @Test
    void jsonLdWhenAskedFor() {
        Client client = Client.standard();
        assertThat(client.get("/3/dir%2Fx.tif/info.json", "Accept", "application/ld+json, */*").mediaType())
                .isEqualTo("application/ld+json;profile=\"http://iiif.io/api/image/3/context.json\"");
        ProtocolResponse v2 = client.get("/2/dir%2Fx.tif/info.json", "Accept", "application/ld+json");
        assertThat(v2.mediaType()).isEqualTo("application/ld+json");
        assertThat(v2.headers().get("Link")).doesNotContain("json-ld#context");
        assertThat(v2.headers()).containsEntry("Vary", "Accept, X-IIIF-ID");
    }

    @Test
    void unlimitedEnginesAdvertiseNoLimits() {
        Client client = new Client(Images.rgb1000x700(), new ServiceLimits(-1, true), Set.of("jpg"), 3, "", "",
                "", -1);
        assertThat(client.info(3)).doesNotContainKeys("maxWidth", "maxHeight", "maxArea", "extraFormats");
        Client areaOnly = new Client(Images.rgb1000x700(), new ServiceLimits(-1, true), Set.of("jpg"), 3, "", "",
                "", 400_000);
        assertThat(areaOnly.info(3)).doesNotContainKeys("maxWidth", "maxHeight").containsEntry("maxArea",
                n(400_000));
        assertThat(sizes(areaOnly.info(3))).hasSize(2);
    }

    @Test
    void sizesStayWithinTheLimits() {
        Client client = new Client(Images.rgb1000x700(), new ServiceLimits(600, true), Set.of("jpg"), 3, "", "",
                "", -1);
        assertThat(sizes(client.info(3))).containsExactly(Map.of("width", n(250), "height", n(175)),
                Map.of("width", n(500), "height", n(350)));
    }

    @Test
    void tilesOfDifferentSizesGetOneEntryEach() {
        assertThat(Client.of(Images.mixedTiles()).info(3).get("tiles")).isEqualTo(List.of(
                Map.of("width", n(512), "height", n(512), "scaleFactors", List.of(n(1))),
                Map.of("width", n(256), "height", n(256), "scaleFactors", List.of(n(2), n(4)))));
    }

    @Test
    void scaleFactorsComeFromTheRealLevelSizes() {
        assertThat(Client.of(Images.odd1001x701RoundedUp()).info(2).get("tiles").toString())
                .contains("scaleFactors=[1, 2, 4]");
    }

    @Test
    void idFromTheConfiguredBaseUrl() {
        Client client = new Client(Images.rgb1000x700(), new ServiceLimits(5000, true), Set.of("jpg"), 3,
                "https://images.example/iiif/", "", "", -1);
        assertThat(client.info(3)).containsEntry("id", "https://images.example/iiif/3/dir%2Fx.tif");
        assertThat(json(client.get("/dir/x.tif/info.json"))).containsEntry("id",
                "https://images.example/iiif/dir%2Fx.tif");
        Client noSlash = new Client(Images.rgb1000x700(), new ServiceLimits(5000, true), Set.of("jpg"), 3,
                "https://images.example/iiif", "", "", -1);
        assertThat(json(noSlash.get("/dir/x.tif/info.json"))).containsEntry("id",
                "https://images.example/iiif/dir%2Fx.tif");
    }

    @Test
    void idFromTheXIiifIdHeaderWhenItIsASafeUri() {
        Client client = new Client(Images.rgb1000x700(), new ServiceLimits(5000, true), Set.of("jpg"), 3,
                "https://configured/", "", "", -1);
        assertThat(json(client.get("/dir/x.tif/info.json", "X-IIIF-ID", "https://proxy.example/img/42/")))
                .containsEntry("id", "https://proxy.example/img/42");
        assertThat(json(client.get("/dir/x.tif/info.json", "X-IIIF-ID", "https://evil\"/>")))
                .containsEntry("id", "https://configured/dir%2Fx.tif");
    }

    @Test
    void idOnIipsrvsOwnUrlKeepsTheQueryForm() {
        Client client = Client.standard();
        assertThat(json(client.getAt("http://h/fcgi-bin/iipsrv.fcgi", "/dir/x.tif/info.json")))
                .containsEntry("id", "http://h/fcgi-bin/iipsrv.fcgi?IIIF=dir%2Fx.tif");
        // ?IIIF=/dir/x.tif/info.json: the router's path is then //dir/x.tif/info.json, and the id keeps the slash
        assertThat(json(client.getAt("http://h/fcgi-bin/iipsrv.fcgi", "//dir/x.tif/info.json")))
                .containsEntry("id", "http://h/fcgi-bin/iipsrv.fcgi?IIIF=/dir%2Fx.tif");
    }

    @Test
    void rightsFromTheImageOrTheConfiguredCopyright() {
        ImageInfo withRights = Images.builder(1000, 700).metadata(ImageInfo.META_RIGHTS,
                "https://creativecommons.org/licenses/by/4.0/").build();
        Client own = new Client(withRights, new ServiceLimits(5000, true), Set.of("jpg"), 3, "", "(c) Museum",
                "", -1);
        assertThat(own.info(3)).containsEntry("rights", "https://creativecommons.org/licenses/by/4.0/");
        assertThat(own.info(2)).containsEntry("license", "https://creativecommons.org/licenses/by/4.0/");
        Client text = new Client(Images.rgb1000x700(), new ServiceLimits(5000, true), Set.of("jpg"), 3, "",
                "(c) Museum \"Q\"", "", -1);
        assertThat(text.info(3)).doesNotContainKey("rights");
        assertThat(text.info(2)).containsEntry("attribution", "(c) Museum \"Q\"").doesNotContainKey("license");
    }

    @Test
    void extraInfoIsAddedAsJsonWithoutOverridingTheStandardFields() {
        Client client = new Client(Images.rgb1000x700(), new ServiceLimits(5000, true), Set.of("jpg"), 3, "", "",
                " \"logo\": \"https://x/logo.png\", \"service\": [{\"n\": -1.5e3, \"ok\": true, \"none\": null}],"
                        + " \"width\": 1,", -1);
        Map<String, Object> info = client.info(3);
        assertThat(info).containsEntry("logo", "https://x/logo.png").containsEntry("width", n(1000));
        assertThat(info.get("service").toString()).isEqualTo("[{n=-1.5E+3, ok=true, none=null}]");
        assertThat(client.info(2)).containsEntry("logo", "https://x/logo.png");
    }

    @Test
    void extraInfoThatIsNotJsonIsIgnored() {
        Client client = new Client(Images.rgb1000x700(), new ServiceLimits(5000, true), Set.of("jpg"), 3, "", "",
                "\"logo\": https://x/logo.png", -1);
        assertThat(client.info(3)).doesNotContainKey("logo");
    }

    @Test
    void unversionedPathsFollowTheConfiguredVersion() {
        Client v2 = new Client(Images.rgb1000x700(), new ServiceLimits(5000, true), Set.of("jpg"), 2, "", "", "",
                -1);
        assertThat(json(v2.get("/dir%2Fx.tif/info.json"))).containsEntry("@id", "http://h:8080/iiif/dir%2Fx.tif");
        Client fallback = new Client(Images.rgb1000x700(), new ServiceLimits(5000, true), Set.of("jpg"), 4, "", "",
                "", -1);
        assertThat(json(fallback.get("/dir%2Fx.tif/info.json"))).containsEntry("type", "ImageService3");
    }

    @Test
    void aNewConfigurationIsTakenWithoutANewProtocol() {
        Client client = Client.standard();
        assertThat(client.info(2)).doesNotContainKey("attribution");

        client.protocol.modified(new IiifConfig() {
            @Override
            public int version() {
                return 3;
            }

            @Override
            public String baseUrl() {
                return "";
            }

            @Override
            public String copyright() {
                return "(c) Reconfigured";
            }

            @Override
            public String extraInfo() {
                return "";
            }

            @Override
            public long maxArea() {
                return -1;
            }

            @Override
            public String delimiter() {
                return "";
            }

            @Override
            public boolean extensions() {
                return false;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return IiifConfig.class;
            }
        });

        assertThat(client.info(2)).containsEntry("attribution", "(c) Reconfigured");
    }
}
