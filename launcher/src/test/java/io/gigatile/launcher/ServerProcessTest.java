/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerProcessTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"));
    private static final long PID = 4242;

    @TempDir
    Path dir;

    private Path jar;
    private Path bundles;

    @BeforeEach
    void setUp() throws Exception {
        jar = dir.resolve("gigatile.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("launch.plan"));
            zip.write("plan".getBytes(StandardCharsets.UTF_8));
        }
        bundles = Files.createDirectories(dir.resolve("bundles"));
    }

    private Optional<ServerProcess.Plan> plan(List<String> commandLine, Map<String, String> environment)
            throws Exception {
        return ServerProcess.plan(JAVA, commandLine, environment, bundles, PID);
    }

    @Test
    void theFirstStartWritesTheArchiveUnderANameOfItsOwn() throws Exception {
        ServerProcess.Plan plan = plan(List.of("-Xmx512m", "-Dx=y", "-jar", jar.toString(), "--bind", "127.0.0.1:1"),
                Map.of()).orElseThrow();

        assertThat(plan.writing().getParent()).isEqualTo(bundles.resolve("cds"));
        assertThat(plan.writing().getFileName().toString())
                .isEqualTo(plan.archive().getFileName().toString().replace(".jsa", "." + PID + ".tmp"));
        assertThat(plan.archive().getFileName().toString()).startsWith("java-" + Runtime.version().feature());
        assertThat(plan.command()).startsWith(JAVA.resolve("bin/java").toString(), "-Xmx512m", "-Dx=y",
                "-XX:ArchiveClassesAtExit=" + plan.writing());
        assertThat(plan.command()).endsWith("-Dgigatile.launcher.child=true", "-Dgigatile.bundles=" + bundles,
                "-jar", jar.toRealPath().toString(), "--bind", "127.0.0.1:1");
    }

    @Test
    void laterStartsMapTheArchive() throws Exception {
        ServerProcess.Plan first = plan(List.of("-jar", jar.toString()), Map.of()).orElseThrow();
        Files.writeString(first.archive(), "archive");

        ServerProcess.Plan later = plan(List.of("-jar", jar.toString()), Map.of()).orElseThrow();

        assertThat(later.writing()).isNull();
        assertThat(later.command()).contains("-XX:SharedArchiveFile=" + first.archive())
                .noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void theJarIsNamedByItsRealPathWhicheverWayItWasGiven() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.jar"), jar);

        ServerProcess.Plan byLink = plan(List.of("-jar", link.toString()), Map.of()).orElseThrow();
        ServerProcess.Plan byPath = plan(List.of("-jar", jar.toString()), Map.of()).orElseThrow();

        assertThat(byLink.archive()).isEqualTo(byPath.archive());
        assertThat(byLink.command()).contains(jar.toRealPath().toString()).doesNotContain(link.toString());
    }

    @Test
    void aDebuggerOrAnArchiveOfTheOperatorsKeepsTheServerInThisJvm() throws Exception {
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:agent.jar", "-XX:SharedArchiveFile=mine.jsa", "-Xshare:off", "@options.txt")) {
            assertThat(plan(List.of(option, "-jar", jar.toString()), Map.of())).as(option).isEmpty();
        }
        assertThat(plan(List.of("-jar", jar.toString()), Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g -javaagent:a.jar")))
                .isEmpty();
        assertThat(plan(List.of("-jar", jar.toString()), Map.of("JDK_JAVA_OPTIONS", "-Xmx1g"))).isPresent();
    }

    @Test
    void theOperatorsSwitchOrAStartWithoutJarKeepsTheServerInThisJvm() throws Exception {
        assertThat(plan(List.of("-jar", jar.toString()), Map.of("GIGATILE_CDS", "0"))).isEmpty();
        assertThat(plan(List.of("-cp", jar.toString(), "io.gigatile.launcher.Main"), Map.of())).isEmpty();
        assertThat(plan(List.of("-jar"), Map.of())).isEmpty();
    }

    @Test
    void anArchiveIsKeptOnlyWhenItsJvmEndedCleanlyAndItMaps() throws Exception {
        ServerProcess.Plan plan = plan(List.of("-Xmx256m", "-Xlog:gc:file=gc.log", "-jar", jar.toString()), Map.of())
                .orElseThrow();
        assertThat(plan.check()).contains("-Xmx256m", "-Xshare:on", "-version").doesNotContain("-Xlog:gc:file=gc.log");
        byte[] archive = archive(plan.writing());

        Files.write(plan.writing(), archive);
        plan.ended(134);
        assertThat(plan.writing()).doesNotExist();
        assertThat(plan.archive()).doesNotExist();

        // half an archive crashes a JVM that maps it: it must never become the one later starts map
        Files.write(plan.writing(), Arrays.copyOf(archive, archive.length / 2));
        plan.ended(0);
        assertThat(plan.writing()).doesNotExist();
        assertThat(plan.archive()).doesNotExist();

        Files.write(plan.writing(), archive);
        plan.ended(143);
        assertThat(plan.writing()).doesNotExist();
        assertThat(plan.archive()).hasBinaryContent(archive);
    }

    @Test
    void anArchiveMappedByAJvmThatCrashedIsDropped() throws Exception {
        ServerProcess.Plan first = plan(List.of("-jar", jar.toString()), Map.of()).orElseThrow();
        Files.write(first.archive(), archive(first.writing()));
        ServerProcess.Plan later = plan(List.of("-jar", jar.toString()), Map.of()).orElseThrow();

        later.ended(143);
        assertThat(first.archive()).exists();
        later.ended(1);
        assertThat(first.archive()).exists();
        later.ended(134);
        assertThat(first.archive()).doesNotExist();
    }

    /** A real archive for the jar, as the server's JVM writes it when it stops. */
    private byte[] archive(Path writing) throws Exception {
        Process java = new ProcessBuilder(JAVA.resolve("bin/java").toString(), "-XX:ArchiveClassesAtExit=" + writing,
                "-Xlog:cds=off", "-cp", jar.toRealPath().toString(), "-version").redirectErrorStream(true).start();
        java.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(java.waitFor()).isZero();
        byte[] archive = Files.readAllBytes(writing);
        Files.delete(writing);
        return archive;
    }

    @Test
    void archivesLeftHalfWrittenByLaunchersGoneAreRemoved() throws Exception {
        Path cds = Files.createDirectories(bundles.resolve("cds"));
        long alive = ProcessHandle.current().pid();
        Path gone = Files.writeString(cds.resolve("java-17.0.1-ab." + deadPid() + ".tmp"), "half");
        Path writing = Files.writeString(cds.resolve("java-17.0.1-ab." + alive + ".tmp"), "being written");
        Path strange = Files.writeString(cds.resolve("java-17.0.1-ab.x.tmp"), "?");

        plan(List.of("-jar", jar.toString()), Map.of()).orElseThrow();

        assertThat(gone).doesNotExist();
        assertThat(strange).doesNotExist();
        assertThat(writing).exists();
    }

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
