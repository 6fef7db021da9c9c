/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.webp.internal;

import io.gigatile.api.LimitExceededException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.gigatile.nativelib.NativeLibraries;
import io.gigatile.nativelib.NativeLibraries.Loaded;
import java.io.IOException;
import java.util.List;

/**
 * libwebp, loaded, with the one call the encoder makes. Every argument is checked here, in Java, before native
 * code sees it: the array holds exactly width x height x bands samples and both sides are within WebP's limit,
 * so a bad raster is an exception, never a read past an array.
 */
final class WebpLibrary {
    /** The names tried in turn: the development link, then Debian's runtime package's file name. */
    static final List<String> NAMES = List.of("webp", "libwebp.so.7");
    /** The largest width or height a WebP image may have. */
    static final int MAX_SIDE = 16383;
    private static final List<String> FUNCTIONS = List.of("WebPEncodeRGB", "WebPEncodeRGBA",
            "WebPEncodeLosslessRGB", "WebPEncodeLosslessRGBA", "WebPFree", "WebPGetEncoderVersion");

    private final LibWebp api;
    private final String version;

    private WebpLibrary(LibWebp api) {
        this.api = api;
        int v = api.WebPGetEncoderVersion();
        this.version = (v >> 16 & 0xff) + "." + (v >> 8 & 0xff) + "." + (v & 0xff);
    }

    /**
     * @param names library names or paths, as JNA takes them
     * @return the first that loads with every function the encoder calls, or the reason there is none
     */
    static Loaded<WebpLibrary> load(List<String> names) {
        // the encoding functions return size_t, mapped as a Java long
        Loaded<LibWebp> loaded = NativeLibraries.load(LibWebp.class, names, FUNCTIONS,
                api -> Native.SIZE_T_SIZE == Long.BYTES ? null : "C's size_t is not 64 bits on this platform");
        return new Loaded<>(loaded.api().map(WebpLibrary::new), loaded.name(), loaded.reason());
    }

    /**
     * @param samples 8-bit RGB or RGBA samples, interleaved, row by row
     * @param width the width in pixels
     * @param height the height in pixels
     * @param alpha whether there are four samples per pixel
     * @param quality 0 to 100 for lossy, negative for lossless
     * @return the WebP file
     * @throws LimitExceededException if the image is larger than WebP allows
     * @throws IOException if libwebp refuses it
     */
    byte[] encode(byte[] samples, int width, int height, boolean alpha, int quality) throws IOException {
        int bands = alpha ? 4 : 3;
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            // a limit of the format, which the client can keep to: not a fault of the server
            throw new LimitExceededException("WebP holds at most " + MAX_SIDE + " x " + MAX_SIDE + " pixels");
        }
        if (samples.length != width * height * bands) {
            throw new IllegalArgumentException("samples do not match " + width + " x " + height + " x " + bands);
        }
        int stride = width * bands;
        PointerByReference out = new PointerByReference();
        long size;
        if (quality < 0) {
            size = alpha ? api.WebPEncodeLosslessRGBA(samples, width, height, stride, out)
                    : api.WebPEncodeLosslessRGB(samples, width, height, stride, out);
        } else {
            float q = Math.min(100, quality);
            size = alpha ? api.WebPEncodeRGBA(samples, width, height, stride, q, out)
                    : api.WebPEncodeRGB(samples, width, height, stride, q, out);
        }
        Pointer data = out.getValue();
        try {
            if (size <= 0 || data == null) {
                throw new IOException("libwebp could not encode the image");
            }
            return data.getByteArray(0, Math.toIntExact(size));
        } finally {
            if (data != null) {
                api.WebPFree(data);
            }
        }
    }

    @Override
    public String toString() {
        return "libwebp " + version;
    }
}
