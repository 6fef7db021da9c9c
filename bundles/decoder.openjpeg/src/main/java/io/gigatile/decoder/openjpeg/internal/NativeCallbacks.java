/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import com.sun.jna.Pointer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stream and message callbacks every decode hands to OpenJPEG: one set per loaded library, so that JNA makes
 * its native trampolines once, and held here for as long as the library is, so that they are never collected
 * while C may call them. Each decode registers its {@link StreamState} and passes the number it gets back as the
 * user data and client data pointers; the callbacks find the state by that number. Nothing is ever thrown into
 * C: a callback whose decode is unknown or whose bytes fail reports the end of the stream.
 */
final class NativeCallbacks {
    private final Map<Long, StreamState> live = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    final OpenJp2.ReadFunction read = (buffer, length, user) -> {
        StreamState state = live.get(Pointer.nativeValue(user));
        return state == null || buffer == null ? -1 : state.read(buffer, length);
    };

    final OpenJp2.SkipFunction skip = (length, user) -> {
        StreamState state = live.get(Pointer.nativeValue(user));
        return state == null ? -1 : state.skip(length);
    };

    final OpenJp2.SeekFunction seek = (position, user) -> {
        StreamState state = live.get(Pointer.nativeValue(user));
        return state != null && state.seek(position) ? 1 : 0;
    };

    final OpenJp2.MessageHandler errors = (message, client) -> {
        StreamState state = live.get(Pointer.nativeValue(client));
        if (state != null) {
            state.error(message);
        }
    };

    final OpenJp2.MessageHandler warnings = (message, client) -> {
        StreamState state = live.get(Pointer.nativeValue(client));
        if (state != null) {
            state.warning(message);
        }
    };

    /**
     * @param state one decode's state
     * @return the pointer (never null: numbers start at 1) that finds it until {@link #release}
     */
    Pointer register(StreamState state) {
        long id = ids.incrementAndGet();
        live.put(id, state);
        return new Pointer(id);
    }

    /** @param handle a pointer {@link #register} returned; its decode's callbacks are no longer answered */
    void release(Pointer handle) {
        live.remove(Pointer.nativeValue(handle));
    }

    /** @return how many decodes are registered, for tests */
    int live() {
        return live.size();
    }
}
