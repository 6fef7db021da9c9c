/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ViewAngles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FILENAME_PATTERN sequences: found, listed and resolved view by view, inside the jail. */
class FileImageStoreSequenceTest {
    @TempDir
    Path temp;

    private Path root;
    private FileImageStore store;

    @BeforeEach
    void layOut() throws IOException {
        root = Files.createDirectories(temp.resolve("images"));
        for (String name : List.of("obj_pyr_000_090.tif", "obj_pyr_120_090.tif", "obj_pyr_240_090.tif",
                "obj_pyr_000_045.tif", "obj_pyr_120_045.tif", "single.tif")) {
            write(root.resolve("sub").resolve(name), name.length());
        }
        store = new FileImageStore(root + "/", "", temp);
    }

    private static Path write(Path file, int size) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[size]);
    }

    private String name(int x, int y) {
        return store.resolve("sub/obj", x, y).localPath().orElseThrow().getFileName().toString();
    }

    @Test
    void aSequenceListsItsAnglesSorted() {
        assertThat(store.sequence("sub/obj")).contains(new ViewAngles(List.of(0, 120, 240), List.of(45, 90)));
        assertThat(store.sequence("/sub/obj")).isPresent();
        assertThat(store.resolve("sub/obj").sequence())
                .contains(new ViewAngles(List.of(0, 120, 240), List.of(45, 90)));
        assertThat(store.resolve("sub/obj", 1, 0).sequence()).isEmpty();
    }

    @Test
    void singleFilesAndMissingNamesAreNoSequence() {
        assertThat(store.sequence("sub/single.tif")).isEmpty();
        assertThat(store.sequence("sub/none")).isEmpty();
        assertThat(store.sequence("sub")).isEmpty();
    }

    @Test
    void viewsAreResolvedByTheirIndexIntoTheAngles() throws IOException {
        assertThat(name(0, 0)).isEqualTo("obj_pyr_000_045.tif");
        assertThat(name(1, 1)).isEqualTo("obj_pyr_120_090.tif");
        assertThat(name(2, 1)).isEqualTo("obj_pyr_240_090.tif");
        assertThat(store.resolve("sub/obj", 1, 0).localPath().orElseThrow()).isEqualTo(root.resolve("sub/obj_pyr_120_045.tif")
                .toRealPath());
        assertThat(store.resolve("sub/obj", 1, 0).identifier()).isEqualTo("sub/obj");
        assertThat(store.resolve("sub/obj", 1, 0).size()).isEqualTo("obj_pyr_120_045.tif".length());
    }

    @Test
    void theIdentifierAloneIsTheDefaultViewAndItsTimestamp() throws IOException {
        Instant modified = Instant.parse("2025-03-04T05:06:07Z");
        Files.setLastModifiedTime(root.resolve("sub/obj_pyr_000_090.tif"), FileTime.from(modified));
        assertThat(store.resolve("sub/obj").localPath().orElseThrow().getFileName().toString()).isEqualTo("obj_pyr_000_090.tif");
        assertThat(store.resolve("sub/obj").lastModified()).isEqualTo(modified);
    }

    @Test
    void viewsOutsideTheGridOrWithoutAFileAreNotFound() {
        for (int[] xy : new int[][] {{3, 0}, {0, 2}, {-1, 0}, {0, -1}, {2, 0}}) {
            // 240/45 is in the grid but has no file
            assertThatThrownBy(() -> store.resolve("sub/obj", xy[0], xy[1])).as(xy[0] + "," + xy[1])
                    .isInstanceOf(ImageNotFoundException.class).hasMessage("image not found");
        }
    }

    @Test
    void aSingleImageHasOnlyItsFirstView() {
        assertThat(store.resolve("sub/single.tif", 0, 0).localPath().orElseThrow().getFileName().toString()).isEqualTo("single.tif");
        assertThatThrownBy(() -> store.resolve("sub/single.tif", 1, 0)).isInstanceOf(ImageNotFoundException.class);
        assertThatThrownBy(() -> store.resolve("sub/none", 0, 0)).isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void anOwnFileWinsOverASequence() throws IOException {
        write(root.resolve("sub/obj"), 1);
        assertThat(store.sequence("sub/obj")).isEmpty();
        assertThat(store.resolve("sub/obj").size()).isEqualTo(1);
    }

    @Test
    void twoDefaultViewsWithDifferentExtensionsAreNoSequence() throws IOException {
        write(root.resolve("sub/obj_pyr_000_090.jp2"), 1);
        assertThat(store.sequence("sub/obj")).isEmpty();
        assertThatThrownBy(() -> store.resolve("sub/obj")).isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void thePatternIsConfigurableAndTheSuffixIsNotPartOfSequenceFiles() throws IOException {
        write(root.resolve("turn-v000_090.jp2"), 2);
        write(root.resolve("turn-v010_090.jp2"), 3);
        FileImageStore other = new FileImageStore(root + "/", ".tif", "-v", temp);
        assertThat(other.sequence("turn")).contains(new ViewAngles(List.of(0, 10), List.of(90)));
        assertThat(other.resolve("turn", 1, 0).size()).isEqualTo(3);
        assertThat(store.sequence("turn")).isEmpty();
        assertThat(other.resolve("sub/single").size()).isEqualTo("single.tif".length());
    }

    @Test
    void aNamePrefixComesBeforeTheIdentifier() throws IOException {
        write(root.resolve("pre_seq_pyr_000_090.tif"), 4);
        FileImageStore prefixed = new FileImageStore(root + "/pre_", "", temp);
        assertThat(prefixed.sequence("seq")).contains(new ViewAngles(List.of(0), List.of(90)));
        assertThat(prefixed.resolve("seq").size()).isEqualTo(4);
    }

    @Test
    void aFolderIdentifierNamesTheSequenceInsideIt() throws IOException {
        write(root.resolve("turntable/_pyr_000_090.tif"), 5);
        assertThat(store.resolve("turntable/").size()).isEqualTo(5);
    }

    @Test
    void viewsLinkingOutOfTheRootAreRefused() throws IOException {
        Path outside = write(temp.resolve("private/secret.tif"), 9);
        Files.createSymbolicLink(root.resolve("sub/obj_pyr_240_045.tif"), outside);
        assertThatThrownBy(() -> store.resolve("sub/obj", 2, 0)).isInstanceOf(ImageNotFoundException.class);
        write(temp.resolve("private/leak_pyr_000_090.tif"), 9);
        Files.createSymbolicLink(root.resolve("linked"), temp.resolve("private"));
        assertThat(store.sequence("linked/leak")).isEmpty();
        assertThatThrownBy(() -> store.resolve("linked/leak")).isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void identifiersAreScreenedAsForSingleFiles() throws IOException {
        write(temp.resolve("private/esc_pyr_000_090.tif"), 9);
        FileImageStoreTest.assertNotFound(store, "../private/esc");
        FileImageStoreTest.assertNotFound(store, "%2e%2e/private/esc");
        assertThatThrownBy(() -> store.sequence("../private/esc")).isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void aSettledFolderIsListedOnceUntilItChanges() throws IOException {
        SequenceIndex index = new SequenceIndex(Clock.systemUTC());
        Path folder = root.resolve("sub").toRealPath();
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(folder, old);
        assertThat(index.find(folder, "obj_pyr_").orElseThrow().horizontal()).containsExactly(0, 120, 240);
        assertThat(index.size()).isEqualTo(1);
        // the same timestamp: the remembered answer, though a view was added
        write(folder.resolve("obj_pyr_300_090.tif"), 1);
        Files.setLastModifiedTime(folder, old);
        assertThat(index.find(folder, "obj_pyr_").orElseThrow().horizontal()).containsExactly(0, 120, 240);
        Files.setLastModifiedTime(folder, FileTime.from(Instant.parse("2020-01-02T00:00:00Z")));
        assertThat(index.find(folder, "obj_pyr_").orElseThrow().horizontal()).containsExactly(0, 120, 240, 300);
    }

    @Test
    void aFolderChangedJustNowIsListedEveryTime() throws IOException {
        SequenceIndex index = new SequenceIndex(Clock.systemUTC());
        Path folder = root.resolve("sub").toRealPath();
        Files.setLastModifiedTime(folder, FileTime.from(Instant.now()));
        assertThat(index.find(folder, "obj_pyr_")).isPresent();
        assertThat(index.size()).isZero();
        assertThat(index.find(folder, "nothing_")).isEqualTo(Optional.empty());
    }
}
