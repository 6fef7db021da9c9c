/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The part of libjpeg-turbo's TurboJPEG 2.x C API ({@code turbojpeg.h}) that the codec calls, as JNA maps it. The
 * constants are the header's (checked against libjpeg-turbo 2.1.5's {@code turbojpeg.h}, Debian's
 * {@code libturbojpeg0-dev}). Types: {@code tjhandle} is an opaque {@link Pointer}; {@code unsigned long} is a
 * {@code long}, which holds only where C's {@code long} has 64 bits ({@link TurboJpegLibrary} checks it).
 */
interface TurboJpeg extends Library {
    /** {@code TJPF_RGB}: R, G, B bytes per pixel. */
    int PF_RGB = 0;
    /** {@code TJPF_GRAY}: one byte per pixel. */
    int PF_GRAY = 6;

    /** {@code TJSAMP_444}: no chroma subsampling. */
    int SAMP_444 = 0;
    /** {@code TJSAMP_422}. */
    int SAMP_422 = 1;
    /** {@code TJSAMP_420}: chroma halved both ways, what libjpeg, iipsrv and the JDK write. */
    int SAMP_420 = 2;
    /** {@code TJSAMP_GRAY}: luminance only. */
    int SAMP_GRAY = 3;
    /** {@code TJSAMP_440}. */
    int SAMP_440 = 4;
    /** {@code TJSAMP_411}. */
    int SAMP_411 = 5;

    /** {@code TJCS_RGB}: components stored as R, G, B, not transformed. */
    int CS_RGB = 0;
    /** {@code TJCS_YCbCr}. */
    int CS_YCBCR = 1;
    /** {@code TJCS_GRAY}. */
    int CS_GRAY = 2;
    /** {@code TJCS_CMYK}. */
    int CS_CMYK = 3;
    /** {@code TJCS_YCCK}. */
    int CS_YCCK = 4;

    /** {@code TJFLAG_NOREALLOC}: compress into the buffer given, never reallocate it. */
    int FLAG_NOREALLOC = 1024;
    /** {@code TJFLAG_FASTDCT}. */
    int FLAG_FASTDCT = 2048;
    /** {@code TJFLAG_ACCURATEDCT}. */
    int FLAG_ACCURATEDCT = 4096;
    /** {@code TJFLAG_STOPONWARNING}: stop at the first warning (corrupt or truncated data) instead of going on. */
    int FLAG_STOPONWARNING = 8192;
    /** {@code TJFLAG_LIMITSCANS}: refuse progressive streams of more than 500 scans (2.1 and newer). */
    int FLAG_LIMITSCANS = 32768;

    /** {@code TJERR_WARNING}: the data was corrupt but the call went on. */
    int ERR_WARNING = 0;
    /** {@code TJERR_FATAL}. */
    int ERR_FATAL = 1;

    Pointer tjInitDecompress();

    Pointer tjInitCompress();

    int tjDecompressHeader3(Pointer handle, Pointer jpegBuf, long jpegSize, IntByReference width,
            IntByReference height, IntByReference jpegSubsamp, IntByReference jpegColorspace);

    int tjDecompress2(Pointer handle, Pointer jpegBuf, long jpegSize, Pointer dstBuf, int width, int pitch,
            int height, int pixelFormat, int flags);

    int tjCompress2(Pointer handle, Pointer srcBuf, int width, int pitch, int height, int pixelFormat,
            PointerByReference jpegBuf, LongByReference jpegSize, int jpegSubsamp, int jpegQual, int flags);

    long tjBufSize(int width, int height, int jpegSubsamp);

    int tjDestroy(Pointer handle);

    String tjGetErrorStr2(Pointer handle);

    int tjGetErrorCode(Pointer handle);
}
