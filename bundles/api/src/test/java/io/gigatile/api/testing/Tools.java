/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line tools (vips, libtiff's) that tests judge files with, in a scratch folder of their own. A
 * missing tool fails the test, naming the package to install: these tests never skip.
 *
 * @since 2.8
 */
public final class Tools {
    private Tools() {
    }

    /** Work done in a scratch folder. */
    public interface Work<T> {
        /**
         * @param dir the scratch folder, empty at first
         * @return what the work gives
         * @throws IOException if a file cannot be written or read
         */
        T in(Path dir) throws IOException;
    }

    /**
     * @param <T> what the work gives
     * @param name the scratch folder's name prefix
     * @param work what is done in it
     * @return what the work gave, once the folder and the files in it are deleted
     */
    public static <T> T inScratchFolder(String name, Work<T> work) {
        try {
            Path dir = Files.createTempDirectory(name);
            try {
                return work.in(dir);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param command the command line
     * @param install the Debian package that has the tool, named when it is missing
     * @return what the command printed (standard output and error)
     * @throws AssertionError if the tool is missing, fails or takes over a minute
     */
    public static String run(List<String> command, String install) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " is missing: install " + install, e);
        }
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + said);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return said;
    }
}
