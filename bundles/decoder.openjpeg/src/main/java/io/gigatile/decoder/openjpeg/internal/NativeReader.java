/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.gigatile.api.ByteSource;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.jp2.codestream.CodestreamIndex;
import io.gigatile.jp2.codestream.CodestreamPieces;
import io.gigatile.jp2.codestream.Jp2Header;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes one rectangle of one resolution of a codestream with OpenJPEG: a codec and a stream of their own per
 * call, so that calls share nothing but the library and its callbacks, and everything native is destroyed before
 * the call returns. What OpenJPEG reports back (the image's and its components' fields) is checked against what
 * the Java header reader found before a sample is copied.
 *
 * <p>The decodes run on threads of this reader's own, as many as may decode at once, and the calling thread waits
 * for its result. OpenJPEG's buffers come from glibc's malloc, which gives each thread an arena of its own and
 * keeps what was freed in it: run on whichever of the server's request threads asked, decodes spread their buffers
 * over up to 16 arenas (8 per processor) that stayed resident, 2 GB for a 512 MB heap under 32 clients. On a few
 * threads of their own they stay within a few arenas, without the lock contention that capping the arenas
 * ({@code MALLOC_ARENA_MAX}) costs.
 */
final class NativeReader {
    private static final Logger LOG = LoggerFactory.getLogger(NativeReader.class);

    /** {@code sizeof(opj_dparameters_t)} is 8252 bytes in 2.5, mostly two path buffers: room for growth. */
    private static final int PARAMETERS_SIZE = 16384;
    /** Offsets of {@code cp_reduce} and {@code cp_layer}, the first two fields of {@code opj_dparameters_t}. */
    private static final int CP_REDUCE = 0;
    private static final int CP_LAYER = 4;
    /**
     * The stream's read-ahead. OpenJPEG's default (1 MB) would fetch a megabyte from remote stores to decode a
     * tile of a few kilobytes; reads larger than this go to the bytes directly.
     */
    private static final long STREAM_BUFFER = 64 * 1024;

    private final OpenJpegLibrary library;
    private final OpenJp2 api;
    private final int threads;
    /**
     * Each decode holds OpenJPEG's buffers outside the heap until it ends. Decodes are CPU work, so more of them at
     * once than a few per processor only hold more memory: under 32 clients on 2 processors (with glibc's arenas
     * capped at two, as the server's launcher script does) the peak resident size was 1.18 GB with every decode at
     * once and 0.69 GB with 4, at about the same tiles per second. Further reads wait in the executor's queue.
     */
    private final ThreadPoolExecutor decodes;
    private final int concurrentDecodes;

