/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.nativelib;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Library;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading against the C library, which every Linux has, and against names that are not there. */
class NativeLibrariesTest {
    interface LibC extends Library {
        int getpid();
    }

    @Test
    void theFirstNameThatLoadsAndPassesIsTaken() {
        NativeLibraries.Loaded<LibC> loaded = NativeLibraries.load(LibC.class, List.of("no-such-lib", "c"),
                List.of("getpid"), api -> api.getpid() > 0 ? null : "no process id");
        assertThat(loaded.api()).isPresent();
        assertThat(loaded.name()).isEqualTo("c");
    }

    @Test
    void everyNamesFailureIsKept() {
        NativeLibraries.Loaded<LibC> loaded = NativeLibraries.load(LibC.class, List.of("no-such-lib", "c"),
                List.of("no_such_function"), api -> null);
        assertThat(loaded.api()).isEmpty();
        assertThat(loaded.reason()).startsWith("no-such-lib: ").contains("; c: ").doesNotContain("\n");
        NativeLibraries.Loaded<LibC> refused = NativeLibraries.load(LibC.class, List.of("c"), List.of(),
                api -> "too old");
        assertThat(refused.reason()).isEqualTo("c: too old");
    }

    @Test
    void jnasLongMessageIsCutToTheSystemsLine() {
        assertThat(NativeLibraries.dlopenError("Unable to load library 'x':\nlibx.so: cannot open shared object"
                + " file\nNative library (linux-x86-64/libx.so) not found")).isEqualTo(
                        "libx.so: cannot open shared object file");
        assertThat(NativeLibraries.dlopenError(null)).isEqualTo("not loaded");
    }
}
