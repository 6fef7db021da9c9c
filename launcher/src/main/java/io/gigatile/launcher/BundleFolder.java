/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The folder the bundles are installed from, in place. The executable jar carries them as entries; copying
 * them out and into the framework's storage on every start was most of the start-up time, so they are
 * unpacked once into a per-user cache folder named after the jar's contents, and later starts find them
 * there. The archive distribution ships them unpacked and names the folder itself.
 */
final class BundleFolder {

    /** Where the executable jar keeps its bundles (bnd's export layout). */
    static final String JAR_PREFIX = "jar/";

    /** Bundles installed only by a {@code debug} run: the Gogo shell. */
    static final String DEBUG_PREFIX = "debug/";

    /** Cache folders of other builds not used for this long are removed. */
    private static final Duration UNUSED = Duration.ofDays(7);

    private BundleFolder() {
    }

    /**
     * The bundle folder of {@code jar}: an unpacked copy under {@code cacheRoot} shared by every server
     * started from the same jar, made atomically so that servers starting together never see half of one.
     */
    static Path unpack(Path jar, Path cacheRoot) throws IOException {
        Files.createDirectories(cacheRoot);
        Path target = cacheRoot.resolve(key(jar));
        if (Files.isRegularFile(target.resolve(LaunchPlan.FILE))) {
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            return target;
        }
        Path staging = Files.createTempDirectory(cacheRoot, "unpacking-");
        try {
            extract(jar, staging);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // another server unpacked the same jar first (Linux says "directory not empty" as a plain
            // FileSystemException): use its copy
            if (!Files.isRegularFile(target.resolve(LaunchPlan.FILE))) {
                throw e;
            }
        } finally {
            deleteTree(staging);
        }
        removeUnused(cacheRoot, target);
        return target;
    }

    /** The per-user cache root: {@code $XDG_CACHE_HOME/gigatile}, else {@code ~/.cache/gigatile}. */
    static Path defaultCacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("gigatile");
    }

    /**
     * Names the unpacked copy after the jar's size, time and launch plan, which a new build changes. The plan is
     * known by the CRC the jar's central directory keeps for it: a digest would load the JDK's security providers,
     * 20 ms of a cold start spent before anything else can begin.
     */
    static String key(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry plan = zip.getEntry(LaunchPlan.FILE);
            if (plan == null) {
                throw new IOException(jar.getFileName() + " holds no " + LaunchPlan.FILE);
            }
            return "bundles-" + Long.toHexString(plan.getCrc()) + "-" + Long.toHexString(Files.size(jar)) + "-"
                    + Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
        }
    }

    static void extract(Path jar, Path folder) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                boolean bundle = isBundle(name, JAR_PREFIX) || isBundle(name, DEBUG_PREFIX);
                boolean list = name.equals(LaunchPlan.FILE) || name.equals(ClassPreload.FILE);
                if (entry.isDirectory() || !(bundle || list)) {
                    continue;
                }
                Path out = folder.resolve(name).normalize();
                if (!out.startsWith(folder)) {
                    throw new IOException("entry outside the bundle folder: " + name);
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, out);
                }
            }
        }
    }

    private static boolean isBundle(String name, String folder) {
        return name.startsWith(folder) && name.endsWith(".jar") && name.indexOf('/', folder.length()) < 0;
    }

    private static void removeUnused(Path cacheRoot, Path current) {
        Instant cutoff = Instant.now().minus(UNUSED);
        try (Stream<Path> folders = Files.list(cacheRoot)) {
            for (Path folder : folders.toList()) {
                if (!folder.equals(current) && folder.getFileName().toString().startsWith("bundles-")
                        && Files.getLastModifiedTime(folder).toInstant().isBefore(cutoff)) {
                    deleteTree(folder);
                }
            }
        } catch (IOException e) {
            // a stale copy left behind costs disk space only
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the next start's clean-up
                }
            });
        } catch (IOException e) {
            // idem
        }
    }
}
