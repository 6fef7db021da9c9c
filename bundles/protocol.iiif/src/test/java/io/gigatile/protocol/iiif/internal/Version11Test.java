/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.Quality;
import io.gigatile.api.Region;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.Size;
import io.gigatile.api.UnsupportedFormatException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Image API 1.1 at /iiif/1 and as the configured version: its info.json, its names and its narrower syntax. */
class Version11Test {
    private static final String COMPLIANCE = "http://library.stanford.edu/iiif/image-api/1.1/compliance.html#level2";
    private final Client client = new Client(Images.rgb1000x700(), new ServiceLimits(5000, true),
            Set.of("jpg", "png", "webp"), 3, "", "(c) Someone", "\"logo\": \"https://x/logo.png\"", -1);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ProtocolResponse r) {
        assertThat(r.status()).isEqualTo(200);
        return (Map<String, Object>) JsonReader.parse(new String(r.body(), StandardCharsets.UTF_8));
    }

    private static Object n(long value) {
        return BigDecimal.valueOf(value);
    }

    private ImageRequest ask(String path) {
        client.engine.rendered().clear();
        assertThat(client.get(path).status()).isEqualTo(200);
        return client.engine.only();
    }

    private String canonical(String path) {
        String link = client.get(path).headers().get("Link");
        return link.substring(link.lastIndexOf('<') + 1, link.lastIndexOf('>'));
    }

    @Test
    void infoJsonHasTheMembersOf11() {
        ProtocolResponse r = client.get("/1/dir%2Fx.tif/info.json");
        Map<String, Object> info = json(r);
        assertThat(info.keySet()).containsExactly("@context", "@id", "width", "height", "scale_factors",
                "tile_width", "tile_height", "formats", "qualities", "profile", "logo");
        assertThat(info).containsEntry("@context", "http://library.stanford.edu/iiif/image-api/1.1/context.json")
                .containsEntry("@id", "http://h:8080/iiif/1/dir%2Fx.tif")
                .containsEntry("width", n(1000)).containsEntry("height", n(700))
                .containsEntry("scale_factors", List.of(n(1), n(2), n(4)))
                .containsEntry("tile_width", n(256)).containsEntry("tile_height", n(256))
                .containsEntry("formats", List.of("jpg", "png", "webp"))
                .containsEntry("qualities", List.of("native", "color", "grey", "bitonal"))
                .containsEntry("profile", COMPLIANCE)
                .containsEntry("logo", "https://x/logo.png");
        assertThat(r.mediaType()).isEqualTo("application/json");
        assertThat(r.headers()).containsEntry("Link", "<" + COMPLIANCE + ">;rel=\"profile\"")
                .containsEntry("Vary", "Accept, X-IIIF-ID").doesNotContainKey("Cache-Control");
    }

    @Test
    void greyAndBitonalOnlyWhereTheEngineMakesThem() {
        client.engine.withQualities(Set.of(Quality.DEFAULT, Quality.COLOR));
        assertThat(json(client.get("/1/dir%2Fx.tif/info.json")).get("qualities"))
                .isEqualTo(List.of("native", "color"));
    }

    @Test
    void oneTileSizeForAllScaleFactors() {
        Map<String, Object> info = json(Client.of(Images.mixedTiles()).get("/1/dir%2Fx.tif/info.json"));
        assertThat(info).containsEntry("scale_factors", List.of(n(1), n(2), n(4)))
                .containsEntry("tile_width", n(256)).containsEntry("tile_height", n(256));
    }

    @Test
    void theConfiguredVersionCanBe11() {
        Client v1 = new Client(Images.rgb1000x700(), IiifSettings.of(1, "", "", "", -1, "", false));
        assertThat(json(v1.get("/dir%2Fx.tif/info.json"))).containsEntry("@id", "http://h:8080/iiif/dir%2Fx.tif")
                .containsEntry("profile", COMPLIANCE);
        v1.get("/dir%2Fx.tif/full/full/0/grey");
        assertThat(v1.engine.only().quality()).isEqualTo(Quality.GRAY);
        assertThat(json(v1.get("/3/dir%2Fx.tif/info.json"))).containsEntry("type", "ImageService3");
    }

    @Test
    void regionSizeRotationAndGreyReachTheEngine() {
        assertThat(ask("/1/dir%2Fx.tif/pct:10,10,50,50/full/90/grey.png")).isEqualTo(ImageRequest.builder(Client.ID)
                .region(Region.pixels(100, 70, 500, 350)).size(new Size(Size.Kind.EXACT, 500, 350, false))
                .rotation(90, false).quality(Quality.GRAY).format("png").build());
        assertThat(ask("/1/dir%2Fx.tif/full/!500,500/22.5/bitonal.jpg").quality()).isEqualTo(Quality.BITONAL);
        assertThat(ask("/1/dir%2Fx.tif/0,0,100,100/200,/0/color.jpg").size())
                .isEqualTo(new Size(Size.Kind.EXACT, 200, 200, true));
    }

    @Test
    void withoutAFormatTheAnswerIsJpeg() {
        ProtocolResponse r = client.get("/1/dir%2Fx.tif/full/500,/0/native");
        assertThat(r.mediaType()).isEqualTo("image/jpeg");
        assertThat(client.engine.only().format()).isEqualTo("jpg");
        assertThat(r.headers()).containsEntry("Link", "<" + COMPLIANCE + ">;rel=\"profile\", "
                + "<http://h:8080/iiif/1/dir%2Fx.tif/full/500,/0/native.jpg>;rel=\"canonical\"");
        assertThat(ask("/1/dir%2Fx.tif/full/full/0/grey?t=1").format()).isEqualTo("jpg");
    }

    @Test
    void withoutAFormatTheAcceptHeaderChoosesAmongTheFormatsWritten() {
        // the official validator's format_conneg asks so and expects PNG
        ProtocolResponse r = client.get("/1/dir%2Fx.tif/full/500,/0/native", "Accept", "image/png;q=1.0");
        assertThat(r.mediaType()).isEqualTo("image/png");
        assertThat(r.headers()).containsEntry("Vary", "Accept").containsEntry("Link", "<" + COMPLIANCE
                + ">;rel=\"profile\", <http://h:8080/iiif/1/dir%2Fx.tif/full/500,/0/native.png>;rel=\"canonical\"");
        // a browser's header: jpg, the first of the formats it rates highest
        assertThat(client.get("/1/dir%2Fx.tif/full/500,/0/native", "Accept",
                "image/avif,image/webp,image/apng,image/*,*/*;q=0.8").mediaType()).isEqualTo("image/jpeg");
        // nothing acceptable that is written (no avif here): jpg all the same
        assertThat(client.get("/1/dir%2Fx.tif/full/500,/0/native", "Accept", "image/avif").mediaType())
                .isEqualTo("image/jpeg");
        // a named format is what is answered, whatever the header
        ProtocolResponse named = client.get("/1/dir%2Fx.tif/full/500,/0/native.jpg", "Accept", "image/png");
        assertThat(named.mediaType()).isEqualTo("image/jpeg");
        assertThat(named.headers()).doesNotContainKey("Vary");
    }

    @Test
    void canonicalLinksAreThoseOf21WithThe11Qualities() {
        assertThat(canonical("/1/dir%2Fx.tif/pct:0,0,100,100/1000,700/360.0/native.png"))
                .endsWith("/1/dir%2Fx.tif/full/full/360/native.png");
        assertThat(canonical("/1/dir%2Fx.tif/0,0,100,100/pct:50/0/grey.jpg"))
                .endsWith("/0,0,100,100/50,/0/grey.jpg");
        assertThat(canonical("/1/dir%2Fx.tif/full/500,500/0/color.jpg")).endsWith("/full/500,500/0/color.jpg");
    }

    @Test
    void nativeTilesPassThrough() {
        ImageRequest tile = ask("/1/dir%2Fx.tif/256,256,256,256/256,/0/native.jpg");
        assertThat(tile.region()).isEqualTo(Region.tile(0, 1, 1));
        assertThat(tile.size()).isEqualTo(Size.MAX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"square/full/0/native.jpg", "full/max/0/native.jpg", "full/^max/0/native.jpg",
        "full/^100,/0/native.jpg", "full/full/!0/native.jpg", "full/full/!90/native", "full/full/0/default.jpg",
        "full/full/0/gray.jpg", "full/full/0/grey.", "full/full/0/native.jpeg"})
    void formsThatAreNot11AreBadRequestsBeforeTheImageIsLookedUp(String params) {
        int lookups = client.engine.lookups();
        assertThatThrownBy(() -> client.get("/1/missing.tif/" + params)).isInstanceOf(BadRequestException.class);
        assertThat(client.engine.lookups()).isEqualTo(lookups);
    }

    @Test
    void aFormatTheEngineCannotWriteIs415As11Asks() {
        assertThatThrownBy(() -> client.get("/1/dir%2Fx.tif/full/full/0/native.tif"))
                .isInstanceOfSatisfying(UnsupportedFormatException.class, e -> assertThat(e.isFeature()).isFalse());
        assertThatThrownBy(() -> client.get("/2/dir%2Fx.tif/full/full/0/native.tif"))
                .isInstanceOfSatisfying(UnsupportedFormatException.class, e -> assertThat(e.isFeature()).isTrue());
    }

    @Test
    void qualityNamesPerVersion() {
        assertThat(QualityFormat.parse("grey", IiifVersion.V1, false))
                .isEqualTo(new QualityFormat("grey", Quality.GRAY, null, "jpg"));
        assertThat(QualityFormat.parse("native.PNG", IiifVersion.V1, false))
                .isEqualTo(new QualityFormat("native", Quality.DEFAULT, null, "png"));
        assertThat(QualityFormat.parse("negative", IiifVersion.V1, true).extension()).isNotNull();
        assertThatThrownBy(() -> QualityFormat.parse("grey.jpg", IiifVersion.V3, false))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("default, color, gray, bitonal");
        assertThatThrownBy(() -> QualityFormat.parse("gray", IiifVersion.V1, false))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("native, color, grey, bitonal");
    }

    @Test
    void sizesAndRotationsOf11() {
        assertThat(IiifSize.parse("full", IiifVersion.V1).kind()).isEqualTo(IiifSize.Kind.FULL);
        assertThat(IiifSize.parse("!10,10", IiifVersion.V1).kind()).isEqualTo(IiifSize.Kind.CONFINED);
        assertThatThrownBy(() -> IiifSize.parse("max", IiifVersion.V1)).isInstanceOf(BadRequestException.class)
                .hasMessage("size must be full, w,, ,h, pct:n, w,h or !w,h");
        assertThat(IiifRotation.parse("22.5", IiifVersion.V1).degrees()).isEqualTo(22.5);
        assertThatThrownBy(() -> IiifRotation.parse("!22.5", IiifVersion.V1))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("mirroring");
        assertThatThrownBy(() -> IiifRegion.parse("square", IiifVersion.V1))
                .isInstanceOf(BadRequestException.class).hasMessage("region must be full, x,y,w,h or pct:x,y,w,h");
    }
}
