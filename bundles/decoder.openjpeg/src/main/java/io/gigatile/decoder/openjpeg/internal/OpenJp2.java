/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The part of OpenJPEG's C API ({@code openjpeg.h} of 2.3 to 2.5) that decoding needs, as JNA maps it. Types:
 * {@code OPJ_BOOL} is an {@code int}, {@code OPJ_SIZE_T} a {@code size_t} and {@code OPJ_OFF_T} an
 * {@code int64_t}: both {@code long} on the 64-bit platforms JNA's bundle serves. Codecs, streams and images
 * are opaque {@link Pointer}s; their owners destroy them.
 */
interface OpenJp2 extends Library {
    /** {@code OPJ_CODEC_J2K}: a raw codestream. */
    int CODEC_J2K = 0;

    /** {@code opj_stream_read_fn}: fills the buffer, returns the bytes read or {@code (OPJ_SIZE_T) -1} at the end. */
    interface ReadFunction extends Callback {
        long invoke(Pointer buffer, long length, Pointer userData);
    }

    /** {@code opj_stream_skip_fn}: moves forward (or back), returns the bytes skipped or -1. */
    interface SkipFunction extends Callback {
        long invoke(long length, Pointer userData);
    }

    /** {@code opj_stream_seek_fn}: moves to an absolute position, returns 1 on success. */
    interface SeekFunction extends Callback {
        int invoke(long position, Pointer userData);
    }

    /** {@code opj_msg_callback}: one message of the codec, to the handler's client data. */
    interface MessageHandler extends Callback {
        void invoke(String message, Pointer clientData);
    }

    String opj_version();

    Pointer opj_create_decompress(int format);

    void opj_destroy_codec(Pointer codec);

    int opj_set_error_handler(Pointer codec, MessageHandler handler, Pointer clientData);

    int opj_set_warning_handler(Pointer codec, MessageHandler handler, Pointer clientData);

    void opj_set_default_decoder_parameters(Pointer parameters);

    int opj_setup_decoder(Pointer codec, Pointer parameters);

    int opj_codec_set_threads(Pointer codec, int threads);

    Pointer opj_stream_create(long bufferSize, int input);

    void opj_stream_destroy(Pointer stream);

    void opj_stream_set_read_function(Pointer stream, ReadFunction function);

    void opj_stream_set_skip_function(Pointer stream, SkipFunction function);

    void opj_stream_set_seek_function(Pointer stream, SeekFunction function);

    void opj_stream_set_user_data(Pointer stream, Pointer data, Pointer freeFunction);

    void opj_stream_set_user_data_length(Pointer stream, long length);

    int opj_read_header(Pointer stream, Pointer codec, PointerByReference image);

    int opj_set_decoded_resolution_factor(Pointer codec, int reduce);

    int opj_set_decode_area(Pointer codec, Pointer image, int x0, int y0, int x1, int y1);

    int opj_decode(Pointer codec, Pointer stream, Pointer image);

    int opj_end_decompress(Pointer codec, Pointer stream);

    void opj_image_destroy(Pointer image);

    /** Since 2.5 only: looked up when called, so older libraries still load. */
    int opj_decoder_set_strict_mode(Pointer codec, int strict);
}
