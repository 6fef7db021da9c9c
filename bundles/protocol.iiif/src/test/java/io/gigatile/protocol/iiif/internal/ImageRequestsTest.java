/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.Quality;
import io.gigatile.api.Region;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.Size;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.testing.RecordingImageService;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Image requests end to end: what the engine is asked, the Link headers, redirects and errors. */
class ImageRequestsTest {
    private final Client client = Client.standard();

    private ImageRequest ask(String path) {
        client.engine.rendered().clear();
        int lookups = client.engine.lookups();
        ProtocolResponse r = client.get(path);
        assertThat(r.status()).isEqualTo(200);
        assertThat(client.engine.lookups() - lookups).as("one store lookup per request").isEqualTo(1);
        return client.engine.only();
    }

    private static ImageRequest.Builder request() {
        return ImageRequest.builder(Client.ID);
    }

    private static Size exact(int w, int h) {
        return new Size(Size.Kind.EXACT, w, h, false);
    }

    @Test
    void regionSizeRotationMirrorQualityAndFormatReachTheEngine() {
        assertThat(ask("/3/dir%2Fx.tif/100,200,300,400/150,/!22.5/gray.png")).isEqualTo(request()
                .region(Region.pixels(100, 200, 300, 400)).size(exact(150, 200)).rotation(22.5, true)
                .quality(Quality.GRAY).format("png").build());
        assertThat(ask("/3/dir%2Fx.tif/square/!100,100/180/bitonal.jpg")).isEqualTo(request()
                .region(Region.pixels(150, 0, 700, 700)).size(exact(100, 100)).rotation(180, false)
                .quality(Quality.BITONAL).build());
        assertThat(ask("/2/dir%2Fx.tif/pct:10,10,50,50/full/0/color.jpg")).isEqualTo(request()
                .region(Region.pixels(100, 70, 500, 350)).size(exact(500, 350)).quality(Quality.COLOR).build());
    }

    @Test
    void theWholeImageAtASizeIsTheFullRegion() {
        assertThat(ask("/3/dir%2Fx.tif/full/500,/0/default.jpg")).isEqualTo(request().region(Region.FULL)
                .size(exact(500, 350)).build());
        assertThat(ask("/3/dir%2Fx.tif/0,0,5000,5000/max/0/default.jpg").region()).isEqualTo(Region.FULL);
    }

    @Test
    void upscaledSizesAskTheEngineToUpscale() {
        assertThat(ask("/3/dir%2Fx.tif/0,0,100,100/^200,/0/default.jpg").size())
                .isEqualTo(new Size(Size.Kind.EXACT, 200, 200, true));
        assertThat(ask("/2/dir%2Fx.tif/0,0,100,100/200,/0/default.jpg").size())
                .isEqualTo(new Size(Size.Kind.EXACT, 200, 200, true));
    }

    @Test
    void imagesCarryProfileAndCanonicalLinks() {
        ProtocolResponse r = client.get("/3/dir%2Fx.tif/pct:0,0,100,100/1000,700/360.0/default.jpg?t=1");
        assertThat(r.headers()).containsEntry("Link", "<http://iiif.io/api/image/3/level2.json>;rel=\"profile\", "
                + "<http://h:8080/iiif/3/dir%2Fx.tif/full/max/360/default.jpg>;rel=\"canonical\"");
        assertThat(r.mediaType()).isEqualTo("image/jpeg");
        assertThat(r.lastModified()).isEqualTo(RecordingImageService.MODIFIED);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(client.engine.only().cacheKey());
    }

