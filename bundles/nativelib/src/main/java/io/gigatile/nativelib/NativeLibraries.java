/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.nativelib;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads a system library through JNA under the first of several names that works: a development link
 * ({@code webp}), then the runtime package's file name ({@code libwebp.so.7}). A library missing one of the
 * functions its bundle calls, or failing the bundle's own check (a version), is refused at load rather than
 * failing a request later. Every name's failure is kept, in one line each, for the log.
 */
public final class NativeLibraries {
    private NativeLibraries() {
    }

    /**
     * What loading gave.
     *
     * @param <T> the library's mapped interface
     * @param api the mapped library, if one loaded
     * @param name the name it loaded under, or empty
     * @param reason why none loaded (every name's failure), or empty
     */
    public record Loaded<T>(Optional<T> api, String name, String reason) {
        /** @return a result for a library refused before any name was tried */
        public static <T> Loaded<T> refused(String reason) {
            return new Loaded<>(Optional.empty(), "", reason);
        }
    }

    /**
     * @param <T> the library's mapped interface
     * @param type the mapped interface
     * @param names library names or paths, as JNA takes them, tried in turn
     * @param functions the functions that must be there
     * @param check what else must hold of a loaded library: null when it is good, else why not
     * @return the first library that loads and passes, or why none did
     */
    public static <T extends Library> Loaded<T> load(Class<T> type, List<String> names, List<String> functions,
            Function<T, String> check) {
        try {
            Native.getNativeSize(Long.TYPE);
        } catch (LinkageError e) {
            // JNA's own native part did not load on this platform
            return Loaded.refused("JNA does not work here: " + e);
        }
        List<String> failures = new ArrayList<>();
        for (String name : names) {
            try {
                T api = Native.load(name, type);
                NativeLibrary loaded = ((Library.Handler) Proxy.getInvocationHandler(api)).getNativeLibrary();
                for (String function : functions) {
                    loaded.getFunction(function);
                }
                String problem = check.apply(api);
                if (problem == null) {
                    return new Loaded<>(Optional.of(api), name, "");
                }
                failures.add(name + ": " + problem);
            } catch (LinkageError | RuntimeException e) {
                failures.add(name + ": " + dlopenError(e.getMessage()));
            }
        }
        return Loaded.refused(String.join("; ", failures));
    }

    /**
     * JNA's message says where it looked, over several lines and with the whole class path; the line that says
     * why is the system's own (dlopen's) first one.
     */
    static String dlopenError(String message) {
        if (message == null) {
            return "not loaded";
        }
        String[] lines = message.strip().split("\\R");
        return (lines.length > 1 ? lines[1] : lines[0]).strip();
    }
}
