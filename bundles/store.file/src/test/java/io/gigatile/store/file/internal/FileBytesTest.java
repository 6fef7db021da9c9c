/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.DecodeFailureException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What shared positional reads of one file must survive: interrupted readers and a close while reading. */
class FileBytesTest {
    private final byte[] content = new byte[10_000];
    private Path file;

    @BeforeEach
    void write(@TempDir Path dir) throws IOException {
        new Random(3).nextBytes(content);
        file = Files.write(dir.resolve("a.tif"), content);
    }

    @Test
    void readsStartedAfterClosingStillSucceed() throws IOException {
        FileBytes bytes = FileBytes.open(file);
        bytes.close();

        assertThat(bytes.read(100, 50)).isEqualTo(Arrays.copyOfRange(content, 100, 150));
        bytes.close();
    }

    /** An interrupt closes a FileChannel for every thread: only the interrupted read may fail. */
    @Test
    void anInterruptedReadFailsAloneAndTheBytesGoOn() throws IOException {
        try (FileBytes bytes = FileBytes.open(file)) {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> bytes.read(0, 10)).isInstanceOf(DecodeFailureException.class)
                        .hasMessageContaining("interrupted");
            } finally {
                Thread.interrupted();
            }

            assertThat(bytes.read(0, 10)).isEqualTo(Arrays.copyOf(content, 10));
        }
    }

    @Test
    void rangesBeyondTheLengthAreCorruption() throws IOException {
        try (FileBytes bytes = FileBytes.open(file)) {
            assertThatThrownBy(() -> bytes.read(content.length - 5, 6)).isInstanceOf(DecodeFailureException.class);
            assertThat(bytes.read(content.length - 5, 5)).isEqualTo(Arrays.copyOfRange(content, content.length - 5,
                    content.length));
        }
    }
}