    @Test
    void canonicalSizesPerVersion() {
        assertThat(canonical("/3/dir%2Fx.tif/10,10,100,100/50,/!0.50/color.png"))
                .endsWith("/3/dir%2Fx.tif/10,10,100,100/50,50/!0.5/color.png");
        assertThat(canonical("/3/dir%2Fx.tif/10,10,100,100/^200,/0/default.jpg"))
                .endsWith("/10,10,100,100/^200,200/0/default.jpg");
        assertThat(canonical("/2/dir%2Fx.tif/full/500,/0/native.jpg"))
                .endsWith("/2/dir%2Fx.tif/full/500,/0/default.jpg");
        assertThat(canonical("/2/dir%2Fx.tif/full/500,/0/grey.jpg")).endsWith("/2/dir%2Fx.tif/full/500,/0/gray.jpg");
        assertThat(canonical("/2/dir%2Fx.tif/full/500,500/0/default.jpg")).endsWith("/full/500,500/0/default.jpg");
        assertThat(canonical("/2/dir%2Fx.tif/0,0,100,100/pct:100/0/default.jpg"))
                .endsWith("/0,0,100,100/full/0/default.jpg");
        assertThat(canonical("/2/dir%2Fx.tif/full/max/0/default.jpg")).endsWith("/full/full/0/default.jpg");
    }

    private String canonical(String path) {
        String link = client.get(path).headers().get("Link");
        return link.substring(link.lastIndexOf('<') + 1, link.lastIndexOf('>'));
    }

    @Test
    void theBaseUriRedirectsToInfoJson() {
        ProtocolResponse r = client.get("/3/dir%2Fx.tif");
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.headers()).containsEntry("Location", "http://h:8080/iiif/3/dir%2Fx.tif/info.json");
        assertThat(client.get("/dir/x.tif").headers()).containsEntry("Location",
                "http://h:8080/iiif/dir%2Fx.tif/info.json");
        assertThat(client.getAt("http://h/fcgi-bin/iipsrv.fcgi", "/dir%2Fx.tif").headers())
                .containsEntry("Location", "http://h/fcgi-bin/iipsrv.fcgi?IIIF=dir%2Fx.tif/info.json");
        assertThat(client.engine.rendered()).isEmpty();
    }

    @Test
    void unknownImagesAreNotFound() {
        assertThatThrownBy(() -> client.get("/3/missing.tif/info.json")).isInstanceOf(ImageNotFoundException.class);
        assertThatThrownBy(() -> client.get("/3/missing.tif/full/max/0/default.jpg"))
                .isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void formatsTheEngineCannotWriteAreUnsupportedFeatures() {
        assertThatThrownBy(() -> client.get("/3/dir%2Fx.tif/full/max/0/default.webp"))
                .isInstanceOfSatisfying(UnsupportedFormatException.class, e -> assertThat(e.isFeature()).isTrue());
        Client webp = new Client(Images.rgb1000x700(), new ServiceLimits(5000, true), Set.of("jpg", "webp"), 3, "",
                "", "", -1);
        webp.get("/3/dir%2Fx.tif/full/max/0/default.webp");
        assertThat(webp.engine.only().format()).isEqualTo("webp");
    }

    @Test
    void syntaxErrorsComeBeforeTheImageIsLookedUp() {
        for (String path : new String[] {"/3/missing.tif/nowhere/max/0/default.jpg",
            "/3/missing.tif/full/full/0/default.jpg", "/3/missing.tif/full/max/-90/default.jpg",
            "/3/missing.tif/full/max/0/default", "/3/missing.tif/full/max/0/sepia.jpg",
            "/2/missing.tif/full/^max/0/default.jpg"}) {
            assertThatThrownBy(() -> client.get(path)).as(path).isInstanceOf(BadRequestException.class);
        }
    }

    @Test
    void regionsOutsideTheImageAndOversizedOutputsAreRefused() {
        assertThatThrownBy(() -> client.get("/3/dir%2Fx.tif/1000,0,10,10/max/0/default.jpg"))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> client.get("/3/dir%2Fx.tif/full/1001,/0/default.jpg"))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> client.get("/3/dir%2Fx.tif/full/^5001,/0/default.jpg"))
                .isInstanceOf(LimitExceededException.class);
        assertThat(client.engine.rendered()).isEmpty();
    }

    @Test
    void maxIsScaledIntoTheLimits() {
        Client small = new Client(Images.rgb1000x700(), new ServiceLimits(400, true), Set.of("jpg"), 3, "", "", "",
                -1);
        small.get("/3/dir%2Fx.tif/full/max/0/default.jpg");
        assertThat(small.engine.only().size()).isEqualTo(exact(400, 280));
    }
}
