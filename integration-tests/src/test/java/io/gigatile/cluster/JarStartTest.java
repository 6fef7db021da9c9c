/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar gigatile.jar} as an operator runs it: the server in a JVM of its own, which writes its class data
 * archive when it first stops and maps it at later starts, and which ends with its launcher however that ends; with
 * {@code GIGATILE_CDS=0}, the server in the launcher's JVM. A bundle cache of its own makes each test a first start.
 */
class JarStartTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);

    private Path dir;
    private Path cache;
    private LocalProcess server;

    @BeforeEach
    void makeFolders() throws IOException {
        dir = Files.createDirectories(Path.of("target", "jarstart-" + System.nanoTime())).toAbsolutePath();
        cache = dir.resolve("cache");
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private LocalProcess start(Map<String, String> environment) {
        int port = LocalProcess.freePort();
        server = new LocalProcess("gigatile", dir, port, List.of(LocalProcess.java(), "-Xmx256m",
                "-Dgigatile.cache=" + cache, "-jar", Path.of(System.getProperty("gigatile.jar")).toAbsolutePath()
                        .toString(), "--bind", "127.0.0.1:" + port), environment).start();
        LocalProcess.await("the server's health", WITHIN, () -> server.answers("/health", 200));
        return server;
    }

    @Test
    void theServerWritesItsArchiveWhenItFirstStopsAndMapsItAtLaterStarts() throws Exception {
        start(Map.of());
        ProcessHandle first = serverJvm();
        assertThat(arguments(first)).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));

        assertThat(server.stop(WITHIN)).as("the launcher's exit code, stopped by SIGTERM").isEqualTo(143);
        assertThat(first.isAlive()).as("the server's JVM, once its launcher stopped").isFalse();
        Path archive = only(cds(), ".jsa");
        assertThat(archive).isNotEmptyFile();
        assertThat(cds()).as("archives being written").noneMatch(p -> p.toString().endsWith(".tmp"));

        start(Map.of());
        ProcessHandle later = serverJvm();
        assertThat(arguments(later)).contains("-XX:SharedArchiveFile=" + archive);
        assertThat(Files.readString(Path.of("/proc", Long.toString(later.pid()), "maps")))
                .as("the server JVM's mappings").contains(archive.toRealPath().toString());
    }

    @Test
    void theServerEndsWhenItsLauncherIsKilled() throws Exception {
        start(Map.of());
        ProcessHandle jvm = serverJvm();

        server.handle().destroyForcibly();

        assertThat(jvm.onExit().get(WITHIN.toSeconds(), TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(server.accepts()).as("the port, once the server ended").isFalse();
    }

    @Test
    void withTheSwitchOffTheServerRunsInTheLaunchersJvm() {
        start(Map.of("GIGATILE_CDS", "0"));

        assertThat(server.handle().children()).isEmpty();
        assertThat(server.stop(WITHIN)).isEqualTo(143);
        assertThat(cds()).isEmpty();
    }

    private ProcessHandle serverJvm() {
        List<ProcessHandle> children = server.handle().children().toList();
        assertThat(children).as("the launcher's child processes").hasSize(1);
        return children.get(0);
    }

    private static List<String> arguments(ProcessHandle process) {
        return List.of(process.info().arguments().orElseThrow());
    }

    /** The class data archives in the bundle cache (none when the cache has no bundle folder yet). */
    private List<Path> cds() {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(p -> p.getParent().getFileName().toString().equals("cds")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path only(List<Path> files, String suffix) {
        List<Path> matching = files.stream().filter(p -> p.toString().endsWith(suffix)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
