/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.zoomify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.Region;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.Size;
import io.gigatile.api.testing.Images;
import io.gigatile.api.testing.RecordingImageService;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ZoomifyProtocolTest {
    private static final String ID = "tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif";

    private final RecordingImageService service = new RecordingImageService(ID, Images.rgb1000x700(),
            new ServiceLimits(5000, true), Set.of("jpg"));
    private final ZoomifyProtocol protocol = new ZoomifyProtocol(service);

    private ProtocolResponse get(String path) {
        return protocol.handle(new ProtocolRequest("GET", path, "", Map.of(), "http://localhost/zoomify"));
    }

    @Test
    void thePropertiesAreApplicationXmlWithTheImagesDate() {
        ProtocolResponse response = get("/" + ID + "/ImageProperties.xml");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.mediaType()).isEqualTo("application/xml");
        assertThat(response.lastModified()).isEqualTo(RecordingImageService.MODIFIED);
        assertThat(service.lookups()).as("one store lookup per request").isEqualTo(1);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("<IMAGE_PROPERTIES WIDTH=\"1000\" "
                + "HEIGHT=\"700\" NUMTILES=\"17\" NUMIMAGES=\"1\" VERSION=\"1.8\" TILESIZE=\"256\" />");
        assertThat(service.rendered()).isEmpty();
    }

    @Test
    void aStoredTileIsAskedForAsThatNativeTileInJpeg() {
        ProtocolResponse response = get("/" + ID + "/TileGroup0/2-3-2.jpg");
        ImageRequest expected = ImageRequest.builder(ID).region(Region.tile(0, 3, 2)).size(Size.MAX).format("jpg")
                .build();
        assertThat(service.rendered()).containsExactly(expected);
        assertThat(expected.isPlainTile()).isTrue();
        assertThat(response.mediaType()).isEqualTo("image/jpeg");
        assertThat(response.lastModified()).isEqualTo(RecordingImageService.MODIFIED);
        assertThat(service.lookups()).as("one store lookup per request").isEqualTo(1);
        assertThat(response.body()).asString(StandardCharsets.UTF_8).isEqualTo(expected.cacheKey());
    }

    @Test
    void tierZeroIsTheSmallestStoredLevel() {
        get("/" + ID + "/TileGroup0/0-0-0.jpg");
        assertThat(service.rendered()).extracting(ImageRequest::region).containsExactly(Region.tile(2, 0, 0));
    }

    @Test
    void pngTilesArePngOnlyWhereAnEncoderWritesPng() {
        get("/" + ID + "/TileGroup0/1-1-1.png");
        RecordingImageService withPng = new RecordingImageService(ID, Images.rgb1000x700(),
                new ServiceLimits(5000, true), Set.of("jpg", "png"));
        new ZoomifyProtocol(withPng).handle(new ProtocolRequest("GET", "/" + ID + "/TileGroup0/1-1-1.png", "",
                Map.of(), "http://localhost/zoomify"));
        assertThat(service.rendered()).extracting(ImageRequest::format).containsExactly("jpg");
        assertThat(withPng.rendered()).extracting(ImageRequest::format).containsExactly("png");
        assertThat(withPng.rendered().get(0).region()).isEqualTo(Region.tile(1, 1, 1));
    }

    @Test
    void theQueryFormsPathIsServedTheSame() {
        // ?Zoomify=<id>/TileGroup0/1-0-1.jpg reaches the protocol as "/" + value, with the rest of the query aside
        protocol.handle(new ProtocolRequest("GET", "/" + ID + "/TileGroup0/1-0-1.jpg", "x=1", Map.of(),
                "http://localhost/fcgi-bin/iipsrv.fcgi"));
        assertThat(service.rendered()).extracting(ImageRequest::region).containsExactly(Region.tile(1, 0, 1));
    }

    @Test
    void unknownImagesAreNotFound() {
        assertThatThrownBy(() -> get("/missing.tif/ImageProperties.xml")).isInstanceOf(ImageNotFoundException.class);
        assertThatThrownBy(() -> get("/missing.tif/TileGroup0/0-0-0.jpg"))
                .isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void badPathsTiersTilesAndGroupsAreBadRequestsAndRenderNothing() {
        for (String path : new String[] {"/" + ID, "/" + ID + "/TileGroup0/3-0-0.jpg",
            "/" + ID + "/TileGroup0/2-4-0.jpg", "/" + ID + "/TileGroup0/2-0-3.jpg", "/" + ID + "/TileGroup1/2-0-0.jpg",
            "/" + ID + "/TileGroup0/0-0-0.tif", ""}) {
            assertThatThrownBy(() -> get(path)).as(path).isInstanceOf(BadRequestException.class);
        }
        assertThat(service.rendered()).isEmpty();
    }
}