    /**
     * @param library the loaded library
     * @param threads OpenJPEG's worker threads per decode; 1 decodes on the calling thread alone
     * @param concurrentDecodes how many decodes run at once; further reads wait
     */
    NativeReader(OpenJpegLibrary library, int threads, int concurrentDecodes) {
        this.library = library;
        this.api = library.api();
        this.threads = threads;
        this.concurrentDecodes = concurrentDecodes;
        // the threads stay: a new one could be given another arena, and the old one's would stay resident
        this.decodes = new ThreadPoolExecutor(concurrentDecodes, concurrentDecodes, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), new DecodeThreads());
    }

    /** Daemon threads named for thread dumps. */
    private static final class DecodeThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "openjpeg-decode-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    int concurrentDecodes() {
        return concurrentDecodes;
    }

    /** Reads waiting for a decode to end. */
    int waitingReads() {
        return decodes.getQueue().size();
    }

    /** Lets the decodes under way and waiting end, and refuses later reads; the threads end then. */
    void close() {
        decodes.shutdown();
    }

    /**
     * @param bytes the file
     * @param header what the Java reader found in it
     * @param index where the codestream's tiles lie in it
     * @param colour the colour space of the rasters
     * @param reduce the resolution: how many times the full resolution is halved, less than the resolutions
     * @param layers how many quality layers to decode, from 1 to the codestream's
     * @param rect the rectangle, within the resolution's size
     * @return its pixels, in the header's sample format
     * @throws DecodeFailureException if OpenJPEG fails or reports other than what was asked
     */
    Raster read(ByteSource bytes, Jp2Header header, Supplier<CodestreamIndex> index, ColourSpace colour, int reduce,
            int layers, Rect rect) {
        Future<Raster> decoded;
        try {
            decoded = decodes.submit(() -> decode(bytes, header, index, colour, reduce, layers, rect));
        } catch (RejectedExecutionException e) {
            throw new SourceUnavailableException("the JPEG 2000 decoder is stopping", e);
        }
        try {
            return decoded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // native code cannot be stopped: the decode ends by itself, and nobody reads its result
            decoded.cancel(false);
            throw new SourceUnavailableException("the server is stopping", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new DecodeFailureException("the JPEG 2000 decode failed: " + cause);
        }
    }

    private Raster decode(ByteSource bytes, Jp2Header header, Supplier<CodestreamIndex> index, ColourSpace colour,
            int reduce, int layers, Rect rect) {
        GridArea area = GridArea.of(header, reduce, rect);
        // only the tiles the area needs: given the whole codestream, OpenJPEG reads every tile-part before them
        StreamState state = new StreamState(bytes, CodestreamPieces.ofTiles(header, index.get(), area.tiles(header)));
        NativeCallbacks callbacks = library.callbacks();
        Pointer handle = callbacks.register(state);
        Pointer codec = null;
        Pointer stream = null;
        Pointer image = null;
        try (Memory parameters = new Memory(PARAMETERS_SIZE)) {
            codec = api.opj_create_decompress(OpenJp2.CODEC_J2K);
            if (codec == null) {
                throw new DecodeFailureException("OpenJPEG could not make a decoder");
            }
            api.opj_set_error_handler(codec, callbacks.errors, handle);
            api.opj_set_warning_handler(codec, callbacks.warnings, handle);
            parameters.clear();
            api.opj_set_default_decoder_parameters(parameters);
            parameters.setInt(CP_REDUCE, reduce);
            parameters.setInt(CP_LAYER, layers);
            check(api.opj_setup_decoder(codec, parameters), state);
            // 0 keeps the work on this thread; 1 would hand it to one worker and wait. Either overrides the
            // OPJ_NUM_THREADS environment variable, which would otherwise start threads for every decode
            api.opj_codec_set_threads(codec, threads <= 1 ? 0 : threads);
            if (library.strictMode()) {
                // a truncated codestream fails instead of decoding to grey
                check(api.opj_decoder_set_strict_mode(codec, 1), state);
            }
            stream = api.opj_stream_create(STREAM_BUFFER, 1);
            if (stream == null) {
                throw new DecodeFailureException("OpenJPEG could not make a stream");
            }
            api.opj_stream_set_read_function(stream, callbacks.read);
            api.opj_stream_set_skip_function(stream, callbacks.skip);
            api.opj_stream_set_seek_function(stream, callbacks.seek);
            api.opj_stream_set_user_data(stream, handle, null);
            api.opj_stream_set_user_data_length(stream, state.length());

            PointerByReference decoded = new PointerByReference();
            int headerRead = api.opj_read_header(stream, codec, decoded);
            image = decoded.getValue();
            check(image == null ? 0 : headerRead, state);
            checkHeader(ImageLayout.Image.read(image), header);
            check(api.opj_set_decoded_resolution_factor(codec, reduce), state);
            check(api.opj_set_decode_area(codec, image, area.x0(), area.y0(), area.x1(), area.y1()), state);
            check(api.opj_decode(codec, stream, image), state);
            check(api.opj_end_decompress(codec, stream), state);
            // OpenJPEG may have carried on past a failed read: the bytes' own failure wins
            state.rethrowFailure();
            return SampleCopier.copy(ImageLayout.Image.read(image), header, colour, reduce, rect);
        } finally {
            if (image != null) {
                api.opj_image_destroy(image);
            }
            if (stream != null) {
                api.opj_stream_destroy(stream);
            }
            if (codec != null) {
                api.opj_destroy_codec(codec);
            }
            callbacks.release(handle);
        }
    }

    /** A false OPJ_BOOL: the bytes' failure if they failed (a store that did not answer), else a decode failure. */
    private static void check(int result, StreamState state) {
        if (result != 0) {
            return;
        }
        state.rethrowFailure();
        LOG.debug("OpenJPEG failed: {}", state.messages());
        throw new DecodeFailureException("the JPEG 2000 codestream cannot be decoded: " + state.reason());
    }

    /** OpenJPEG must have read the main header the Java reader checked; if not, neither can be trusted. */
    private static void checkHeader(ImageLayout.Image image, Jp2Header header) {
        boolean same = image.x0() == header.x0() && image.y0() == header.y0()
                && image.x1() == (long) header.x0() + header.width()
                && image.y1() == (long) header.y0() + header.height()
                && image.components() == header.bands() && image.comps() != null;
        for (int c = 0; same && c < header.bands(); c++) {
            ImageLayout.Component comp = image.component(c);
            Jp2Header.Component expected = header.components().get(c);
            same = comp.dx() == 1 && comp.dy() == 1 && comp.precision() == expected.precision()
                    && comp.signed() == expected.signed();
        }
        if (!same) {
            throw new DecodeFailureException("OpenJPEG reads another image header than the file's");
        }
    }
}
