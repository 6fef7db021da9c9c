/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar gigatile.jar} runs the server in a second JVM, to give it an option a jar cannot give the JVM
 * that runs it: a class data archive. The classes of the JDK, the framework and the bundles are then mapped,
 * already parsed and verified, instead of being read, parsed and verified at every start: the first tile came 160 ms
 * sooner on Java 17 and 230 ms sooner on Java 25, the second JVM's own start of 80 ms included. The first start of a
 * build on a given Java writes the archive when its server stops, into the bundle folder; later starts map it.
 *
 * <p>This JVM stays as the server's parent: SIGTERM or Ctrl-C stop the server, the server's exit code becomes this
 * JVM's, and the server stops by itself when this JVM dies, even killed, since its standard input is a pipe from
 * this JVM that the kernel then closes. Where another JVM could not repeat this one's options (a debugger's agent
 * would find its port taken), where they name class data archives of their own, and with {@code GIGATILE_CDS=0},
 * the server runs in this JVM, as the archive distribution's launcher runs it (with an archive of its own).
 */
final class ServerProcess {

    /** Set on the server's JVM: it stops when its standard input, the pipe from its launcher, closes. */
    static final String CHILD = "gigatile.launcher.child";

    /** The operator's switch, as for the archive's launcher: {@code 0} keeps the server in one JVM. */
    static final String SWITCH = "GIGATILE_CDS";

    private static final String FOLDER = "cds";
    private static final String WRITING = ".tmp";
    private static final long STOP_LIMIT_S = 60;

    private static final long CHECK_LIMIT_S = 30;

    /** Exit codes of a JVM that ran its shutdown: by itself, by SIGINT, by SIGTERM. */
    private static final List<Integer> CLEAN_EXITS = List.of(0, 130, 143);

    /** Exit codes above this one are a signal's: a crash (SIGABRT, SIGSEGV) or a kill. */
    private static final int SIGNALLED = 128;

    /** The options that decide whether the JVM can map an archive: heap size, collector, object layout. */
    private static final List<String> LAYOUT_OPTIONS = List.of("-Xmx", "-XX:+Use", "-XX:-Use",
            "-XX:ObjectAlignmentInBytes");

