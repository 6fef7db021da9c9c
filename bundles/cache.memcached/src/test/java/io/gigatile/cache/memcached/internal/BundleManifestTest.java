/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built bundle: spymemcached inside and private, and nothing required at run time beyond the JDK, the
 * Gigatile API, OSGi and SLF4J. Runs in the package phase, after bnd has made the jar (pom.xml).
 */
class BundleManifestTest {
    private static final String LOGGER = "net/spy/memcached/compat/log/DefaultLogger.class";

    private static Path jar;
    private static Attributes manifest;

    @BeforeAll
    static void readJar() throws IOException {
        jar = Path.of(System.getProperty("bundle.jar", "target/cache.memcached-0.1.0-SNAPSHOT.jar"));
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest().getMainAttributes();
        }
    }

    @Test
    void importsNothingMandatoryButTheJdkTheApiOsgiAndSlf4j() {
        List<String> imports = clauses(manifest.getValue("Import-Package"));
        List<String> mandatory = imports.stream().filter(c -> !c.contains("resolution:=optional"))
                .map(c -> c.split(";")[0]).toList();

        assertThat(mandatory).isNotEmpty().allMatch(p -> p.startsWith("javax.") || p.startsWith("io.gigatile.api")
                || p.startsWith("org.osgi.") || p.startsWith("org.slf4j"));
        assertThat(imports).noneMatch(c -> c.startsWith("net.spy"));
        assertThat(imports).filteredOn(c -> c.startsWith("org.apache.log4j") || c.startsWith("com.codahale")
                || c.startsWith("org.springframework")).allMatch(c -> c.contains("resolution:=optional"));
    }

    @Test
    void exportsNothing() {
        assertThat(manifest.getValue("Export-Package")).isNull();
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo("io.gigatile.cache.memcached");
    }

    @Test
    void embedsSpymemcachedWithOurLoggerInsteadOfItsOwn() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getJarEntry("net/spy/memcached/MemcachedClient.class")).isNotNull();
            assertThat(file.getJarEntry("net/spy/memcached/spring/MemcachedClientFactoryBean.class")).isNull();
            JarEntry logger = file.getJarEntry(LOGGER);
            try (InputStream in = file.getInputStream(logger)) {
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(Path.of("target/classes", LOGGER)));
            }
        }
    }

    @Test
    void theComponentRunsOnlyWhenConfiguredAndRanksBelowTheMemoryCache() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String component = new String(file.getInputStream(file.getJarEntry(
                    "OSGI-INF/io.gigatile.cache.memcached.internal.MemcachedCache.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(component).contains("configuration-policy=\"require\"",
                    "configuration-pid=\"io.gigatile.cache.memcached\"",
                    "<property name=\"service.ranking\" type=\"Integer\" value=\"50\"/>",
                    "<provide interface=\"io.gigatile.api.ResponseCache\"/>");
        }
    }

    /** Splits a header at the commas outside quotes. */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        clauses.add(clause.toString().strip());
        return clauses;
    }
}
