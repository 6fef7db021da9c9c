/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.deepzoom.internal;

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

class DeepZoomProtocolTest {
    private static final String ID = "tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif";

    private final RecordingImageService service = new RecordingImageService(ID, Images.rgb1000x700(),
            new ServiceLimits(5000, true), Set.of("jpg"));
    private final DeepZoomProtocol protocol = new DeepZoomProtocol(service);

    private ProtocolResponse get(String path) {
        return protocol.handle(new ProtocolRequest("GET", path, "", Map.of(), "http://localhost/deepzoom"));
    }

    @Test
    void theDescriptorIsApplicationXmlWithTheImagesDate() {
        ProtocolResponse response = get("/" + ID + ".dzi");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.mediaType()).isEqualTo("application/xml");
        assertThat(response.lastModified()).isEqualTo(RecordingImageService.MODIFIED);
        assertThat(service.lookups()).as("one store lookup per request").isEqualTo(1);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(
                "<Image xmlns=\"http://schemas.microsoft.com/deepzoom/2008\" TileSize=\"256\" Overlap=\"0\" "
                        + "Format=\"jpg\"><Size Width=\"1000\" Height=\"700\"/></Image>");
        assertThat(service.rendered()).isEmpty();
    }

    @Test
    void aStoredTileIsAskedForAsThatNativeTileInJpeg() {
        ProtocolResponse response = get("/" + ID + "_files/10/3_2.jpg");
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
    void aVirtualLevelIsTheImageScaledToTheLevel() {
        get("/" + ID + "_files/7/0_0.jpg");
        assertThat(service.rendered()).containsExactly(ImageRequest.builder(ID).region(Region.pixels(0, 0, 1000, 700))
                .size(new Size(Size.Kind.EXACT, 125, 88, false)).format("jpg").build());
    }

    @Test
    void pngTilesArePngOnlyWhereAnEncoderWritesPng() {
        get("/" + ID + "_files/9/1_1.png");
        RecordingImageService withPng = new RecordingImageService(ID, Images.rgb1000x700(),
                new ServiceLimits(5000, true), Set.of("jpg", "png"));
        new DeepZoomProtocol(withPng).handle(new ProtocolRequest("GET", "/" + ID + "_files/9/1_1.PNG", "",
                Map.of(), "http://localhost/deepzoom"));
        assertThat(service.rendered()).extracting(ImageRequest::format).containsExactly("jpg");
        assertThat(withPng.rendered()).extracting(ImageRequest::format).containsExactly("png");
        assertThat(withPng.rendered().get(0).region()).isEqualTo(Region.tile(1, 1, 1));
    }

    @Test
    void aJpegSuffixIsJpg() {
        get("/" + ID + "_files/8/0_0.jpeg");
        assertThat(service.rendered()).extracting(ImageRequest::format).containsExactly("jpg");
    }

    @Test
    void theQueryFormsPathIsServedTheSame() {
        // ?DeepZoom=<id>_files/9/0_1.jpg reaches the protocol as "/" + value, with the rest of the query aside
        protocol.handle(new ProtocolRequest("GET", "/" + ID + "_files/9/0_1.jpg", "cache=1", Map.of(),
                "http://localhost/fcgi-bin/iipsrv.fcgi"));
        assertThat(service.rendered()).extracting(ImageRequest::region).containsExactly(Region.tile(1, 0, 1));
    }

    @Test
    void unknownImagesAreNotFound() {
        assertThatThrownBy(() -> get("/missing.tif.dzi")).isInstanceOf(ImageNotFoundException.class);
        assertThatThrownBy(() -> get("/missing.tif_files/0/0_0.jpg")).isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void badPathsLevelsAndTilesAreBadRequestsAndRenderNothing() {
        for (String path : new String[] {"/" + ID, "/" + ID + "_files/11/0_0.jpg", "/" + ID + "_files/10/4_0.jpg",
            "/" + ID + "_files/10/0_3.jpg", "/" + ID + "_files/0/0_1.jpg", "/" + ID + "_files/10/0_0.tif", ""}) {
            assertThatThrownBy(() -> get(path)).as(path).isInstanceOf(BadRequestException.class);
        }
        assertThat(service.rendered()).isEmpty();
    }
}
