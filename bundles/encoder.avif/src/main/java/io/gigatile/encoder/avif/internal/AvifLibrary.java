/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.avif.internal;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.gigatile.api.LimitExceededException;
import io.gigatile.nativelib.NativeLibraries;
import io.gigatile.nativelib.NativeLibraries.Loaded;
import java.io.IOException;
import java.lang.ref.Reference;
import java.util.List;

/**
 * libavif 0.11, loaded, with the one call the encoder makes. Every argument is checked here, in Java, before native
 * code sees it (the samples are exactly width x height x bands, both sides within AV1's limit), and libavif's own
 * structures are created and freed by libavif: Java writes only the documented fields of 0.11's layout.
 */
final class AvifLibrary {
    /** The names tried in turn: the development link, then Debian's runtime package's file name. */
    static final List<String> NAMES = List.of("avif", "libavif.so.15");
    /** The largest width or height of an AV1 frame. */
    static final int MAX_SIDE = 65536;
    /** The one version whose structure layout {@link Layout} gives. */
    private static final String VERSION = "0.11.";
    private static final List<String> FUNCTIONS = List.of("avifVersion", "avifResultToString", "avifCodecName",
            "avifImageCreate", "avifImageDestroy", "avifImageSetProfileICC", "avifImageSetMetadataXMP",
            "avifRGBImageSetDefaults", "avifImageRGBToYUV", "avifEncoderCreate", "avifEncoderWrite",
            "avifEncoderDestroy", "avifRWDataFree");

    /** How to encode: quality 0 to 100 or -1 for lossless, libavif's codec choice, speed 0 (slowest) to 10. */
    record Settings(int quality, int codec, int speed) {
    }

    private final LibAvif api;

    private AvifLibrary(LibAvif api) {
        this.api = api;
    }

    /**
     * @param names library names or paths, as JNA takes them
     * @return the first that loads with every function the encoder calls, in the version whose layout is known and
     *         with an AV1 encoder, or the reason there is none
     */
    static Loaded<AvifLibrary> load(List<String> names) {
        Loaded<LibAvif> loaded = NativeLibraries.load(LibAvif.class, names, FUNCTIONS, AvifLibrary::problem);
        return new Loaded<>(loaded.api().map(AvifLibrary::new), loaded.name(), loaded.reason());
    }

    private static String problem(LibAvif api) {
        if (Native.SIZE_T_SIZE != Long.BYTES || Native.POINTER_SIZE != Long.BYTES) {
            return "not a 64-bit platform, whose structure layout the encoder knows";
        }
        String version = api.avifVersion();
        if (version == null || !version.startsWith(VERSION)) {
            return "version " + version + "; the encoder knows the structures of " + VERSION + "x only";
        }
        return api.avifCodecName(0, Layout.CODEC_FLAG_CAN_ENCODE) == null
                ? "libavif " + version + " has no AV1 encoder" : null;
    }

    /**
     * @param codec libavif's codec choice
     * @return the name of the encoder that choice gives, or null if it cannot encode here
     */
    String codecName(int codec) {
        return api.avifCodecName(codec, Layout.CODEC_FLAG_CAN_ENCODE);
    }

