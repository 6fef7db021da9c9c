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
import io.gigatile.api.Size;
import io.gigatile.api.TransformStep;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** iipsrv's extra IIIF qualities (IIIF_EXTENSIONS): what they ask the engine for, and what info.json says. */
class ExtraQualitiesTest {
    private final Client on = new Client(Images.rgb1000x700(), IiifSettings.of(3, "", "", "", -1, "", true));

    private ImageRequest ask(String path) {
        on.engine.rendered().clear();
        ProtocolResponse r = on.get(path);
        assertThat(r.status()).isEqualTo(200);
        return on.engine.only();
    }

    @Test
    void eachIsItsTransformStepOnTheDefaultColours() {
        assertThat(ask("/3/dir%2Fx.tif/0,0,512,512/256,/0/negative.png")).isEqualTo(ImageRequest.builder(Client.ID)
                .region(Region.pixels(0, 0, 512, 512)).size(new Size(Size.Kind.EXACT, 256, 256, false))
                .quality(Quality.DEFAULT).transform(new TransformStep("invert", List.of())).format("png").build());
        assertThat(ask("/3/dir%2Fx.tif/full/max/0/stretch.jpg").transforms())
                .containsExactly(new TransformStep("contrast", List.of("stretch")));
        assertThat(ask("/2/dir%2Fx.tif/full/full/0/equalization.jpg").transforms())
                .containsExactly(new TransformStep("equalise", List.of()));
        assertThat(ask("/3/dir%2Fx.tif/full/max/90/log.jpg").transforms())
                .containsExactly(new TransformStep("gamma", List.of("log")));
    }

    @Test
    void aTileInAnExtraQualityIsRenderedNotTakenAsTheStoredTile() {
        ImageRequest r = ask("/3/dir%2Fx.tif/0,0,256,256/256,256/0/negative.jpg");
        assertThat(r.region()).isEqualTo(Region.pixels(0, 0, 256, 256));
        assertThat(r.transforms()).isNotEmpty();
    }

    @Test
    void theCanonicalLinkKeepsTheQualitysName() {
        ProtocolResponse r = on.get("/3/dir%2Fx.tif/full/max/0/negative.jpg");
        assertThat(r.headers().get("Link")).contains("/full/max/0/negative.jpg>;rel=\"canonical\"");
    }

    @Test
    void infoJsonListsThoseWhoseTransformsArePresent() {
        assertThat(extraQualities(on))
                .containsExactly("gray", "bitonal", "negative", "stretch", "equalization", "log");
        on.engine.withTransforms(Set.of("invert", "gamma"));
        assertThat(extraQualities(on)).containsExactly("gray", "bitonal", "negative", "log");
        String v2 = new String(on.get("/2/dir%2Fx.tif/info.json").body(), StandardCharsets.UTF_8);
        assertThat(v2)
                .contains("\"qualities\": [\"default\", \"color\", \"gray\", \"bitonal\", \"negative\", \"log\"]");
    }

    @Test
    void withoutTheSettingTheyAreMalformedAndUnadvertised() {
        Client off = Client.standard();
        assertThat(extraQualities(off)).containsExactly("gray", "bitonal");
        for (String name : List.of("negative", "stretch", "equalization", "log")) {
            assertThatThrownBy(() -> off.get("/3/dir%2Fx.tif/full/max/0/" + name + ".jpg"))
                    .isInstanceOf(BadRequestException.class);
        }
        assertThat(off.engine.rendered()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> extraQualities(Client client) {
        Map<String, Object> info = client.info(3);
        return (List<String>) info.get("extraQualities");
    }
}
