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