    /**
     * @param samples 8-bit RGB or RGBA samples, interleaved, row by row
     * @param width the width in pixels
     * @param height the height in pixels
     * @param alpha whether there are four samples per pixel
     * @param grey whether the colours are grey, written as luma alone
     * @param settings quality, codec and speed
     * @param icc an ICC profile, or null
     * @param xmp an XMP packet, or null
     * @return the AVIF file
     * @throws LimitExceededException if the image is larger than AV1 allows
     * @throws IOException if libavif refuses it
     */
    byte[] encode(byte[] samples, int width, int height, boolean alpha, boolean grey, Settings settings, byte[] icc,
            byte[] xmp) throws IOException {
        int bands = alpha ? 4 : 3;
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new LimitExceededException("AVIF holds at most " + MAX_SIDE + " x " + MAX_SIDE + " pixels");
        }
        if (samples.length != width * height * bands) {
            throw new IllegalArgumentException("samples do not match " + width + " x " + height + " x " + bands);
        }
        boolean lossless = settings.quality() < 0;
        // AV1 is lossless only with full chroma and no colour transform; grey has no chroma, and full-range BT.601
        // luma of equal R, G and B is that grey exactly
        int format = grey ? Layout.PIXEL_FORMAT_YUV400
                : lossless ? Layout.PIXEL_FORMAT_YUV444 : Layout.PIXEL_FORMAT_YUV420;
        Pointer image = api.avifImageCreate(width, height, 8, format);
        if (image == null) {
            throw new IOException("libavif could not make an image of " + width + " x " + height);
        }
        try {
            describe(image, lossless && !grey, icc, xmp);
            toYuv(image, samples, width, bands);
            return write(image, settings);
        } finally {
            api.avifImageDestroy(image);
        }
    }

    /** Colour description: sRGB's code points, or unspecified ones beside an ICC profile, which then rules. */
    private void describe(Pointer image, boolean identity, byte[] icc, byte[] xmp) {
        image.setInt(Layout.IMAGE_YUV_RANGE, Layout.RANGE_FULL);
        boolean srgb = icc == null || icc.length == 0;
        image.setShort(Layout.IMAGE_COLOR_PRIMARIES, srgb ? Layout.PRIMARIES_BT709 : Layout.PRIMARIES_UNSPECIFIED);
        image.setShort(Layout.IMAGE_TRANSFER, srgb ? Layout.TRANSFER_SRGB : Layout.TRANSFER_UNSPECIFIED);
        image.setShort(Layout.IMAGE_MATRIX, identity ? Layout.MATRIX_IDENTITY : Layout.MATRIX_BT601);
        if (!srgb) {
            api.avifImageSetProfileICC(image, icc, icc.length);
        }
        if (xmp != null && xmp.length > 0) {
            api.avifImageSetMetadataXMP(image, xmp, xmp.length);
        }
    }

    private void toYuv(Pointer image, byte[] samples, int width, int bands) throws IOException {
        Memory pixels = new Memory(samples.length);
        pixels.write(0, samples, 0, samples.length);
        Memory rgb = new Memory(Layout.RGB_SIZE);
        rgb.clear();
        api.avifRGBImageSetDefaults(rgb, image);
        rgb.setInt(Layout.RGB_DEPTH, 8);
        rgb.setInt(Layout.RGB_FORMAT, bands == 4 ? Layout.RGB_FORMAT_RGBA : Layout.RGB_FORMAT_RGB);
        rgb.setPointer(Layout.RGB_PIXELS, pixels);
        rgb.setInt(Layout.RGB_ROW_BYTES, width * bands);
        check(api.avifImageRGBToYUV(image, rgb), "convert the pixels to YUV");
        // the native code read the pixels through a bare address: keep them until it is done
        Reference.reachabilityFence(pixels);
    }

    private byte[] write(Pointer image, Settings settings) throws IOException {
        Pointer encoder = api.avifEncoderCreate();
        if (encoder == null) {
            throw new IOException("libavif could not make an encoder");
        }
        try {
            int quantizer = settings.quality() < 0 ? 0
                    : Math.round((100 - Math.min(100, settings.quality())) * Layout.QUANTIZER_WORST / 100f);
            encoder.setInt(Layout.ENCODER_CODEC, settings.codec());
            // one thread per request: the server runs requests side by side, and one thread keeps output repeatable
            encoder.setInt(Layout.ENCODER_THREADS, 1);
            encoder.setInt(Layout.ENCODER_SPEED, settings.speed());
            encoder.setInt(Layout.ENCODER_MIN_QUANTIZER, quantizer);
            encoder.setInt(Layout.ENCODER_MAX_QUANTIZER, quantizer);
            encoder.setInt(Layout.ENCODER_MIN_QUANTIZER_ALPHA, quantizer);
            encoder.setInt(Layout.ENCODER_MAX_QUANTIZER_ALPHA, quantizer);
            Memory output = new Memory(Layout.RW_DATA_SIZE);
            output.clear();
            try {
                check(api.avifEncoderWrite(encoder, image, output), "encode the image");
                long size = output.getLong(Layout.RW_SIZE);
                Pointer data = output.getPointer(Layout.RW_DATA);
                if (data == null || size <= 0) {
                    throw new IOException("libavif wrote nothing");
                }
                return data.getByteArray(0, Math.toIntExact(size));
            } finally {
                api.avifRWDataFree(output);
            }
        } finally {
            api.avifEncoderDestroy(encoder);
        }
    }

    private void check(int result, String what) throws IOException {
        if (result != Layout.RESULT_OK) {
            throw new IOException("libavif could not " + what + ": " + api.avifResultToString(result));
        }
    }

    @Override
    public String toString() {
        return "libavif " + api.avifVersion() + " (" + codecName(0) + ")";
    }
}
