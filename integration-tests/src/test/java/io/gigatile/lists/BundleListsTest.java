/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A bundle module must reach every runtime: a bundle left out of one of the lists the README names would simply be
 * absent there, with nothing else failing. Build-time libraries that other bundles copy in privately
 * ({@code -conditionalpackage}) are not deployed and are left out.
 */
class BundleListsTest {
    private static final Path PROJECT = Path.of(System.getProperty("gigatile.project", ".."));

    @Test
    void everyBundleModuleIsInTheServerAndTheKarafFeatures() throws IOException {
        Set<String> bundles = deployedBundleModules();
        assertThat(bundles).as("bundle modules found").contains("api", "engine", "decoder.tiff");

        assertThat(matches(read("distribution/pom.xml"),
                "<groupId>io\\.gigatile</groupId>\\s*<artifactId>([^<]+)</artifactId>"))
                .as("dependencies of distribution/pom.xml").containsAll(bundles);
        assertThat(matches(read("distribution/server.bndrun"), "\\bio\\.gigatile\\.([a-z0-9.]+?);version="))
                .as("the resolved -runbundles of distribution/server.bndrun").containsAll(bundles);
        assertThat(matches(read("features/src/main/feature/features.xml"), "mvn:io\\.gigatile/([^/]+)/"))
                .as("bundles of features/src/main/feature/features.xml").containsAll(bundles);
    }

    /** The in-framework tests run the same Gigatile bundles on Equinox as on Felix (two resolved bndruns). */
    @Test
    void equinoxTestsRunTheBundlesOfTheFelixTests() throws IOException {
        String bundle = "\\bio\\.gigatile\\.([a-z0-9.-]+?);version=";
        Set<String> felix = matches(read("integration-tests/felix.bndrun"), bundle);
        assertThat(felix).as("Gigatile bundles of integration-tests/felix.bndrun").contains("engine");
        assertThat(matches(read("integration-tests/equinox.bndrun"), bundle))
                .as("Gigatile bundles of integration-tests/equinox.bndrun").isEqualTo(felix);
    }

    /** Examples (third-party plugins) are built and tested by the reactor, and deployed by hand only. */
    @Test
    void examplesAreBuiltButInNoRuntime() throws IOException {
        assertThat(matches(read("pom.xml"), "<module>examples/([^<]+)</module>")).as("example modules")
                .contains("decoder-pgm");
        for (String list : new String[] {"distribution/pom.xml", "distribution/server.bndrun",
            "cnf/bndrun/base.bndrun", "features/src/main/feature/features.xml", "integration-tests/felix.bndrun"}) {
            assertThat(read(list)).as(list).doesNotContain("io.gigatile.examples");
        }
    }

    /** @return the artifact ids of the root pom's bundles/ modules, less those other bundles embed */
    private static Set<String> deployedBundleModules() throws IOException {
        Set<String> modules = matches(read("pom.xml"), "<module>bundles/([^<]+)</module>");
        StringBuilder descriptors = new StringBuilder();
        try (Stream<Path> files = Files.list(PROJECT.resolve("bundles"))) {
            for (Path bnd : files.map(f -> f.resolve("bnd.bnd")).filter(Files::isRegularFile).toList()) {
                descriptors.append(Files.readString(bnd)).append('\n');
            }
        }
        Set<String> embedded = matches(String.join("\n", matches(descriptors.toString(),
                "(?m)^-conditionalpackage:(.*)$")), "\\bio\\.gigatile\\.([a-z0-9]+(?:\\.[a-z0-9]+)*)");
        modules.removeIf(embedded::contains);
        return modules;
    }

    private static String read(String file) throws IOException {
        return Files.readString(PROJECT.resolve(file));
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
