/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Memory;
import io.gigatile.api.ByteSource;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.jp2.codestream.CodestreamPieces;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The stream OpenJPEG reads: pieces of the file, a position of its own, failures kept for the decode. */
class StreamStateTest {
    private final byte[] file = new byte[100];
    private final FailingBytes bytes = new FailingBytes(new ArrayBytes(file));

    StreamStateTest() {
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) i;
        }
    }

    @Test
    void readsTheWindowFromItsStartAndEndsAtItsEnd() {
        StreamState state = new StreamState(bytes, CodestreamPieces.window(10, 50));
        try (Memory buffer = new Memory(64)) {
            assertThat(state.read(buffer, 8)).isEqualTo(8);
            assertThat(buffer.getByte(0)).isEqualTo((byte) 10);
            assertThat(state.read(buffer, 64)).isEqualTo(42);
            assertThat(buffer.getByte(41)).isEqualTo((byte) 59);
            assertThat(state.read(buffer, 64)).isEqualTo(-1);
        }
    }

    @Test
    void skipsStopAtTheEndAndSeeksStayWithin() {
        StreamState state = new StreamState(bytes, CodestreamPieces.window(10, 50));

        assertThat(state.skip(20)).isEqualTo(20);
        assertThat(state.skip(100)).isEqualTo(30);
        assertThat(state.skip(1)).isEqualTo(-1);
        assertThat(state.skip(-60)).isEqualTo(-1);
        assertThat(state.seek(51)).isFalse();
        assertThat(state.seek(-1)).isFalse();
        assertThat(state.seek(5)).isTrue();
        try (Memory buffer = new Memory(1)) {
            state.read(buffer, 1);
            assertThat(buffer.getByte(0)).isEqualTo((byte) 15);
        }
    }

    @Test
    void aFailureOfTheBytesEndsTheStreamAndIsKept() {
        StreamState state = new StreamState(bytes, CodestreamPieces.window(0, 100));
        SourceUnavailableException outage = new SourceUnavailableException("gone", null);
        bytes.failFrom(0, outage);
        try (Memory buffer = new Memory(8)) {
            assertThat(state.read(buffer, 8)).isEqualTo(-1);
            bytes.recover();
            assertThat(state.read(buffer, 8)).isEqualTo(-1);
            assertThat(state.seek(0)).isFalse();
        }
        assertThatThrownBy(state::rethrowFailure).isSameAs(outage);
    }

    @Test
    void messagesAreKeptShortAndFew() {
        StreamState state = new StreamState(bytes, CodestreamPieces.window(0, 100));
        state.warning("a warning");
        assertThat(state.reason()).isEqualTo("a warning");
        for (int i = 0; i < 20; i++) {
            state.error("error " + i + " " + "x".repeat(500) + "\n");
        }

        assertThat(state.reason()).startsWith("error 0 ").hasSize(200);
        assertThat(state.messages()).doesNotContain("error 8 ");
    }

    /** Bytes held in memory. */
    private record ArrayBytes(byte[] data) implements ByteSource {
        @Override
        public long size() {
            return data.length;
        }

        @Override
        public void read(long position, ByteBuffer target) {
            target.put(data, (int) position, target.remaining());
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
