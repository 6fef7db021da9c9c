/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import com.sun.jna.Pointer;
import io.gigatile.api.ByteSource;
import io.gigatile.jp2.codestream.CodestreamPieces;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What one decode's stream and message callbacks work on: the pieces of the codestream the decode needs, read
 * positionally from the image's bytes, with a position of its own, and what went wrong. The stream callbacks run on the decoding thread;
 * messages may come from OpenJPEG's worker threads, so they are kept under a lock.
 */
final class StreamState {
    /** Messages kept per decode: the first ones say what failed, the rest would only grow the heap. */
    private static final int MAX_MESSAGES = 8;
    private static final int MAX_MESSAGE_LENGTH = 200;

    private final ByteSource bytes;
    private final CodestreamPieces pieces;
    private final long length;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long position;
    private Throwable failure;

    /**
     * @param bytes the image's bytes
     * @param pieces what of them (and of memory) the stream holds
     */
    StreamState(ByteSource bytes, CodestreamPieces pieces) {
        this.bytes = bytes;
        this.pieces = pieces;
        this.length = pieces.length();
    }

    /** @return the stream's length */
    long length() {
        return length;
    }

    /**
     * Reads the next bytes into native memory.
     *
     * @param target native memory of {@code wanted} bytes
     * @param wanted how many bytes the codec asks for
     * @return how many were read, or -1 at the end of the stream or after a failure of the bytes
     */
    long read(Pointer target, long wanted) {
        if (failure != null || wanted <= 0 || position >= length) {
            return -1;
        }
        int count = (int) Math.min(Math.min(wanted, length - position), Integer.MAX_VALUE);
        try {
            ByteBuffer buffer = target.getByteBuffer(0, count);
            while (buffer.hasRemaining()) {
                pieces.read(bytes, position + buffer.position(), buffer);
            }
        } catch (RuntimeException | Error e) {
            // nothing may be thrown into C: the codec sees the end of its stream, gives up, and the decode
            // rethrows this afterwards
            failure = e;
            return -1;
        }
        position += count;
        return count;
    }

    /**
     * @param count bytes to move by; a move past the end stops there, since nothing lies beyond it
     * @return the bytes moved, or -1 if the move would go before the start or nothing is left to skip
     */
    long skip(long count) {
        long target = position + count;
        if (failure != null || target < 0) {
            return -1;
        }
        long moved = Math.min(target, length) - position;
        position += moved;
        return count > 0 && moved == 0 ? -1 : moved;
    }

    /**
     * @param target the new position
     * @return whether it lies within the stream
     */
    boolean seek(long target) {
        if (failure != null || target < 0 || target > length) {
            return false;
        }
        position = target;
        return true;
    }

    /** @param message an error message of the codec */
    synchronized void error(String message) {
        keep(errors, message);
    }

    /** @param message a warning of the codec */
    synchronized void warning(String message) {
        keep(warnings, message);
    }

    private static void keep(List<String> messages, String message) {
        if (messages.size() < MAX_MESSAGES && message != null) {
            String line = message.strip();
            messages.add(line.length() > MAX_MESSAGE_LENGTH ? line.substring(0, MAX_MESSAGE_LENGTH) : line);
        }
    }

    /** @return the codec's first error message, else its first warning, else a general one */
    synchronized String reason() {
        if (!errors.isEmpty()) {
            return errors.get(0);
        }
        return warnings.isEmpty() ? "no reason given" : warnings.get(0);
    }

    /** @return every message kept, for the debug log */
    synchronized String messages() {
        return "errors " + errors + ", warnings " + warnings;
    }

    /** Throws the failure of the bytes that ended the stream, if there was one, as it was thrown. */
    void rethrowFailure() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }
}
