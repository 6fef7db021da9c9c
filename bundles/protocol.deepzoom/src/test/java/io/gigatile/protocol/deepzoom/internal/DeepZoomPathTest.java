/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.deepzoom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeepZoomPathTest {

    @Test
    void aDziPathNamesTheImageBeforeTheSuffix() {
        assertThat(DeepZoomPath.parse("/image.tif.dzi"))
                .isEqualTo(new DeepZoomPath.Descriptor("image.tif"));
    }

    @Test
    void aTilePathNamesLevelColumnRowAndFormat() {
        assertThat(DeepZoomPath.parse("/image.tif_files/12/3_4.jpg"))
                .isEqualTo(new DeepZoomPath.Tile("image.tif", 12, 3, 4, "jpg"));
    }

    @Test
    void identifiersKeepTheirFoldersAndArePercentDecodedAsIipsrvDecodesThem() {
        assertThat(DeepZoomPath.parse("/maps/old%20map+1.tif.dzi").identifier()).isEqualTo("maps/old map 1.tif");
        assertThat(DeepZoomPath.parse("/a%2Fb.tif_files/0/0_0.jpg").identifier()).isEqualTo("a/b.tif");
    }

    @Test
    void theLastFilesFolderEndsTheIdentifier() {
        assertThat(DeepZoomPath.parse("/x_files/y.tif_files/1/0_0.jpg").identifier()).isEqualTo("x_files/y.tif");
    }

    @Test
    void iipsrvsQueryFormGivesTheSamePathAsTheCleanUrl() {
        // the http bundle hands ?DeepZoom=<value> over as "/" + value
        assertThat(DeepZoomPath.parse("/" + "image.tif_files/8/0_0.jpg"))
                .isEqualTo(DeepZoomPath.parse("/image.tif_files/8/0_0.jpg"));
    }

    @Test
    void suffixesAreCaseInsensitive() {
        assertThat(DeepZoomPath.parse("/i.tif_files/1/0_0.JPG")).isEqualTo(new DeepZoomPath.Tile("i.tif", 1, 0, 0,
                "jpg"));
        assertThat(DeepZoomPath.parse("/i.tif_files/1/0_0.png")).isEqualTo(new DeepZoomPath.Tile("i.tif", 1, 0, 0,
                "png"));
        assertThat(DeepZoomPath.parse("/i.tif_files/1/0_0.jpeg")).isEqualTo(new DeepZoomPath.Tile("i.tif", 1, 0, 0,
                "jpeg"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/image.tif", "/image.tif.xml", "/.dzi", "/image.tif_files/10/0_0",
        "/image.tif_files/10/0-0.jpg", "/image.tif_files/x/0_0.jpg", "/image.tif_files/10/0_0.gif",
        "/image.tif_files/10/0_0_1.jpg", "/image.tif_files/-1/0_0.jpg", "/image.tif_files/10/0_-1.jpg",
        "/_files/10/0_0.jpg", "/image.tif_files/1/1234567890_0.jpg", "/image.tif_files//0_0.jpg",
        "/image.tif_files/1/0_0.jpg/", "/%00.dzi", "/image.tif_files/1/٣_0.jpg"})
    void anythingElseIsABadRequest(String path) {
        assertThatThrownBy(() -> DeepZoomPath.parse(path)).isInstanceOf(BadRequestException.class);
    }
}
