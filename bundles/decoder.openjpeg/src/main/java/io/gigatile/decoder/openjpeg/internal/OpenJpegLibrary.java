/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import com.sun.jna.Native;
import io.gigatile.nativelib.NativeLibraries;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loaded OpenJPEG library of a version the decoder can use, with the callbacks its decodes share. Registered
 * as a service of this bundle (by {@link OpenJpegLoader}) only when the library loads, so that the decoder is
 * active only then. Thread-safe: OpenJPEG's functions are, for distinct codecs and streams.
 */
final class OpenJpegLibrary {
    /** The names tried in turn: the development link, then Debian's runtime package's file name. */
    static final List<String> NAMES = List.of("openjp2", "libopenjp2.so.7");

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
    /** opj_set_decode_area with reduced resolutions, opj_codec_set_threads: 2.3 and newer. */
    private static final int MIN_MAJOR = 2;
    private static final int MIN_MINOR = 3;
    /** opj_decoder_set_strict_mode: 2.5 and newer. */
    private static final int STRICT_MINOR = 5;

    private final OpenJp2 api;
    private final String name;
    private final String version;
    private final boolean strictMode;
    private final NativeCallbacks callbacks = new NativeCallbacks();

    private OpenJpegLibrary(OpenJp2 api, String name, String version, boolean strictMode) {
        this.api = api;
        this.name = name;
        this.version = version;
        this.strictMode = strictMode;
    }

    /** What happened when the library was loaded: the library, or why there is none. */
    record Loaded(Optional<OpenJpegLibrary> library, String reason) {
    }

    /**
     * Loads the first of {@code names} that loads, and checks its version.
     *
     * @param names library names or paths, as JNA takes them
     * @return the library, or the reason there is none (every name's failure)
     */
    static Loaded load(List<String> names) {
        // the image structures are mapped with 64-bit pointers
        NativeLibraries.Loaded<OpenJp2> loaded = NativeLibraries.load(OpenJp2.class, names, List.of(),
                api -> Native.POINTER_SIZE != Long.BYTES
                        ? "the image structures are only mapped for 64-bit platforms" : versionProblem(api));
        return new Loaded(loaded.api().map(api -> {
            String version = api.opj_version();
            int[] v = version(version);
            return new OpenJpegLibrary(api, loaded.name(), version, v[0] > MIN_MAJOR || v[1] >= STRICT_MINOR);
        }), loaded.reason());
    }

    /** @return why this version will not do, or null */
    private static String versionProblem(OpenJp2 api) {
        String version = api.opj_version();
        int[] v = version(version);
        if (v == null) {
            return "unknown version " + version;
        }
        if (v[0] < MIN_MAJOR || v[0] == MIN_MAJOR && v[1] < MIN_MINOR) {
            return "version " + version + " is older than " + MIN_MAJOR + "." + MIN_MINOR;
        }
        return null;
    }

    /** @return major and minor, or null if the text does not start with them */
    private static int[] version(String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version);
        return m.lookingAt() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    /** @return the mapped functions */
    OpenJp2 api() {
        return api;
    }

    /** @return the callbacks decodes share */
    NativeCallbacks callbacks() {
        return callbacks;
    }

    /** @return whether truncated codestreams can be made to fail rather than decode partly (2.5 and newer) */
    boolean strictMode() {
        return strictMode;
    }

    /** @return the library's version, as it says */
    String version() {
        return version;
    }

    @Override
    public String toString() {
        return "OpenJPEG " + version + " (" + name + ")";
    }
}
