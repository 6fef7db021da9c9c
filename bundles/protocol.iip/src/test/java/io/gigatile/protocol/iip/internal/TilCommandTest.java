/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.Level;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.Region;
import io.gigatile.api.SampleType;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.TransformStep;
import io.gigatile.api.testing.RecordingImageService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** TIL: iipsrv's multi-tile answer, byte for byte, with the test double's bytes (the request's key) as each JPEG. */
class TilCommandTest {
    private RecordingImageService service = service(Images.rgb1000());

    private static RecordingImageService service(ImageInfo info) {
        return new RecordingImageService("t.tif", info, new ServiceLimits(5000, true), Set.of("jpg"));
    }

    private ProtocolResponse ask(String query) {
        return new IipProtocol(service).handle(new ProtocolRequest("GET", "", query, Map.of(), "http://h/iip"));
    }

    private static ImageRequest tile(int level, int x, int y, TransformStep... steps) {
        ImageRequest.Builder b = ImageRequest.builder("t.tif").region(Region.tile(level, x, y));
        for (TransformStep step : steps) {
            b.transform(step);
        }
        return b.build();
    }

    /** One tile as iipsrv's TIL writes it: prefix, compression type and subtype, the JPEG, CR LF. */
    private static void part(ByteArrayOutputStream out, int resolution, int n, ImageRequest rendered) {
        byte[] jpeg = rendered.cacheKey().getBytes(StandardCharsets.UTF_8);
        out.writeBytes(("Tile," + resolution + "," + n + ",0/" + (jpeg.length + 8) + ":")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {2, 0, 0, 0, 0, 0x11, 0, 0});
        out.writeBytes(jpeg);
        out.writeBytes(new byte[] {'\r', '\n'});
    }

    @Test
    void theRectangleBetweenTwoTilesColumnByColumn() {
        ProtocolResponse r = ask("FIF=t.tif&TIL=2,5-10");
        // tile 5 is column 1, row 1 and tile 10 column 2, row 2 of a 4x4 grid; iipsrv goes down each column
        List<ImageRequest> expected = List.of(tile(0, 1, 1), tile(0, 1, 2), tile(0, 2, 1), tile(0, 2, 2));
        assertThat(service.rendered()).isEqualTo(expected);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, 2, 5, expected.get(0));
        part(body, 2, 9, expected.get(1));
        part(body, 2, 6, expected.get(2));
        part(body, 2, 10, expected.get(3));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.mediaType()).isEqualTo("application/vnd.netfpx");
        assertThat(r.lastModified()).isEqualTo(RecordingImageService.MODIFIED);
        assertThat(r.body()).isEqualTo(body.toByteArray());
    }

    @Test
    void anEndLeftOfTheStartSpansTheColumnsBetween() {
        ask("FIF=t.tif&TIL=2,7-9");
        assertThat(service.rendered()).containsExactly(tile(0, 1, 1), tile(0, 1, 2), tile(0, 2, 1), tile(0, 2, 2),
                tile(0, 3, 1), tile(0, 3, 2));
    }

    @Test
    void oneTile() {
        ask("FIF=t.tif&TIL=1,3");
        ask("FIF=t.tif&TIL=1,3-");
        ask("FIF=t.tif&TIL=1,3-0");
        assertThat(service.rendered()).containsExactly(tile(1, 1, 1), tile(1, 1, 1), tile(1, 1, 1));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, 0, 0, tile(2, 0, 0));
        assertThat(ask("FIF=t.tif&TIL=0,0").body()).isEqualTo(body.toByteArray());
    }

    @Test
    void processingAppliesToEachTileAndAHalfTurnRenumbersIt() {
        ProtocolResponse r = ask("FIF=t.tif&CNT=2&ROT=180&TIL=2,0-1");
        TransformStep contrast = new TransformStep("contrast", List.of("2"));
        TransformStep rotate = new TransformStep("rotate", List.of("180"));
        assertThat(service.rendered()).containsExactly(tile(0, 3, 3, contrast, rotate),
                tile(0, 2, 3, contrast, rotate));
        assertThat(new String(r.body(), StandardCharsets.ISO_8859_1)).startsWith("Tile,2,0,0/")
                .contains("\r\nTile,2,1,0/");
    }

    @Test
    void theCountIsBounded() {
        service = service(ImageInfo.builder().addLevel(new Level(10240, 10240, 256, 256))
                .samples(1, 8, SampleType.UNSIGNED, ColourSpace.GREY).build());
        ask("FIF=t.tif&TIL=0,0-255");
        assertThat(service.rendered()).as("columns 0-15 of rows 0-6 of a 40x40 grid").hasSize(112);
        assertThatThrownBy(() -> ask("FIF=t.tif&TIL=0,0-1599")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ask("FIF=t.tif&TIL=0,0-655")).as("16 columns of 17 rows").isInstanceOf(
                BadRequestException.class);
        assertThat(service.rendered()).hasSize(112);
    }

    @Test
    void malformedOrOutsideTheImage() {
        for (String query : new String[] {"FIF=t.tif&TIL=2,16", "FIF=t.tif&TIL=2,0-16", "FIF=t.tif&TIL=3,0",
            "FIF=t.tif&TIL=a,0", "FIF=t.tif&TIL=2", "FIF=t.tif&TIL=2,0-1-2", "FIF=t.tif&TIL=2,-1",
            "FIF=t.tif&TIL=2,0,1", "FIF=t.tif&TIL=2,x-1", "TIL=0,0"}) {
            assertThatThrownBy(() -> ask(query)).as(query).isInstanceOf(BadRequestException.class);
        }
        assertThat(service.rendered()).isEmpty();
    }
}
