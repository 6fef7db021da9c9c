/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.viewer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The files the bundle serves: OpenSeadragon as npm ships it, and nothing outside static/. */
class StaticFilesTest {
    private final StaticFiles files = new StaticFiles(StaticFilesTest.class.getClassLoader());

    @Test
    void servesOpenSeadragonWithItsLicenceHeader() throws IOException {
        StaticFiles.File script = files.get("openseadragon/openseadragon.min.js").orElseThrow();
        String head = new String(script.bytes(), 0, 300, StandardCharsets.UTF_8);

        assertThat(script.type()).startsWith("text/javascript");
        assertThat(head).startsWith("//! openseadragon 6.1.1").contains("//! License:");
        assertThat(new String(files.get("openseadragon/LICENSE.txt").orElseThrow().bytes(), StandardCharsets.UTF_8))
                .contains("Redistribution and use in source and binary forms");
        assertThat(files.get("openseadragon/images/home_rest.png").orElseThrow().type()).isEqualTo("image/png");
        assertThat(files.get("viewer.js")).isPresent();
        assertThat(files.get("viewer.css")).isPresent();
    }

    @Test
    void looksUpNothingElse() throws IOException {
        for (String name : new String[] {"../io/gigatile/viewer/internal/Html.class", "openseadragon/../viewer.js",
                "/viewer.js", "", "viewer", "nothing.js", "x.class", "%2e%2e/viewer.js", "openseadragon//a.js",
                "openseadragon\\viewer.js"}) {
            assertThat(files.get(name)).as(name).isEmpty();
        }
    }
}
