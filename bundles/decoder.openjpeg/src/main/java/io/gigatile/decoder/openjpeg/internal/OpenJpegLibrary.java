/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import com.sun.jna.Native;
import java.util.ArrayList;
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
        try {
            if (Native.POINTER_SIZE != Long.BYTES) {
                return new Loaded(Optional.empty(), "the image structures are only mapped for 64-bit platforms");
            }
        } catch (LinkageError e) {
            // JNA's own native part did not load on this platform
            return new Loaded(Optional.empty(), "JNA does not work here: " + e);
        }
        List<String> failures = new ArrayList<>();
        for (String name : names) {
            OpenJp2 api;
            String version;
            try {
                api = Native.load(name, OpenJp2.class);
                version = api.opj_version();
            } catch (LinkageError | RuntimeException e) {
                failures.add(name + ": " + dlopenError(e.getMessage()));
                continue;
            }
            Matcher m = VERSION.matcher(version == null ? "" : version);
            if (!m.lookingAt()) {
                failures.add(name + ": unknown version " + version);
                continue;
            }
            int major = Integer.parseInt(m.group(1));
            int minor = Integer.parseInt(m.group(2));
            if (major < MIN_MAJOR || major == MIN_MAJOR && minor < MIN_MINOR) {
                failures.add(name + ": version " + version + " is older than " + MIN_MAJOR + "." + MIN_MINOR);
                continue;
            }
            boolean strict = major > MIN_MAJOR || minor >= STRICT_MINOR;
            return new Loaded(Optional.of(new OpenJpegLibrary(api, name, version, strict)), "");
        }
        return new Loaded(Optional.empty(), String.join("; ", failures));
    }

    /**
     * JNA's message says where it looked, over several lines and with the whole class path; the line that says
     * why is the system's own (dlopen's) first one.
     */
    private static String dlopenError(String message) {
        if (message == null) {
            return "not loaded";
        }
        String[] lines = message.strip().split("\\R");
        return (lines.length > 1 ? lines[1] : lines[0]).strip();
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
