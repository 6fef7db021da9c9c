/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageFolderTest {
    @TempDir
    Path dir;

    @Test
    void theOperatorsFolderComesFirst() {
        Path given = dir.resolve("given");

        assertThat(StorageFolder.parent(Map.of("XDG_RUNTIME_DIR", dir.toString()), given.toString(), "/tmp"))
                .isEqualTo(given);
    }

    @Test
    void aRoomyWritableFolderIsChosen() {
        assertThat(StorageFolder.firstRoomy(List.of(dir.resolve("missing"), dir), 1)).contains(dir);
    }

    @Test
    void aFolderWithoutTheRoomIsPassedOver() throws Exception {
        long free = Files.getFileStore(dir).getUsableSpace();

        assertThat(StorageFolder.firstRoomy(List.of(dir), free + (1L << 40))).isEmpty();
    }

    @Test
    void aFileIsNoFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");

        assertThat(StorageFolder.firstRoomy(List.of(file), 1)).isEmpty();
    }

    @Test
    void theStorageOfAnEndedProcessIsRemovedAndOthersAreLeft() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        assertThat(ended.waitFor()).isZero();
        Path abandoned = storage(StorageFolder.prefix(ended.pid()) + "123");
        Path running = storage(StorageFolder.prefix(ProcessHandle.current().pid()) + "456");
        Path unnamed = storage(StorageFolder.PREFIX + "789");
        Path other = storage("someone-else-" + ended.pid() + "-1");

        StorageFolder.removeAbandoned(dir);

        assertThat(abandoned).doesNotExist();
        assertThat(List.of(running, unnamed, other)).allMatch(Files::isDirectory);
    }

    private Path storage(String name) throws Exception {
        return Files.createDirectories(dir.resolve(name).resolve("bundle1")).getParent();
    }

    @Test
    void theRuntimeFolderIsTriedBeforeSharedMemory() {
        // the temp folder of the test is roomy enough on any machine that builds the project
        assertThat(StorageFolder.parent(Map.of("XDG_RUNTIME_DIR", dir.toString()), null, "/elsewhere"))
                .isEqualTo(dir);
    }
}
