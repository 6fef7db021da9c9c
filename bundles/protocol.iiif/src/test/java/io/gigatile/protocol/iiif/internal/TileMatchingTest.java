/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.Region;
import io.gigatile.api.Size;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every tile OpenSeadragon asks for, at every level and in both versions, reaches the engine as that native
 * tile at its own size, including the last, partial tiles and the whole-image levels; and requests that are
 * not one tile do not.
 */
class TileMatchingTest {

    static Stream<Arguments> viewers() {
        return Stream.of(Named.of("1000x700", Images.rgb1000x700()),
                Named.of("1001x701 levels rounded up", Images.odd1001x701RoundedUp()),
                Named.of("1001x701 levels rounded down", Images.odd1001x701RoundedDown()),
                Named.of("2000x1500 tiles 512 then 256", Images.mixedTiles())).flatMap(info -> Stream.of(
                        Arguments.of(info, 3, true, false), Arguments.of(info, 3, false, false),
                        Arguments.of(info, 2, true, false), Arguments.of(info, 2, false, false),
                        Arguments.of(info, 2, true, true), Arguments.of(info, 2, false, true)));
    }

    @ParameterizedTest(name = "{0} v{1} sizes={2} w,={3}")
    @MethodSource("viewers")
    void everyViewerTileIsANativeTile(ImageInfo info, int version, boolean useSizes, boolean widthOnly) {
        Client client = Client.of(info);
        OpenSeadragon viewer = new OpenSeadragon(client.info(version), useSizes);
        if (widthOnly) {
            viewer.widthOnly();
        }
        List<OpenSeadragon.Tile> tiles = viewer.tiles();
        int maxLevel = info.levels().size() - 1;
        int expectedCount = info.levels().stream().mapToInt(l -> l.tilesAcross() * l.tilesDown()).sum();
        assertThat(tiles).hasSize(expectedCount);
        for (OpenSeadragon.Tile tile : tiles) {
            client.engine.rendered().clear();
            assertThat(client.get("/" + version + "/dir%2Fx.tif" + tile.path()).status()).isEqualTo(200);
            ImageRequest request = client.engine.only();
            assertThat(request.region()).as(tile.path())
                    .isEqualTo(Region.tile(maxLevel - tile.level(), tile.x(), tile.y()));
            assertThat(request.size()).isEqualTo(Size.MAX);
            assertThat(request.isPlainTile()).isTrue();
        }
    }

    @Test
    void offGridRegionsAndOtherSizesAreRenderedExactly() {
        Client client = Client.standard();
        for (String path : List.of("/1,0,256,256/256,256", "/0,0,256,256/255,255", "/0,0,256,256/128,128",
                "/0,0,512,512/255,256", "/0,0,255,256/255,256", "/256,0,256,256/^257,257", "/full/500,350",
                "/768,512,232,188/230,188", "/512,0,256,256/255,256")) {
            client.engine.rendered().clear();
            client.get("/3/dir%2Fx.tif" + path + "/0/default.jpg");
            assertThat(client.engine.only().region().kind()).as(path).isNotEqualTo(Region.Kind.TILE);
            assertThat(client.engine.only().size().kind()).as(path).isEqualTo(Size.Kind.EXACT);
        }
    }

    @Test
    void tilesWithProcessingKeepTheirPixelRegion() {
        Client client = Client.standard();
        client.get("/3/dir%2Fx.tif/0,0,256,256/256,256/90/default.jpg");
        client.get("/3/dir%2Fx.tif/0,0,256,256/256,256/!0/default.jpg");
        client.get("/3/dir%2Fx.tif/0,0,256,256/256,256/0/gray.jpg");
        assertThat(client.engine.rendered()).allSatisfy(r -> assertThat(r.region())
                .isEqualTo(Region.pixels(0, 0, 256, 256)));
    }

    @Test
    void colorAndOtherFormatsOfATileAreStillTheTile() {
        Client client = Client.standard();
        client.get("/3/dir%2Fx.tif/512,512,488,188/244,94/0/color.png");
        assertThat(client.engine.only()).isEqualTo(ImageRequest.builder(Client.ID).region(Region.tile(1, 1, 1))
                .format("png").build());
    }

    @Test
    void aLevelThatIsNotAWholeFactorIsNotAdvertisedNorMatched() {
        Client client = Client.of(Images.nonDyadic());
        assertThat(client.info(3).get("tiles").toString()).contains("scaleFactors=[1, 4]");
        client.get("/3/dir%2Fx.tif/full/250,175/0/default.jpg");
        assertThat(client.engine.only().region()).isEqualTo(Region.tile(2, 0, 0));
        client.engine.rendered().clear();
        client.get("/3/dir%2Fx.tif/0,0,427,427/256,256/0/default.jpg");
        assertThat(client.engine.only().region().kind()).isEqualTo(Region.Kind.PIXELS);
    }
}
