/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageSource;
import io.gigatile.api.StoredImage;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One version of one stored image's shared source. The first request to need it opens the bytes, chooses the
 * decoder from them and opens the source; requests that arrive meanwhile wait for that same opening. Requests
 * hold it through a {@link Lease}; once the cache retires it (image changed, evicted, decoder gone) it is closed
 * when the last lease is released, so no request ever starts a read on a closed source. The engine owns the
 * bytes: they are closed after the source, or at once if no source could be made of them.
 */
final class CachedSource {
    private static final Logger LOG = LoggerFactory.getLogger(CachedSource.class);

    private final StoredImage file;
    private final DecoderRegistry decoders;
    private final FutureTask<ImageSource> opening;
    private volatile long openingSince;
    private volatile boolean reportedHang;
    private volatile ByteSource bytes;
    private volatile ImageDecoder decoder;
    private volatile String identity;
    private int users;
    private boolean retired;
    private boolean closed;

    CachedSource(StoredImage file, DecoderRegistry decoders) {
        this.file = file;
        this.decoders = decoders;
        this.opening = new FutureTask<>(() -> {
            ByteSource opened = file.open();
            try {
                ImageDecoder chosen = decoders.choose(file, opened);
                decoder = chosen;
                identity = DecoderIdentity.of(chosen);
                ImageSource source = decoders.open(chosen, file, opened);
                if (source == null) {
                    throw new DecodeFailureException("image could not be opened");
                }
                bytes = opened;
                return source;
            } catch (RuntimeException | Error e) {
                opened.close();
                throw e;
            }
        });
    }

    /**
     * A request's hold on an open source.
     *
     * @param source the open source
     * @param entry the cache entry that keeps it
     */
    record Lease(ImageSource source, CachedSource entry) implements AutoCloseable {
        @Override
        public void close() {
            entry.release();
        }
    }

    boolean isVersionOf(StoredImage other) {
        return file.version().equals(other.version());
    }

    /** @return the decoder that opened (or is opening) the source, null before the choice is made */
    ImageDecoder decoder() {
        return decoder;
    }

    /** @return the identity of the decoder that opened the source; call once it is open */
    String decoderIdentity() {
        return identity;
    }

    synchronized void acquire() {
        if (retired) {
            throw new IllegalStateException("a retired source is not handed out");
        }
        users++;
    }

    /**
     * Opens the source if no one has yet, or waits for the request that is opening it, within the decoders' time
     * limit: a decoder that never returns from opening holds the thread that called it, and every later request
     * for the image fails at once instead of joining it. Must follow {@link #acquire()}; on failure the hold is
     * released.
     *
     * @return a lease to close when the request is done with the source
     */
    Lease open() {
        if (!opening.isDone()) {
            synchronized (this) {
                if (openingSince == 0) {
                    openingSince = decoders.clock().getAsLong();
                }
            }
        }
        opening.run();
        try {
            long limit = decoders.timeLimitNanos();
            if (limit <= 0 || opening.isDone()) {
                return new Lease(opening.get(), this);
            }
            long left = limit - (decoders.clock().getAsLong() - openingSince);
            return new Lease(opening.get(Math.max(0, left), TimeUnit.NANOSECONDS), this);
        } catch (ExecutionException e) {
            release();
            throw rethrow(e.getCause());
        } catch (TimeoutException e) {
            release();
            if (!reportedHang) {
                reportedHang = true;
                LOG.error("the decoder of {} has not finished opening it within the time limit; the image fails"
                        + " until it does", file.identifier());
            }
            throw new DecodeFailureException("the image's decoder did not open it within "
                    + TimeUnit.NANOSECONDS.toSeconds(decoders.timeLimitNanos()) + " s");
        } catch (InterruptedException e) {
            release();
            Thread.currentThread().interrupt();
            throw new DecodeFailureException("interrupted while opening the image", e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof GigatileException g) {
            return g;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new DecodeFailureException("image could not be opened", cause);
    }

    synchronized void release() {
        users--;
        closeIfDone();
    }

    /** Marks the source as no longer shared; it closes as soon as no request holds it. */
    synchronized void retire() {
        retired = true;
        closeIfDone();
    }

    private void closeIfDone() {
        if (!retired || users > 0 || closed) {
            return;
        }
        closed = true;
        ImageSource source = opened();
        if (source != null) {
            try {
                source.close();
            } catch (RuntimeException e) {
                LOG.warn("closing the source of {} failed", file.identifier(), e);
            }
            ByteSource held = bytes;
            if (held != null) {
                held.close();
            }
        }
    }

    /** @return true while the decoder has not returned from opening the image */
    boolean stillOpening() {
        return openingSince != 0 && !opening.isDone();
    }

    /** @return true if the source has been opened, successfully */
    boolean isOpen() {
        return opened() != null;
    }

    /** @return the source if it was opened successfully, without waiting */
    private ImageSource opened() {
        if (!opening.isDone()) {
            return null;
        }
        try {
            return opening.get();
        } catch (ExecutionException | CancellationException | InterruptedException e) {
            return null;
        }
    }
}
