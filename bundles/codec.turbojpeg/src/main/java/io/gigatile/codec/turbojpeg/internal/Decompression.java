/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.gigatile.api.DecodeFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes JPEG streams whose sizes {@link TurboJpegCodec} has checked: reads the frame with
 * {@code tjDecompressHeader3}, checks it against what the caller expects, then decodes into a buffer of exactly
 * the expected size. TurboJPEG reads a copy of the stream in native memory, made once, so that the bytes decoded
 * are the bytes whose header was checked, whatever the caller does with its array meanwhile.
 */
final class Decompression {
    private static final Logger LOG = LoggerFactory.getLogger(Decompression.class);
    /** Never written by TurboJPEG: tells a value it did not set from one it did. */
    private static final int UNSET = -2;
    /** getSubsamp's answer for sampling factors outside TurboJPEG's six named subsamplings. */
    private static final int UNKNOWN_SAMPLING = -1;
    /**
     * A warning (data cut short, a corrupt entropy-coded segment) stops the decode and fails it: a corrupt tile
     * must be an error, not a picture grey below the damage. No progressive stream of more than 500 scans.
     */
    private static final int FLAGS = TurboJpeg.FLAG_STOPONWARNING | TurboJpeg.FLAG_LIMITSCANS;

    private final TurboJpeg api;
    private final HandlePool handles;

    /**
     * @param api the library
     * @param maxIdle the most decompressors kept between calls
     */
    Decompression(TurboJpeg api, int maxIdle) {
        this.api = api;
        this.handles = new HandlePool(api, api::tjInitDecompress, maxIdle);
    }

    /**
     * @param jpeg a stream starting with SOI, of a checked length
     * @param width the frame's width expected
     * @param height the frame's height expected
     * @param bands 1 or 3
     * @param rgb whether three components hold RGB whatever their markers say
     * @return {@code width * height * bands} samples
     * @throws DecodeFailureException if the stream is corrupt, truncated or not of the frame expected
     */
    byte[] decode(byte[] jpeg, int width, int height, int bands, boolean rgb) {
        return handles.use(handle -> {
            try (Memory stream = copy(jpeg)) {
                int colourSpace = colourSpace(handle, stream, width, height, bands);
                if (bands != 3 || !rgb || colourSpace != TurboJpeg.CS_YCBCR) {
                    return pixels(handle, stream, width, height, bands);
                }
                try (Memory marked = copy(JpegMarkers.markedRgb(jpeg))) {
                    // the marked copy is what is decoded: its header is checked in turn
                    if (colourSpace(handle, marked, width, height, bands) != TurboJpeg.CS_RGB) {
                        throw new DecodeFailureException("the JPEG stream cannot be read as RGB");
                    }
                    return pixels(handle, marked, width, height, bands);
                }
            }
        });
    }

    /** Destroys the idle decompressors; calls still running destroy theirs when they end. */
    void close() {
        handles.close();
    }

    /** @return the decompressors waiting for a call */
    int idle() {
        return handles.idle();
    }

    /**
     * Reads the stream's header and checks it against the call.
     *
     * @return the colour space libjpeg decided on from the stream's markers, {@code TJCS_GRAY}, {@code TJCS_RGB} or
     *         {@code TJCS_YCbCr}
     */
    private int colourSpace(Pointer handle, Memory stream, int width, int height, int bands) {
        IntByReference w = new IntByReference(UNSET);
        IntByReference h = new IntByReference(UNSET);
        IntByReference sampling = new IntByReference(UNSET);
        IntByReference colour = new IntByReference(UNSET);
        if (api.tjDecompressHeader3(handle, stream, stream.size(), w, h, sampling, colour) != 0
                && !onlyUnknownSampling(handle, sampling.getValue(), colour.getValue())) {
            throw failure(handle, "the JPEG stream's header is corrupt");
        }
        if (w.getValue() != width || h.getValue() != height) {
            throw new DecodeFailureException("the JPEG frame is not the size expected");
        }
        int cs = colour.getValue();
        if (cs == TurboJpeg.CS_CMYK || cs == TurboJpeg.CS_YCCK) {
            throw new DecodeFailureException("CMYK JPEG is not supported");
        }
        boolean fits = bands == 1 ? cs == TurboJpeg.CS_GRAY : cs == TurboJpeg.CS_YCBCR || cs == TurboJpeg.CS_RGB;
        if (!fits) {
            throw new DecodeFailureException("the JPEG stream's components are not the bands expected");
        }
        return cs;
    }

    /**
     * TurboJPEG 2.1's header call refuses sampling factors outside its six named subsamplings (4:1:0, say) after
     * it has read the whole frame, though libjpeg decodes them; that refusal alone (a fatal error, every other
     * value set) is no reason to refuse the stream.
     */
    private boolean onlyUnknownSampling(Pointer handle, int sampling, int colour) {
        return sampling == UNKNOWN_SAMPLING && colour >= TurboJpeg.CS_RGB && colour <= TurboJpeg.CS_YCCK
                && api.tjGetErrorCode(handle) == TurboJpeg.ERR_FATAL;
    }

    private byte[] pixels(Pointer handle, Memory stream, int width, int height, int bands) {
        int size = width * height * bands;
        try (Memory out = new Memory(size)) {
            // pitch 0: rows of width * bands bytes, packed; the frame is the size asked, so no scaling
            int format = bands == 1 ? TurboJpeg.PF_GRAY : TurboJpeg.PF_RGB;
            if (api.tjDecompress2(handle, stream, stream.size(), out, width, 0, height, format, FLAGS) != 0) {
                throw failure(handle, "the JPEG stream is corrupt or truncated");
            }
            return out.getByteArray(0, size);
        }
    }

    private DecodeFailureException failure(Pointer handle, String message) {
        // libjpeg's words are for operators, not clients
        LOG.debug("{} ({}: {})", message, api.tjGetErrorCode(handle) == TurboJpeg.ERR_WARNING ? "warning" : "error",
                api.tjGetErrorStr2(handle));
        return new DecodeFailureException(message);
    }

    private static Memory copy(byte[] bytes) {
        Memory memory = new Memory(bytes.length);
        memory.write(0, bytes, 0, bytes.length);
        return memory;
    }
}
