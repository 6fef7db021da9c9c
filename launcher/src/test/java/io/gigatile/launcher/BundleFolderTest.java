/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleFolderTest {
    @TempDir
    Path dir;

    private Path jar(String plan, String... entries) throws IOException {
        Path jar = dir.resolve("server-" + System.nanoTime() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(LaunchPlan.FILE));
            zip.write(plan.getBytes(StandardCharsets.ISO_8859_1));
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    @Test
    void unpacksBundlesPlanAndClassListOnceAndReusesThem() throws IOException {
        Path jar = jar("launch.bundles=jar/a.jar\n", "jar/a.jar", "jar/nested/b.jar", "io/gigatile/Main.class",
                ClassPreload.FILE);
        Path cache = dir.resolve("cache");
        Path first = BundleFolder.unpack(jar, cache);
        try (Stream<Path> files = Files.walk(first)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> first.relativize(p).toString()))
                    .containsExactlyInAnyOrder(LaunchPlan.FILE, ClassPreload.FILE, "jar/a.jar");
        }
        Files.writeString(first.resolve("jar/a.jar"), "kept");
        assertThat(BundleFolder.unpack(jar, cache)).isEqualTo(first);
        assertThat(first.resolve("jar/a.jar")).hasContent("kept");
    }

    @Test
    void aNewBuildGetsItsOwnFolderAndOldUnusedOnesGo() throws IOException {
        Path cache = dir.resolve("cache");
        Path old = BundleFolder.unpack(jar("launch.bundles=jar/a.jar\nv=1\n", "jar/a.jar"), cache);
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(30L * 24 * 3600)));
        Path current = BundleFolder.unpack(jar("launch.bundles=jar/a.jar\nv=2\n", "jar/a.jar"), cache);
        assertThat(current).isNotEqualTo(old).exists();
        assertThat(old).doesNotExist();
    }

    @Test
    void serversStartingTogetherShareOneCompleteCopy() throws Exception {
        Path jar = jar("launch.bundles=jar/a.jar\n", "jar/a.jar", "jar/b.jar");
        Path cache = dir.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Path>> starts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                starts.add(() -> BundleFolder.unpack(jar, cache));
            }
            Set<Path> folders = new HashSet<>();
            for (Future<Path> f : pool.invokeAll(starts)) {
                folders.add(f.get());
            }
            assertThat(folders).hasSize(1);
            Path folder = folders.iterator().next();
            assertThat(folder.resolve("jar/b.jar")).hasContent("jar/b.jar");
            try (Stream<Path> left = Files.list(cache)) {
                assertThat(left).containsExactly(folder);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aJarWithoutPlanIsRefused() throws IOException {
        Path jar = dir.resolve("plain.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("jar/a.jar"));
        }
        assertThatThrownBy(() -> BundleFolder.unpack(jar, dir.resolve("cache")))
                .isInstanceOf(IOException.class).hasMessageContaining(LaunchPlan.FILE);
    }
}
