/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import com.sun.jna.Native;
import io.gigatile.nativelib.NativeLibraries;
import io.gigatile.nativelib.NativeLibraries.Loaded;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * libzstd (Debian's libzstd1), loaded through JNA, with the one call the strips need. The only class besides
 * {@link LibZstd} that touches JNA: nothing calls it but {@link #load}, and that only inside a guard against JNA
 * being absent, so the rest of the encoder works where JNA or libzstd is missing. libzstd's ZSTD_compress makes
 * its own context per call, so concurrent calls share nothing.
 */
final class ZstdLibrary implements ZstdCodec {
    /** The names tried in turn: the development link, then Debian's runtime package's file name. */
    static final List<String> NAMES = List.of("zstd", "libzstd.so.1");
    private static final List<String> FUNCTIONS = List.of("ZSTD_compressBound", "ZSTD_compress", "ZSTD_isError",
            "ZSTD_getErrorName", "ZSTD_versionString");

    private final LibZstd api;
    private final String version;

    private ZstdLibrary(LibZstd api) {
        this.api = api;
        this.version = api.ZSTD_versionString();
    }

    /**
     * @param names library names or paths, as JNA takes them
     * @return the first that loads with every function the strips call, or the reason there is none
     * @throws LinkageError where JNA's classes are missing
     */
    static Loaded<ZstdLibrary> load(List<String> names) {
        Loaded<LibZstd> loaded = NativeLibraries.load(LibZstd.class, names, FUNCTIONS,
                api -> Native.SIZE_T_SIZE == Long.BYTES ? null : "C's size_t is not 64 bits on this platform");
        return new Loaded<>(loaded.api().map(ZstdLibrary::new), loaded.name(), loaded.reason());
    }

    @Override
    public byte[] compress(byte[] plain, int level) throws IOException {
        long bound = api.ZSTD_compressBound(plain.length);
        if (api.ZSTD_isError(bound) != 0 || bound < 1 || bound > Integer.MAX_VALUE - 16) {
            throw new IOException("libzstd cannot compress " + plain.length + " bytes at once");
        }
        byte[] out = new byte[(int) bound];
        long size = api.ZSTD_compress(out, out.length, plain, plain.length, level);
        if (api.ZSTD_isError(size) != 0) {
            throw new IOException("libzstd could not compress a strip: " + api.ZSTD_getErrorName(size));
        }
        return Arrays.copyOf(out, Math.toIntExact(size));
    }

    @Override
    public String toString() {
        return "libzstd " + version;
    }
}
