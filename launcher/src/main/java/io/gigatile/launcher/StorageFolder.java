/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a run's framework storage goes. The framework writes a few hundred small files into it at every start
 * (each bundle's state, written twice), and on ext4 creating and rewriting them took 0.1 s of the start-up, where a
 * memory-backed folder takes a few milliseconds; the storage is thrown away when the server stops, so memory is
 * the better place where there is enough of it. Bundles deployed into a running server are copied into the
 * storage too, hence the room asked for: a container's small /dev/shm (64 MB by default) is passed over.
 */
final class StorageFolder {

    /** Names the storage's parent folder outright. */
    static final String PROPERTY = "gigatile.storage";

    /** The room a memory-backed folder must have to be chosen. */
    static final long MIN_FREE = 256L << 20;

    /** The name every run's storage folder starts with; the launcher's process id and a random part follow. */
    static final String PREFIX = "gigatile-framework-";

    private static final Pattern OWNED = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,19})-.*");

    /** The prefix of this process's storage folder: {@link #PREFIX}, the process id, a dash. */
    static String prefix(long pid) {
        return PREFIX + pid + "-";
    }

    private StorageFolder() {
    }

    /** This run's storage parent: {@code gigatile.storage}, else a memory-backed folder, else the temp folder. */
    static Path parent(Map<String, String> environment, String given, String tmpdir) {
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        List<Path> memory = new ArrayList<>();
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank()) {
            memory.add(Path.of(runtime));
        }
        memory.add(Path.of("/dev/shm"));
        return firstRoomy(memory, MIN_FREE).orElse(Path.of(tmpdir));
    }

    /**
     * Removes the storage folders of servers that ended without removing theirs (killed): in a memory-backed
     * folder each would hold its few megabytes of memory until the machine restarts. A folder is abandoned when
     * the process its name gives has ended; folders named otherwise are left.
     */
    static void removeAbandoned(Path parent) {
        try (Stream<Path> folders = Files.list(parent)) {
            for (Path folder : folders.toList()) {
                Matcher owner = OWNED.matcher(folder.getFileName().toString());
                if (owner.matches() && ProcessHandle.of(Long.parseLong(owner.group(1))).isEmpty()
                        && Files.isDirectory(folder)) {
                    BundleFolder.deleteTree(folder);
                }
            }
        } catch (IOException | SecurityException | NumberFormatException e) {
            // what cannot be listed or read is left: it costs memory or disk space, nothing else
        }
    }

    /** The first writable folder with {@code minFree} bytes free. */
    static Optional<Path> firstRoomy(List<Path> candidates, long minFree) {
        for (Path folder : candidates) {
            try {
                if (Files.isDirectory(folder) && Files.isWritable(folder)
                        && Files.getFileStore(folder).getUsableSpace() >= minFree) {
                    return Optional.of(folder);
                }
            } catch (IOException | SecurityException e) {
                // not usable: the next one
            }
        }
        return Optional.empty();
    }
}
