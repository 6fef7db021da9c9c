/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.ops.Probe;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemoteImageStoreProbeTest {
    private static final RemoteSettings SETTINGS = new RemoteSettings(65536, 1 << 20, Duration.ofSeconds(60), 0);

    @Test
    void aStorageThatSaysAnObjectIsMissingAnswersAndIsAskedEachTime() {
        FakeObjects objects = new FakeObjects("root/");
        RemoteImageStore store = new RemoteImageStore(objects, SETTINGS);
        assertThat(store.probe()).isEqualTo(Probe.Result.ok());
        assertThat(store.probe()).isEqualTo(Probe.Result.ok());
        assertThat(objects.heads.get()).as("past the metadata cache").isEqualTo(2);
    }

    @Test
    void aStorageThatFailsDoesNotAnswerAndTheDetailNamesNothing() {
        RemoteObjects down = new RemoteObjects() {
            @Override
            public Optional<ObjectHead> head(String name) {
                throw new SourceUnavailableException("storage.example.org:9000 refused the connection", null);
            }

            @Override
            public byte[] read(String name, ObjectHead head, long position, int length) {
                throw new AssertionError("a probe reads nothing");
            }
        };
        Probe.Result result = new RemoteImageStore(down, SETTINGS).probe();
        assertThat(result).isEqualTo(Probe.Result.down("storage does not answer"));
    }
}
