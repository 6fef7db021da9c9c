/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import com.sun.jna.Pointer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Idle TurboJPEG handles of one kind (decompressors or compressors). A handle is not thread-safe, so a call
 * borrows one for itself and gives it back; making one allocates libjpeg's structures (a few microseconds and a
 * few kilobytes), which pooling spares each call. A handle in use is owned by its caller alone: closing destroys
 * only idle ones, and one given back after closing is destroyed then, so no handle is ever destroyed in use.
 */
final class HandlePool {
    private final TurboJpeg api;
    private final Supplier<Pointer> factory;
    private final IdleQueue<Pointer> idle;

    /**
     * @param api the library
     * @param factory makes a handle ({@code tjInitDecompress} or {@code tjInitCompress}), null if it cannot
     * @param maxIdle the most idle handles kept after a burst of calls; more are destroyed when given back
     */
    HandlePool(TurboJpeg api, Supplier<Pointer> factory, int maxIdle) {
        this.api = api;
        this.factory = factory;
        this.idle = new IdleQueue<>(handle -> 1, maxIdle, api::tjDestroy);
    }

    /**
     * Runs a call with a handle of its own: given back if the call returns, destroyed if it throws, rather than
     * trusting its state to the next call.
     *
     * @param call what to do with the handle
     * @return what the call returns
     */
    <T> T use(Function<Pointer, T> call) {
        Pointer handle = borrow();
        T result;
        try {
            result = call.apply(handle);
        } catch (RuntimeException | Error e) {
            api.tjDestroy(handle);
            throw e;
        }
        giveBack(handle);
        return result;
    }

    /**
     * @return an idle handle, or a new one
     * @throws IllegalStateException if TurboJPEG cannot make one (it could not allocate memory)
     */
    Pointer borrow() {
        Pointer handle = idle.poll();
        if (handle != null) {
            return handle;
        }
        handle = factory.get();
        if (handle == null) {
            throw new IllegalStateException("TurboJPEG could not make a handle: " + api.tjGetErrorStr2(null));
        }
        return handle;
    }

    /**
     * Takes a handle back after a call that succeeded, for the next call.
     *
     * @param handle a handle that {@link #borrow()} gave
     */
    void giveBack(Pointer handle) {
        idle.offer(handle);
    }

    /** Destroys the idle handles, and from now on every handle given back. */
    void close() {
        idle.close();
    }

    /** @return the handles waiting for a call */
    int idle() {
        return (int) idle.weight();
    }
}
