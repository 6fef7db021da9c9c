/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import com.sun.jna.Native;
import io.gigatile.nativelib.NativeLibraries;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded TurboJPEG library (libjpeg-turbo 2.0 or newer) with every function the codec calls. Registered as a
 * service of this bundle (by {@link TurboJpegLoader}) only when it loads, so that the codec is active only then.
 * Thread-safe: TurboJPEG's functions are, for distinct handles.
 */
final class TurboJpegLibrary {
    /** The names tried in turn: the development link, then Debian's runtime package's file name. */
    static final List<String> NAMES = List.of("turbojpeg", "libturbojpeg.so.0");

    /** Looked up at load, so that a library lacking one is refused now rather than failing a request later. */
    private static final List<String> FUNCTIONS = List.of("tjInitDecompress", "tjInitCompress",
            "tjDecompressHeader3", "tjDecompress2", "tjCompress2", "tjBufSize", "tjDestroy",
            // 2.0 and newer: without them a warning (truncated data) could not be told from a fatal error
            "tjGetErrorStr2", "tjGetErrorCode");

    /**
     * TurboJPEG's compressor reads these variables on every call (setCompDefaults); set to 1 they make streams
     * that are not the baseline JPEG the codec promises and that browsers do not all read.
     */
    private static final List<String> BASELINE_BREAKERS = List.of("TJ_ARITHMETIC", "TJ_PROGRESSIVE");

    private final TurboJpeg api;
    private final String name;

    private TurboJpegLibrary(TurboJpeg api, String name) {
        this.api = api;
        this.name = name;
    }

    /** What happened when the library was loaded: the library, or why there is none. */
    record Loaded(Optional<TurboJpegLibrary> library, String reason) {
    }

    /**
     * Loads the first of {@code names} that loads and has every function the codec calls.
     *
     * @param names library names or paths, as JNA takes them
     * @param environment the process environment, whose TurboJPEG variables change what the compressor writes
     * @return the library, or the reason there is none (every name's failure)
     */
    static Loaded load(List<String> names, Map<String, String> environment) {
        for (String variable : BASELINE_BREAKERS) {
            if ("1".equals(environment.get(variable))) {
                return new Loaded(Optional.empty(), variable + "=1 is set: TurboJPEG would not write baseline JPEG");
            }
        }
        // tjBufSize and tjCompress2 take and give unsigned long, mapped as a Java long
        NativeLibraries.Loaded<TurboJpeg> loaded = NativeLibraries.load(TurboJpeg.class, names, FUNCTIONS,
                api -> Native.LONG_SIZE == Long.BYTES ? null : "C's long is not 64 bits on this platform");
        return new Loaded(loaded.api().map(api -> new TurboJpegLibrary(api, loaded.name())), loaded.reason());
    }

    /** @return the mapped functions */
    TurboJpeg api() {
        return api;
    }

    @Override
    public String toString() {
        return "TurboJPEG (" + name + ")";
    }
}
