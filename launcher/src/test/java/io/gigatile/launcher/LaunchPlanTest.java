/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class LaunchPlanTest {

    private static LaunchPlan read(String text) throws IOException {
        return LaunchPlan.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void bundlesKeepTheirOrderAndStartLevels() throws IOException {
        LaunchPlan plan = read("""
                launch.startlevel.default=201
                launch.bundles=jar/a.jar,jar/b.jar,jar/c.jar
                launch.runbundles.attrs=a;version\\="[1.0,2)";startlevel\\=10,b;version\\="2.0",c;version\\="3"
                org.osgi.service.http.port=8080
                launch.trace=false
                """);
        assertThat(plan.bundles()).containsExactly(new LaunchPlan.Entry("jar/a.jar", 10),
                new LaunchPlan.Entry("jar/b.jar", 201), new LaunchPlan.Entry("jar/c.jar", 201));
        assertThat(plan.frameworkProperties()).containsOnlyKeys("org.osgi.service.http.port");
        assertThat(plan.defaultStartLevel()).isEqualTo(201);
    }

    @Test
    void attributesMustMatchTheBundles() {
        assertThatThrownBy(() -> read("launch.bundles=jar/a.jar,jar/b.jar\nlaunch.runbundles.attrs=a;startlevel=1\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("2 bundles but 1");
    }

    @Test
    void systemPropertiesOverrideThePlansFrameworkProperties() throws IOException {
        LaunchPlan plan = read("launch.bundles=\nlaunch.runbundles.attrs=\ngigatile.test.key=plan\n");
        System.setProperty("gigatile.test.key", "command line");
        try {
            assertThat(Main.properties(plan, java.nio.file.Path.of("storage")))
                    .containsEntry("gigatile.test.key", "command line")
                    .containsEntry("org.osgi.framework.storage.clean", "onFirstInit");
        } finally {
            System.clearProperty("gigatile.test.key");
        }
        assertThat(plan.bundles()).isEqualTo(List.of());
    }
}
