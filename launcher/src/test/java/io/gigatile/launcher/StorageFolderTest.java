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
    void aClaimedStorageIsKeptAndRemovedWhenClosed() throws Exception {
        StorageFolder.Claim claim = StorageFolder.claim(dir);
        Files.writeString(claim.folder().resolve("bundle.info"), "x");

        StorageFolder.removeAbandoned(dir);
        assertThat(claim.folder()).isDirectory();

        claim.close();
        assertThat(claim.folder()).doesNotExist();
        assertThat(claim.lockFile()).doesNotExist();
    }

    @Test
    void claimsOfOneProcessGetFoldersOfTheirOwn() throws Exception {
        List<StorageFolder.Claim> claims = List.of(StorageFolder.claim(dir), StorageFolder.claim(dir),
                StorageFolder.claim(dir));
        try {
            assertThat(claims).extracting(StorageFolder.Claim::folder).doesNotHaveDuplicates()
                    .allSatisfy(folder -> assertThat(folder).isDirectory().hasParent(dir));
            assertThat(claims).extracting(StorageFolder.Claim::lockFile)
                    .allSatisfy(lock -> assertThat(lock.getFileName().toString())
                            .startsWith(StorageFolder.PREFIX + ProcessHandle.current().pid() + "-")
                            .endsWith(StorageFolder.LOCK_SUFFIX));
            StorageFolder.removeAbandoned(dir);
            assertThat(claims).extracting(StorageFolder.Claim::folder).allSatisfy(f -> assertThat(f).isDirectory());
        } finally {
            claims.forEach(StorageFolder.Claim::close);
        }
    }

    @Test
    void aStorageWhoseLockNobodyHoldsIsRemovedAndOthersAreLeft() throws Exception {
        Path abandoned = Files.createDirectories(dir.resolve(StorageFolder.PREFIX + "1").resolve("bundle1"))
                .getParent();
        Path abandonedLock = Files.writeString(dir.resolve(StorageFolder.PREFIX + "1" + StorageFolder.LOCK_SUFFIX), "");
        Path unlocked = Files.createDirectories(dir.resolve(StorageFolder.PREFIX + "2"));
        Path other = Files.createDirectories(dir.resolve("someone-else"));
        Files.writeString(dir.resolve("someone-else" + StorageFolder.LOCK_SUFFIX), "");

        StorageFolder.removeAbandoned(dir);

        assertThat(abandoned).doesNotExist();
        assertThat(abandonedLock).doesNotExist();
        assertThat(List.of(unlocked, other)).allMatch(Files::isDirectory);
    }

    @Test
    void theRuntimeFolderIsTriedBeforeSharedMemory() {
        // the temp folder of the test is roomy enough on any machine that builds the project
        assertThat(StorageFolder.parent(Map.of("XDG_RUNTIME_DIR", dir.toString()), null, "/elsewhere"))
                .isEqualTo(dir);
    }
}
