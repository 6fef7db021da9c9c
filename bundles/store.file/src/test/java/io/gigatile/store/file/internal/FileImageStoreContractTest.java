/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import io.gigatile.api.ImageStore;
import io.gigatile.api.ImageStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a real folder, with a secret beside the root. */
class FileImageStoreContractTest extends ImageStoreContract {
    private static final byte[] CONTENT = new byte[50_000];

    static {
        new Random(7).nextBytes(CONTENT);
    }

    @TempDir
    Path temp;
    private Path root;
    private FileImageStore store;

    @BeforeEach
    void layOut() throws IOException {
        root = Files.createDirectories(temp.resolve("root"));
        Files.createDirectories(root.resolve("sub"));
        Files.write(root.resolve("sub/image.tif"), CONTENT);
        Files.write(temp.resolve("secret.tif"), CONTENT);
        store = new FileImageStore(root + "/", "", temp);
    }

    @Override
    protected ImageStore store() {
        return store;
    }

    @Override
    protected String identifier() {
        return "sub/image.tif";
    }

    @Override
    protected byte[] content() {
        return CONTENT;
    }

    /** A new modification time too, since a filesystem's timestamps may be too coarse to tell two writes apart. */
    @Override
    protected void replace(byte[] bytes) {
        try {
            Path file = root.resolve("sub/image.tif");
            Instant before = Files.getLastModifiedTime(file).toInstant();
            Files.write(file, bytes);
            Files.setLastModifiedTime(file, FileTime.from(before.plusSeconds(2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
