/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.zoomify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZoomifyPathTest {

    @Test
    void thePropertiesFileNamesTheImageBeforeIt() {
        assertThat(ZoomifyPath.parse("/image.tif/ImageProperties.xml"))
                .isEqualTo(new ZoomifyPath.Properties("image.tif"));
    }

    @Test
    void aTilePathNamesGroupTierColumnRowAndFormat() {
        assertThat(ZoomifyPath.parse("/image.tif/TileGroup15/6-62-46.jpg"))
                .isEqualTo(new ZoomifyPath.Tile("image.tif", 15, 6, 62, 46, "jpg"));
    }

    @Test
    void identifiersKeepTheirFoldersAndArePercentDecodedAsIipsrvDecodesThem() {
        assertThat(ZoomifyPath.parse("/maps/old%20map+1.tif/ImageProperties.xml").identifier())
                .isEqualTo("maps/old map 1.tif");
        assertThat(ZoomifyPath.parse("/TileGroup0/x.tif/TileGroup0/0-0-0.jpg").identifier())
                .isEqualTo("TileGroup0/x.tif");
    }

    @Test
    void suffixesAreCaseInsensitive() {
        assertThat(ZoomifyPath.parse("/i.tif/TileGroup0/1-0-0.PNG"))
                .isEqualTo(new ZoomifyPath.Tile("i.tif", 0, 1, 0, 0, "png"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/image.tif", "/ImageProperties.xml", "/image.tif/imageproperties.xml",
        "/image.tif/TileGroup0", "/image.tif/TileGroup0/0-0-0", "/image.tif/TileGroup0/0_0_0.jpg",
        "/image.tif/TileGroup/0-0-0.jpg", "/image.tif/TileGroupA/0-0-0.jpg", "/image.tif/TileGroup0/0-0.jpg",
        "/image.tif/TileGroup0/0-0-0-0.jpg", "/image.tif/TileGroup0/0-0-0.gif", "/image.tif/TileGroup0/-1-0-0.jpg",
        "/TileGroup0/0-0-0.jpg", "/image.tif/TileGroup0/0-0-1234567890.jpg", "/%00/ImageProperties.xml",
        "/image.tif/TileGroup0/0-0-0.jpg/"})
    void anythingElseIsABadRequest(String path) {
        assertThatThrownBy(() -> ZoomifyPath.parse(path)).isInstanceOf(BadRequestException.class);
    }
}
