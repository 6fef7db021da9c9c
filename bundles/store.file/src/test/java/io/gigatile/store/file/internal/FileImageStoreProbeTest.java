/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ops.Probe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileImageStoreProbeTest {
    @TempDir
    Path temp;

    @Test
    void aListableRootIsReachable() throws IOException {
        Path root = Files.createDirectory(temp.resolve("images"));
        assertThat(new FileImageStore(root + "/", "", temp).probe()).isEqualTo(Probe.Result.ok());
    }

    @Test
    void aMissingRootIsNotAndItsPathIsNotTold() {
        Path root = temp.resolve("gone");
        Probe.Result result = new FileImageStore(root + "/", "", temp).probe();
        assertThat(result.reachable()).isFalse();
        assertThat(result.detail()).isEqualTo("image root is not a folder").doesNotContain(temp.toString());
    }
}
