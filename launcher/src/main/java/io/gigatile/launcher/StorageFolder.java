/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The name every run's storage folder starts with. */
    static final String PREFIX = "gigatile-framework-";

    /** The lock file beside each storage folder: its name and this. */
    static final String LOCK_SUFFIX = ".lock";
    /** How many names a claim tries before it gives up. */
    private static final int MAX_NAME_ATTEMPTS = 100;

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
     * A run's storage folder and the lock beside it, held while the server runs. The lock lies outside the folder
     * because the framework empties its storage as it starts. The system releases it when the process ends however
     * it ends, also in a process-id namespace of its own (a container sharing the folder).
     *
     * @param folder the storage folder
     * @param lockFile the lock file beside it
     * @param channel the open lock file, whose lock this process holds
     */
    record Claim(Path folder, Path lockFile, FileChannel channel) implements AutoCloseable {
        /** Deletes the folder, then releases and deletes the lock. */
        @Override
        public void close() {
            BundleFolder.deleteTree(folder);
            try {
                channel.close();
                Files.deleteIfExists(lockFile);
            } catch (IOException e) {
                // a lock file left behind is removed with the next start's clean-up
            }
        }
    }

    /** Makes and locks a new storage folder in {@code parent}. */
    static Claim claim(Path parent) throws IOException {
        Path lockFile = null;
        FileChannel channel = null;
        // named by the process and the clock, not by Files.createTempFile: its SecureRandom loads the JDK's security
        // providers, 10 to 20 ms of a start that has no other use for them
        String stem = PREFIX + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
        for (int attempt = 0; channel == null; attempt++) {
            lockFile = parent.resolve(stem + "-" + attempt + LOCK_SUFFIX);
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                // another process of the same number (a container sharing the folder) at the same instant
                if (attempt >= MAX_NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
        try {
            if (channel.tryLock() == null) {
                throw new IOException("cannot lock " + lockFile.getFileName());
            }
            String name = lockFile.getFileName().toString();
            Path folder = parent.resolve(name.substring(0, name.length() - LOCK_SUFFIX.length()));
            Files.createDirectory(folder);
            return new Claim(folder, lockFile, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(lockFile);
            throw e;
        }
    }

    /**
     * Removes the storage folders of servers that ended without removing theirs (killed): in a memory-backed
     * folder each would hold its few megabytes of memory until the machine restarts. A folder is abandoned when
     * nobody holds the lock beside it; a folder without a lock is left.
     */
    static void removeAbandoned(Path parent) {
        try (Stream<Path> files = Files.list(parent)) {
            for (Path lockFile : files.filter(StorageFolder::isLockFile).toList()) {
                String name = lockFile.getFileName().toString();
                if (!held(lockFile)) {
                    BundleFolder.deleteTree(parent.resolve(name.substring(0, name.length() - LOCK_SUFFIX.length())));
                    Files.deleteIfExists(lockFile);
                }
            }
        } catch (IOException | SecurityException e) {
            // what cannot be listed or removed is left: it costs memory or disk space, nothing else
        }
    }

    private static boolean isLockFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(LOCK_SUFFIX) && Files.isRegularFile(file);
    }

    private static boolean held(Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            // held by this very process
            return true;
        } catch (IOException e) {
            // gone, or not ours to open: not ours to remove either
            return true;
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
