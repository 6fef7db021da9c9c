/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.StoredImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileImageStoreTest {
    @TempDir
    Path temp;

    private Path root;
    private Path outside;
    private FileImageStore store;

    @BeforeEach
    void layOut() throws IOException {
        root = Files.createDirectories(temp.resolve("images"));
        outside = Files.createDirectories(temp.resolve("private"));
        write(root.resolve("a.tif"), 3);
        write(root.resolve("sub/b.tif"), 5);
        write(outside.resolve("secret.tif"), 7);
        store = new FileImageStore(root + "/", "", temp);
    }

    @Test
    void resolvesFileWithItsAttributes() throws IOException {
        Instant modified = Instant.parse("2024-05-06T07:08:09Z");
        Files.setLastModifiedTime(root.resolve("sub/b.tif"), FileTime.from(modified));

        StoredImage file = store.resolve("sub/b.tif");

        assertThat(file.identifier()).isEqualTo("sub/b.tif");
        assertThat(file.localPath().orElseThrow()).isEqualTo(root.resolve("sub/b.tif").toRealPath());
        assertThat(file.size()).isEqualTo(5);
        assertThat(file.lastModified()).isEqualTo(modified);
    }

    @Test
    void leadingSlashesStayInsideTheRoot() throws IOException {
        assertThat(store.resolve("/a.tif").localPath().orElseThrow()).isEqualTo(root.resolve("a.tif").toRealPath());
        assertThat(store.resolve("//sub/b.tif").localPath().orElseThrow()).isEqualTo(root.resolve("sub/b.tif").toRealPath());
        assertThat(store.resolve("/a.tif").identifier()).isEqualTo("/a.tif");
    }

    @Test
    void absolutePathIsReadRelativeToTheRoot() {
        assertNotFound(store, outside.resolve("secret.tif").toString());
        assertNotFound(store, "/etc/passwd");
    }

    @Test
    void harmlessDotsAndPercentsAreNames() throws IOException {
        write(root.resolve("x..y.tif"), 1);
        write(root.resolve("100%.tif"), 1);
        write(root.resolve("...tif"), 1);

        assertThat(store.resolve("x..y.tif").size()).isEqualTo(1);
        assertThat(store.resolve("100%.tif").size()).isEqualTo(1);
        assertThat(store.resolve("...tif").size()).isEqualTo(1);
        assertThat(store.resolve("./sub/./b.tif").size()).isEqualTo(5);
    }

    @Test
    void refusesParentSegments() {
        for (String id : new String[] {"..", "../private/secret.tif", "sub/../../private/secret.tif", "sub/..",
                "sub/../a.tif", "/../private/secret.tif", "...", "sub/.../x", ".. /x", "./../x"}) {
            assertNotFound(store, id);
        }
    }

    @Test
    void refusesParentSegmentsEncodedTwice() throws IOException {
        // A doubly encoded "../" (%252e%252e%252f) reaches the store decoded once. Each name is created inside
        // the root as a literal file first, so only the refusal can make the lookup fail.
        for (String id : new String[] {"%2e%2e%2fprivate%2fsecret.tif", "%2E%2E%2Fprivate%2Fsecret.tif",
                "%2e%2e/private/secret.tif", ".%2e/private/secret.tif", "..%2fprivate%2fsecret.tif",
                "sub%2f%2e%2e%2f%2e%2e%2fprivate%2fsecret.tif", "%2e%2e", "sub/%2e%2e", "%2e%2e%2e/x.tif"}) {
            assertRefusedThoughPresent(id);
        }
    }

    @Test
    void refusesBackslashes() throws IOException {
        for (String id : new String[] {"..\\private\\secret.tif", "sub\\b.tif", "\\\\server\\share\\x.tif",
                "sub%5cb.tif"}) {
            assertRefusedThoughPresent(id);
        }
    }

    @Test
    void refusesDriveLetters() throws IOException {
        for (String id : new String[] {"C:/Windows/win.ini", "c:x.tif", "/D:/x.tif", "%43:/x.tif", "z%3ax.tif"}) {
            assertRefusedThoughPresent(id);
        }
    }

    private void assertRefusedThoughPresent(String identifier) throws IOException {
        Path literal = root.resolve(identifier.replaceFirst("^/+", ""));
        if (!Files.isDirectory(literal)) {
            write(literal, 1);
        }
        assertNotFound(store, identifier);
    }

    @Test
    void refusesControlCharacters() {
        for (String id : new String[] {"a.tif\0.jpg", "a\n.tif", "a\u007f.tif", "a%00.tif", "a%0d%0a.tif"}) {
            assertThatThrownBy(() -> store.resolve(id)).as(id).isInstanceOf(BadRequestException.class)
                    .hasMessageNotContaining(temp.toString());
        }
    }

    @Test
    void refusesEmptyIdentifiers() {
        for (String id : new String[] {null, "", "/", "///"}) {
            assertThatThrownBy(() -> store.resolve(id)).as(String.valueOf(id))
                    .isInstanceOf(BadRequestException.class).hasMessage("empty identifier");
        }
    }

    @Test
    void directoriesMissingFilesAndOverlongNamesAreNotFound() {
        assertNotFound(store, "sub");
        assertNotFound(store, "sub/");
        assertNotFound(store, ".");
        assertNotFound(store, "missing.tif");
        assertNotFound(store, "a".repeat(5000));
        assertNotFound(store, "a".repeat(300) + ".tif");
    }

    /**
     * Files that exist but cannot be read as images: a dangling link, a link loop, a folder, a named pipe (whose
     * opening would block for ever). Permissions are not among them: CI runs as root, which reads any file.
     */
    @Test
    void entriesThatAreNotReadableFilesAreNotFound() throws IOException, InterruptedException {
        Files.createSymbolicLink(root.resolve("dangling.tif"), root.resolve("gone.tif"));
        Files.createSymbolicLink(root.resolve("loop-a.tif"), root.resolve("loop-b.tif"));
        Files.createSymbolicLink(root.resolve("loop-b.tif"), root.resolve("loop-a.tif"));
        Files.createDirectories(root.resolve("folder.tif"));
        Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("pipe.tif").toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();

        for (String name : new String[] {"dangling.tif", "loop-a.tif", "folder.tif", "pipe.tif"}) {
            assertNotFound(store, name);
        }
    }

    private static Path write(Path file, int size) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[size]);
    }

    static void assertNotFound(FileImageStore store, String identifier) {
        assertThatThrownBy(() -> store.resolve(identifier)).as(identifier)
                .isInstanceOf(ImageNotFoundException.class).hasMessage("image not found").hasNoCause();
    }
}
