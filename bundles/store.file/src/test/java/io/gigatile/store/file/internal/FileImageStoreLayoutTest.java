/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import static io.gigatile.store.file.internal.FileImageStoreTest.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.gigatile.api.GigatileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prefixes, suffixes and symbolic links. */
class FileImageStoreLayoutTest {
    @TempDir
    Path temp;

    private Path root;
    private Path outside;

    @BeforeEach
    void layOut() throws IOException {
        root = Files.createDirectories(temp.resolve("images"));
        outside = Files.createDirectories(temp.resolve("private"));
        Files.write(root.resolve("a.tif"), new byte[3]);
        Files.write(root.resolve("pre_a.tif"), new byte[4]);
        Files.write(outside.resolve("secret.tif"), new byte[7]);
        Files.write(temp.resolve("imagesa.tif"), new byte[9]);
    }

    @Test
    void prefixNamingAnExistingFolderIsTheRootWithOrWithoutSlash() throws IOException {
        assertThat(new FileImageStore(root.toString(), "", temp).resolve("a.tif").size()).isEqualTo(3);
        assertThat(new FileImageStore(root + "/", "", temp).resolve("a.tif").size()).isEqualTo(3);
    }

    @Test
    void prefixEndingInANamePrefixIsJailedToItsFolder() throws IOException {
        Files.createDirectories(root.resolve("pre_sub"));
        Files.write(root.resolve("pre_sub/b.tif"), new byte[5]);
        FileImageStore store = new FileImageStore(root + "/pre_", "", temp);

        assertThat(store.resolve("a.tif").localPath().orElseThrow()).isEqualTo(root.resolve("pre_a.tif").toRealPath());
        assertThat(store.resolve("/a.tif").size()).isEqualTo(4);
        assertThat(store.resolve("sub/b.tif").size()).isEqualTo(5);
        assertNotFound(store, "../private/secret.tif");
        assertNotFound(store, "/../private/secret.tif");
    }

    @Test
    void suffixIsAppended() throws IOException {
        FileImageStore store = new FileImageStore(root + "/", ".tif", temp);

        assertThat(store.resolve("a").localPath().orElseThrow()).isEqualTo(root.resolve("a.tif").toRealPath());
        assertNotFound(store, "a.tif");
    }

    @Test
    void prefixAndSuffixTogether() throws IOException {
        FileImageStore store = new FileImageStore(root + "/pre_", ".tif", temp);

        assertThat(store.resolve("a").size()).isEqualTo(4);
    }

    @Test
    void emptyPrefixIsTheWorkingDirectory() throws IOException {
        FileImageStore store = new FileImageStore("", "", root);

        assertThat(store.resolve("a.tif").localPath().orElseThrow()).isEqualTo(root.resolve("a.tif").toRealPath());
        assertNotFound(store, "../private/secret.tif");
    }

    @Test
    void relativePrefixIsRelativeToTheWorkingDirectory() throws IOException {
        FileImageStore store = new FileImageStore("images/", "", temp);

        assertThat(store.resolve("a.tif").size()).isEqualTo(3);
    }

    @Test
    void linksInsideTheRootAreFollowed() throws IOException {
        Files.createDirectories(root.resolve("real"));
        Files.write(root.resolve("real/c.tif"), new byte[6]);
        Files.createSymbolicLink(root.resolve("link.tif"), root.resolve("a.tif"));
        Files.createSymbolicLink(root.resolve("relative.tif"), Path.of("real/c.tif"));
        Files.createSymbolicLink(root.resolve("dir"), root.resolve("real"));
        FileImageStore store = new FileImageStore(root.toString(), "", temp);

        assertThat(store.resolve("link.tif").localPath().orElseThrow()).isEqualTo(root.resolve("a.tif").toRealPath());
        assertThat(store.resolve("relative.tif").size()).isEqualTo(6);
        assertThat(store.resolve("dir/c.tif").localPath().orElseThrow()).isEqualTo(root.resolve("real/c.tif").toRealPath());
    }

    @Test
    void linksLeavingTheRootAreRefused() throws IOException {
        Files.createSymbolicLink(root.resolve("escape.tif"), outside.resolve("secret.tif"));
        Files.createSymbolicLink(root.resolve("up.tif"), Path.of("../private/secret.tif"));
        Files.createSymbolicLink(root.resolve("elsewhere"), outside);
        Files.createSymbolicLink(root.resolve("dangling.tif"), root.resolve("nothing.tif"));
        FileImageStore store = new FileImageStore(root.toString(), "", temp);

        assertNotFound(store, "escape.tif");
        assertNotFound(store, "up.tif");
        assertNotFound(store, "elsewhere/secret.tif");
        assertNotFound(store, "dangling.tif");
    }

    @Test
    void rootReachedThroughALinkStillJails() throws IOException {
        Path alias = Files.createSymbolicLink(temp.resolve("alias"), root);
        Files.createSymbolicLink(root.resolve("escape.tif"), outside.resolve("secret.tif"));
        FileImageStore store = new FileImageStore(alias + "/", "", temp);

        assertThat(store.resolve("a.tif").localPath().orElseThrow()).isEqualTo(root.resolve("a.tif").toRealPath());
        assertNotFound(store, "escape.tif");
    }

    @Test
    void missingRootFindsNothing() {
        FileImageStore store = new FileImageStore(temp.resolve("absent") + "/", "", temp);

        assertNotFound(store, "a.tif");
    }

    @Test
    void noMessageNamesTheRoot() throws IOException {
        Files.createSymbolicLink(root.resolve("escape.tif"), outside.resolve("secret.tif"));
        FileImageStore store = new FileImageStore(root + "/pre_", ".tif", temp);
        List<String> identifiers = List.of("", "missing", "../private/secret", "%2e%2e%2fx", "a\0", "a%00",
                "C:/x", "a\\b", "escape", outside.resolve("secret").toString(), "x".repeat(5000));

        for (String id : identifiers) {
            Throwable thrown = catchThrowable(() -> store.resolve(id));
            assertThat(thrown).as(id).isInstanceOf(GigatileException.class);
            assertThat(thrown.getMessage()).as(id).doesNotContain(temp.toString()).doesNotContain("images")
                    .doesNotContain("/");
            assertThat(thrown.getCause()).as(id).isNull();
        }
    }
}