    /** JVM options that must not apply twice, or that choose class data archives themselves. */
    private static final List<String> OWN_OPTIONS = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrun",
            "-Xdebug", "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive",
            "-XX:AOT", "-XX:SharedClassListFile", "-XX:DumpLoadedClassList", "-XX:+RecordDynamicDumpInfo", "@");

    /** Environment variables the JVM reads options from; the server's JVM inherits them. */
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS");

    /**
     * @param command the server JVM's command line
     * @param archive the class data archive for this Java and this jar
     * @param writing where the server's JVM writes the archive when it stops, or null when it maps it
     * @param check the command that maps {@code writing} as the server's JVM would, to see it whole
     */
    record Plan(List<String> command, Path archive, Path writing, List<String> check) {

        /**
         * After the server's JVM ended: a newly written archive becomes the one later starts map, if that JVM
         * ended as it should and the archive maps. A JVM given a damaged archive can crash as it starts, so an
         * archive is never kept unchecked, and one that a crashed JVM had mapped is dropped (the next start writes
         * it anew).
         */
        synchronized void ended(int exitCode) {
            boolean clean = CLEAN_EXITS.contains(exitCode);
            try {
                if (writing == null) {
                    if (!clean && exitCode > SIGNALLED) {
                        Files.deleteIfExists(archive);
                    }
                } else if (Files.isRegularFile(writing)) {
                    if (clean && Files.size(writing) > 0 && maps()) {
                        Files.move(writing, archive, StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        Files.delete(writing);
                    }
                }
            } catch (IOException e) {
                // a later start writes it again, and its clean-up removes what is left
            }
        }

        private boolean maps() {
            try {
                Process java = new ProcessBuilder(check).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (java.waitFor(CHECK_LIMIT_S, TimeUnit.SECONDS)) {
                    return java.exitValue() == 0;
                }
                java.destroyForcibly();
            } catch (IOException e) {
                // not checked, not kept
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    private ServerProcess() {
    }

    /**
     * The server's JVM for this start, or empty when this JVM runs the server (also when the bundle folder cannot
     * keep archives, being read-only, say).
     *
     * @param java this Java's home
     * @param commandLine this JVM's arguments (options, {@code -jar}, the jar, the server's arguments)
     * @param environment this process's environment
     * @param bundles the bundle folder, which keeps the archives of its build
     * @param parent this process's id
     */
    static Optional<Plan> plan(Path java, List<String> commandLine, Map<String, String> environment, Path bundles,
            long parent) {
        int jarAt = commandLine.indexOf("-jar");
        if (jarAt < 0 || jarAt + 1 >= commandLine.size() || "0".equals(environment.get(SWITCH))) {
            return Optional.empty();
        }
        List<String> options = commandLine.subList(0, jarAt);
        if (namesOwnOption(options)) {
            return Optional.empty();
        }
        for (String variable : OPTION_VARIABLES) {
            String value = environment.get(variable);
            if (value != null && namesOwnOption(Arrays.asList(value.split(" ")))) {
                return Optional.empty();
            }
        }
        Path folder;
        Path jar;
        try {
            folder = Files.createDirectories(bundles.resolve(FOLDER));
            removeAbandoned(folder);
            // the archive holds the class path as it was: the same jar must be named the same way
            jar = Path.of(commandLine.get(jarAt + 1)).toRealPath();
        } catch (IOException e) {
            return Optional.empty();
        }
        // the JVM takes an archive only from the same Java build and the same class path: both name it
        String name = "java-" + fileNamePart(Runtime.version().toString()) + "-"
                + Integer.toHexString((java + "\n" + jar).hashCode());
        Path archive = folder.resolve(name + ".jsa");
        Path writing = Files.isRegularFile(archive) ? null : folder.resolve(name + "." + parent + WRITING);
        String executable = java.resolve("bin").resolve("java").toString();
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(options);
        command.add(writing == null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + writing);
        // an archive the JVM cannot take (another Java build's, say) is passed over without a word
        command.addAll(List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        command.addAll(List.of("-D" + CHILD + "=true", "-Dgigatile.bundles=" + bundles));
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(commandLine.subList(jarAt + 2, commandLine.size()));
        return Optional.of(new Plan(List.copyOf(command), archive, writing, check(executable, options, jar, writing)));
    }

    /**
     * Runs the server's JVM until it exits, stopping it if this JVM is told to stop.
     *
     * @return the server's exit code
     * @throws IOException if the server's JVM could not be started
     */
    static int run(Plan plan) throws IOException, InterruptedException {
        // standard input stays a pipe: it closes when this JVM dies, whichever way
        Process server = new ProcessBuilder(plan.command()).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (server.isAlive()) {
                plan.ended(stop(server));
            }
        }, "gigatile-server-stop"));
        int code = server.waitFor();
        plan.ended(code);
        return code;
    }

    /** In the server's JVM: stops the server when the launcher's pipe closes. */
    static void stopWithLauncher(InputStream pipe) {
        Thread watch = new Thread(() -> {
            byte[] buffer = new byte[64];
            try {
                while (pipe.read(buffer) >= 0) {
                    // the launcher writes nothing: only the end matters
                }
            } catch (IOException e) {
                // a broken pipe ends it too
            }
            System.exit(0);
        }, "gigatile-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** @return the server's exit code, or -1 when it had to be killed */
    private static int stop(Process server) {
        server.destroy();
        try {
            if (server.waitFor(STOP_LIMIT_S, TimeUnit.SECONDS)) {
                return server.exitValue();
            }
            System.err.println("gigatile: the server did not stop within " + STOP_LIMIT_S + " s: killed");
            server.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    /**
     * {@code java -version} with the archive required: a JVM that cannot map it all says so and exits, or crashes
     * without leaving a report or a core where the server runs. Of the server's options, only those that decide
     * whether an archive maps: others could write files (logs, recordings) the server's JVM writes.
     */
    private static List<String> check(String java, List<String> options, Path jar, Path writing) {
        if (writing == null) {
            return List.of();
        }
        List<String> check = new ArrayList<>();
        check.add(java);
        for (String option : options) {
            for (String layout : LAYOUT_OPTIONS) {
                if (option.startsWith(layout)) {
                    check.add(option);
                    break;
                }
            }
        }
        check.addAll(List.of("-XX:SharedArchiveFile=" + writing, "-Xshare:on", "-XX:ErrorFile=/dev/null",
                "-XX:-CreateCoredumpOnCrash", "-cp", jar.toString(), "-version"));
        return List.copyOf(check);
    }

    // what the launcher runs before it starts the server's JVM delays the first tile: no lambdas, streams or regular
    // expressions there, whose first use costs milliseconds

    private static boolean namesOwnOption(List<String> options) {
        for (String option : options) {
            for (String own : OWN_OPTIONS) {
                if (option.startsWith(own)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fileNamePart(String text) {
        StringBuilder part = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.'
                    || c == '-';
            part.append(plain ? c : '_');
        }
        return part.toString();
    }

    /** Archives left half-written by launchers that were killed. */
    private static void removeAbandoned(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.endsWith(WRITING)) {
                    continue;
                }
                String writer = name.substring(0, name.length() - WRITING.length());
                long pid = parseLong(writer.substring(writer.lastIndexOf('.') + 1));
                if (pid < 0 || ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
