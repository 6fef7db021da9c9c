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
import org.junit.jupiter.api.Test;

/**
 * The bundles docs/embedding.md tells an Eclipse RCP application to add are the ones the in-framework tests ran on
 * Equinox with: the resolved {@code -runbundles} of integration-tests/equinox.bndrun, less the test bundles. A
 * re-resolve that adds, drops or moves a bundle fails here until the document says the same.
 */
class EmbeddingDocTest {
    private static final Path PROJECT = Path.of(System.getProperty("gigatile.project", ".."));

    /** Only the tests need these: the test bundle itself, JUnit, AssertJ (and Byte Buddy), osgi-test. */
    private static final Set<String> TEST_BUNDLES = Set.of("io.gigatile.integration-tests", "assertj-core",
            "net.bytebuddy.byte-buddy", "junit-jupiter-api", "junit-jupiter-engine", "junit-jupiter-params",
            "junit-platform-commons", "junit-platform-engine", "junit-platform-launcher", "org.opentest4j",
            "org.osgi.test.common", "org.osgi.test.junit5");

    @Test
    void documentedBundlesAreTheResolvedEquinoxBundles() throws IOException {
        String bndrun = Files.readString(PROJECT.resolve("integration-tests/equinox.bndrun"));
        int runbundles = bndrun.indexOf("\n-runbundles:");
        assertThat(runbundles).as("-runbundles in equinox.bndrun").isPositive();
        Set<String> resolved = matches(bndrun.substring(runbundles),
                "([A-Za-z0-9_.-]+);version='\\[([0-9.]+),");
        resolved.removeIf(b -> TEST_BUNDLES.contains(b.substring(0, b.indexOf(' '))));
        assertThat(resolved).as("resolved bundles less the test bundles").hasSizeGreaterThan(20)
                .anyMatch(b -> b.startsWith("io.gigatile.engine "));

        String doc = Files.readString(PROJECT.resolve("docs/embedding.md"));
        int list = doc.indexOf("\n### Bundles\n");
        assertThat(list).as("a '### Bundles' list in docs/embedding.md").isPositive();
        Set<String> documented = matches(doc.substring(list), "(?m)^- `([^`]+)` ([0-9.]+)$");

        assertThat(documented).as("the bundles listed in docs/embedding.md, as '- `symbolic.name` version' lines")
                .containsExactlyInAnyOrderElementsOf(resolved);
    }

    /** @return "name version" of every match of a regex with those two groups */
    private static Set<String> matches(String text, String regex) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1) + " " + m.group(2));
        }
        return found;
    }
}
