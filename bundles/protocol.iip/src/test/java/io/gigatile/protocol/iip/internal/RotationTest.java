/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.Region;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.TransformStep;
import io.gigatile.api.testing.RecordingImageService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ROT's effect on the tile JTL reads (iipsrv's JTL.cc) and on OBJ=Max-size (iipsrv's OBJ.cc). */
class RotationTest {
    private RecordingImageService service;

    private ProtocolResponse ask(ImageInfo info, String query) {
        service = new RecordingImageService("t.tif", info, new ServiceLimits(5000, true), Set.of("jpg"));
        return new IipProtocol(service).handle(new ProtocolRequest("GET", "", query, Map.of(), "http://h/iip"));
    }

    private ImageRequest tile(ImageInfo info, String query) {
        ask(info, query);
        assertThat(service.rendered()).hasSize(1);
        return service.rendered().get(0);
    }

    private static ImageRequest expected(Region region, TransformStep... steps) {
        ImageRequest.Builder b = ImageRequest.builder("t.tif").region(region);
        for (TransformStep step : steps) {
            b.transform(step);
        }
        return b.build();
    }

    private static TransformStep rotate(int degrees) {
        return new TransformStep("rotate", List.of(Integer.toString(degrees)));
    }

    private static final TransformStep MIRROR = new TransformStep("mirror", List.of());

    @Test
    void aHalfTurnReadsTheGridFromItsOtherEnd() {
        // 4x4 tiles at the full resolution: tile 5 is column 1, row 1; from the other end it is tile 10
        assertThat(tile(Images.rgb1000(), "FIF=t.tif&ROT=180&JTL=2,5"))
                .isEqualTo(expected(Region.tile(0, 2, 2), rotate(180)));
        assertThat(tile(Images.rgb1000(), "FIF=t.tif&ROT=-180&JTL=2,0"))
                .isEqualTo(expected(Region.tile(0, 3, 3), rotate(180)));
        // 8x6 tiles: tile 0 becomes tile 47, the last column of the last row
        assertThat(tile(Images.grey1000x700(), "FIF=t.tif&ROT=540&JTL=3,0"))
                .isEqualTo(expected(Region.tile(0, 7, 5), rotate(180)));
        assertThat(tile(Images.grey1000x700(), "FIF=t.tif&ROT=180&JTL=3,9"))
                .isEqualTo(expected(Region.tile(0, 6, 4), rotate(180)));
    }

    @Test
    void quarterTurnsKeepTheTileNumberAsIipsrvDoes() {
        assertThat(tile(Images.rgb1000(), "FIF=t.tif&ROT=90&JTL=2,5"))
                .isEqualTo(expected(Region.tile(0, 1, 1), rotate(90)));
        assertThat(tile(Images.rgb1000(), "FIF=t.tif&ROT=270&JTL=2,5"))
                .isEqualTo(expected(Region.tile(0, 1, 1), rotate(270)));
        assertThat(tile(Images.grey1000x700(), "FIF=t.tif&ROT=!90&JTL=3,9"))
                .isEqualTo(expected(Region.tile(0, 1, 1), MIRROR, rotate(90)));
    }

    @Test
    void aVerticalFlipIsFlippedWhereItIs() {
        assertThat(tile(Images.rgb1000(), "FIF=t.tif&ROT=!180&JTL=2,5"))
                .isEqualTo(expected(Region.tile(0, 1, 1), MIRROR, rotate(180)));
        assertThat(tile(Images.rgb1000(), "FIF=t.tif&ROT=!0&JTL=2,5"))
                .isEqualTo(expected(Region.tile(0, 1, 1), MIRROR));
    }

    @Test
    void jtlsIsRenumberedToo() {
        assertThat(tile(Images.rgb1000(), "FIF=t.tif&ROT=180&JTLS=0,1,0,90"))
                .isEqualTo(expected(Region.tile(1, 1, 1), rotate(180)));
    }

    @Test
    void quarterTurnsSwapMaxSizeOnly() {
        ImageInfo info = Images.grey1000x700();
        assertThat(text(ask(info, "FIF=t.tif&ROT=90&OBJ=Max-size&OBJ=Resolutions&OBJ=Tile-size")))
                .isEqualTo("\r\nMax-size:700 1000\r\nResolutions:125 87,250 175,500 350,1000 700\r\n"
                        + "Tile-size:128 128\r\n");
        assertThat(text(ask(info, "FIF=t.tif&ROT=!270&OBJ=basic-info")))
                .isEqualTo("\r\nIIP-server:3.65\r\nMax-size:700 1000\r\nResolution-number:4\r\n"
                        + "Colorspace,0-3,0:0 0 1 1 0\r\n");
        assertThat(text(ask(info, "FIF=t.tif&ROT=-90&OBJ=Max-size"))).isEqualTo("\r\nMax-size:700 1000\r\n");
        assertThat(text(ask(info, "FIF=t.tif&ROT=180&OBJ=Max-size"))).isEqualTo("\r\nMax-size:1000 700\r\n");
        assertThat(text(ask(info, "FIF=t.tif&ROT=45&OBJ=Max-size"))).isEqualTo("\r\nMax-size:1000 700\r\n");
        assertThat(text(ask(info, "FIF=t.tif&OBJ=Max-size&ROT=90"))).as("only a ROT before it")
                .isEqualTo("\r\nMax-size:1000 700\r\n");
    }

    private static String text(ProtocolResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
