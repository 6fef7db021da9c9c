/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ListingEntry;
import io.gigatile.api.ListingEntry.Kind;
import io.gigatile.api.ListingPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store's listing: what it shows, what it hides, and that every image it shows resolves. */
class FileImageStoreListingTest {
    private static final Set<String> TIFF = Set.of("tif", "tiff");

    @TempDir
    Path temp;

    private Path root;
    private Path outside;
    private FileImageStore store;

    @BeforeEach
    void layOut() throws IOException {
        root = Files.createDirectories(temp.resolve("images"));
        outside = Files.createDirectories(temp.resolve("private"));
        for (String name : List.of("b.tif", "A.TIF", "notes.txt", ".hidden.tif", "sub/c.tif", "sub/deeper/d.tif",
                ".git/e.tif", "turn_pyr_000_090.tif", "turn_pyr_120_090.tif", "turn_pyr_000_045.tif",
                "sub/_pyr_000_090.tif", "sub/_pyr_090_090.tif", "odd <&\"> name é.tif")) {
            touch(root.resolve(name));
        }
        touch(outside.resolve("secret.tif"));
        Files.createDirectories(outside.resolve("secrets"));
        store = new FileImageStore(root + "/", "", temp);
    }

    @Test
    void listsFoldersThenImagesAndSequencesByName() {
        ListingPage page = store.list("", TIFF, 0, 100);

        assertThat(page.entries()).containsExactly(
                new ListingEntry("sub", "sub/", Kind.FOLDER),
                new ListingEntry("A.TIF", "A.TIF", Kind.IMAGE),
                new ListingEntry("b.tif", "b.tif", Kind.IMAGE),
                new ListingEntry("odd <&\"> name é.tif", "odd <&\"> name é.tif", Kind.IMAGE),
                new ListingEntry("turn", "turn", Kind.SEQUENCE));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void everyListedImageResolves() {
        for (String folder : List.of("", "sub/", "sub/deeper/")) {
            for (ListingEntry entry : store.list(folder, TIFF, 0, 100).entries()) {
                if (entry.kind() != Kind.FOLDER) {
                    assertThat(store.resolve(entry.identifier())).as(entry.identifier()).isNotNull();
                }
            }
        }
        assertThat(store.sequence("turn")).isPresent();
    }

    @Test
    void listsSubFoldersAndTheirSequenceNamedByTheFolder() {
        assertThat(store.list("sub/", TIFF, 0, 100).entries()).containsExactly(
                new ListingEntry("deeper", "sub/deeper/", Kind.FOLDER),
                new ListingEntry("c.tif", "sub/c.tif", Kind.IMAGE),
                new ListingEntry("sub", "sub/", Kind.SEQUENCE));
        assertThat(store.list("/sub/deeper/", TIFF, 0, 100).entries())
                .containsExactly(new ListingEntry("d.tif", "sub/deeper/d.tif", Kind.IMAGE));
    }

    @Test
    void pagesThroughTheEntries() {
        ListingPage first = store.list("", TIFF, 0, 2);
        ListingPage last = store.list("", TIFF, 4, 2);
        ListingPage beyond = store.list("", TIFF, 10, 2);

        assertThat(first.entries()).extracting(ListingEntry::name).containsExactly("sub", "A.TIF");
        assertThat(first.hasMore()).isTrue();
        assertThat(last.entries()).extracting(ListingEntry::name).containsExactly("turn");
        assertThat(last.hasMore()).isFalse();
        assertThat(beyond.entries()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void onlyWantedSuffixesAreListed() {
        assertThat(store.list("", Set.of("TXT"), 0, 100).entries()).extracting(ListingEntry::name)
                .containsExactly("sub", "notes.txt");
        assertThat(store.list("", Set.of(), 0, 100).entries()).extracting(ListingEntry::name)
                .containsExactly("sub");
    }

    @Test
    void linksLeavingTheRootAreNotListed() throws IOException {
        Files.createSymbolicLink(root.resolve("out.tif"), outside.resolve("secret.tif"));
        Files.createSymbolicLink(root.resolve("outdir"), outside.resolve("secrets"));
        Files.createSymbolicLink(root.resolve("in.tif"), root.resolve("b.tif"));
        Files.createSymbolicLink(root.resolve("subling"), root.resolve("sub"));

        assertThat(store.list("", TIFF, 0, 100).entries()).extracting(ListingEntry::name)
                .contains("in.tif", "subling").doesNotContain("out.tif", "outdir");
        assertNotFound("outdir/");
        assertThat(store.list("subling/", TIFF, 0, 100).entries()).extracting(ListingEntry::identifier)
                .contains("subling/c.tif");
    }

    @Test
    void foldersOutsideTheRootAreNotFound() {
        assertNotFound("../private/");
        assertNotFound("sub/../../private/");
        assertNotFound("%2e%2e/private/");
        assertNotFound(outside + "/");
        assertNotFound("nothing/");
        assertNotFound("b.tif/");
        assertNotFound(".git/../../private/");
    }

    @Test
    void malformedRequestsAreRefused() {
        assertThatThrownBy(() -> store.list("sub", TIFF, 0, 10)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> store.list("a\u0000/", TIFF, 0, 10)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> store.list("", TIFF, -1, 10)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> store.list("", TIFF, 0, 0)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> store.list("", TIFF, 0, 1001)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void namePrefixAndSuffixAreLeftOutOfIdentifiers() throws IOException {
        touch(root.resolve("pre_x.tif.tif"));
        touch(root.resolve("pre_dir/y.tif.tif"));
        touch(root.resolve("pre_dir/z.tif"));
        FileImageStore prefixed = new FileImageStore(root + "/pre_", ".tif", temp);

        assertThat(prefixed.list("", TIFF, 0, 100).entries()).containsExactly(
                new ListingEntry("dir", "dir/", Kind.FOLDER), new ListingEntry("x.tif", "x.tif", Kind.IMAGE));
        assertThat(prefixed.list("dir/", TIFF, 0, 100).entries())
                .containsExactly(new ListingEntry("y.tif", "dir/y.tif", Kind.IMAGE),
                        new ListingEntry("z", "dir/z", Kind.IMAGE));
        assertThat(prefixed.resolve("dir/y.tif")).isNotNull();
        assertThat(prefixed.resolve("dir/z")).isNotNull();
    }

    private void assertNotFound(String folder) {
        assertThatThrownBy(() -> store.list(folder, TIFF, 0, 10)).as(folder)
                .isInstanceOf(ImageNotFoundException.class);
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {1, 2, 3});
    }
}
