/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encodes samples whose sizes {@link TurboJpegCodec} has checked as baseline JFIF: grey, or YCbCr 4:2:0. The
 * stream is written into a buffer of the codec's own, of {@code tjBufSize}'s worst case for the frame, with
 * {@code TJFLAG_NOREALLOC}: TurboJPEG neither allocates nor frees the output buffer, nothing needs
 * {@code tjFree}, and a stream that would not fit fails instead of overrunning. The samples are copied once into
 * native memory kept between calls ({@link ScratchMemory}), the stream's buffer right after them. No DCT flag:
 * TurboJPEG's default, the fast integer DCT below quality 96 and the accurate one from 96 (the JDK's writer always
 * uses the accurate one; the difference is within a level or two of a sample).
 */
final class Compression {
    private static final Logger LOG = LoggerFactory.getLogger(Compression.class);

    /**
     * The most native memory kept for the next calls: the samples and stream buffers of 20 regions of 512 x 512,
     * or of one 2048 x 2048 frame.
     */
    static final long MAX_IDLE_SCRATCH = 32L * 1024 * 1024;

    private final TurboJpeg api;
    private final HandlePool handles;
    private final ScratchMemory scratch = new ScratchMemory(MAX_IDLE_SCRATCH);

    /**
     * @param api the library
     * @param maxIdle the most compressors kept between calls
     */
    Compression(TurboJpeg api, int maxIdle) {
        this.api = api;
        this.handles = new HandlePool(api, api::tjInitCompress, maxIdle);
    }

    /**
     * @param samples {@code width * height * bands} samples
     * @param width the width, 1 to 65500
     * @param height the height, 1 to 65500
     * @param bands 1 or 3
     * @param quality 1 to 100
     * @return the JPEG stream
     * @throws IllegalStateException if TurboJPEG fails, which checked arguments leave to a lack of memory
     */
    byte[] encode(byte[] samples, int width, int height, int bands, int quality) {
        int sampling = bands == 1 ? TurboJpeg.SAMP_GRAY : TurboJpeg.SAMP_420;
        long capacity = api.tjBufSize(width, height, sampling);
        // tjBufSize answers (unsigned long) -1 for sizes out of its bounds; the result is read into a byte[]
        if (capacity <= 0 || capacity > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("TurboJPEG gives no buffer size for " + width + "x" + height);
        }
        int frame = samples.length;
        return handles.use(handle -> {
            Memory block = scratch.borrow(frame + capacity);
            boolean done = false;
            try {
                block.write(0, samples, 0, frame);
                Pointer buffer = block.share(frame, capacity);
                PointerByReference stream = new PointerByReference(buffer);
                LongByReference size = new LongByReference(capacity);
                int format = bands == 1 ? TurboJpeg.PF_GRAY : TurboJpeg.PF_RGB;
                // pitch 0: rows of width * bands bytes, packed
                if (api.tjCompress2(handle, block, width, 0, height, format, stream, size, sampling, quality,
                        TurboJpeg.FLAG_NOREALLOC) != 0) {
                    LOG.warn("TurboJPEG failed to encode {}x{}x{}: {}", width, height, bands,
                            api.tjGetErrorStr2(handle));
                    throw new IllegalStateException("TurboJPEG failed to encode a JPEG");
                }
                long length = size.getValue();
                if (Pointer.nativeValue(stream.getValue()) != Pointer.nativeValue(buffer) || length < 4
                        || length > capacity) {
                    throw new IllegalStateException("TurboJPEG gave a stream outside the buffer it was given");
                }
                byte[] jpeg = buffer.getByteArray(0, (int) length);
                done = true;
                return jpeg;
            } finally {
                if (done) {
                    scratch.giveBack(block);
                } else {
                    // what a failed call left in the block is not trusted to the next one
                    block.close();
                }
            }
        });
    }

    /** Destroys the idle compressors; calls still running destroy theirs when they end. */
    void close() {
        handles.close();
        scratch.close();
    }

    /** @return the compressors waiting for a call */
    int idle() {
        return handles.idle();
    }

    /** @return the bytes of native memory kept for the next calls */
    long idleScratch() {
        return scratch.idleBytes();
    }
}
