/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageSource;
import io.gigatile.api.StoredImage;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.ops.ServerMetrics;
import io.gigatile.api.propertytypes.ImageDecoderFormat;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the decoder for an image: the highest-ranked one whose magic bytes match the image's first bytes (read
 * through its byte source, so remote images are sniffed like local ones), else the highest-ranked one that claims
 * the suffix of its key. Magic bytes win over suffixes because identifiers often
 * carry the wrong one.
 */
final class DecoderRegistry {
    /** Bytes read from the start of a file; no signature may be longer. */
    static final int HEADER_LENGTH = 16;
    /** How long one decoder call may take by default. */
    static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(DecoderRegistry.class);

    private final Ranked<ImageDecoder> decoders = new Ranked<>();
    private final EngineMetrics metrics;
    private final LongSupplier clock;
    private volatile Set<String> identities = Set.of();
    private volatile long timeLimit = DEFAULT_TIME_LIMIT.toNanos();

    /** A registry whose decoders are not timed, for tests. */
    DecoderRegistry() {
        this(new EngineMetrics());
    }

    /** @param metrics where the time spent opening and reading images is recorded, by decoder format */
    DecoderRegistry(EngineMetrics metrics) {
        this(metrics, System::nanoTime);
    }

    /**
     * @param metrics where the time spent opening and reading images is recorded, by decoder format
     * @param clock {@link System#nanoTime()}, or a test's clock for the time limit of decoder calls
     */
    DecoderRegistry(EngineMetrics metrics, LongSupplier clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    /** @param limit how long one call of a decoder may take before its image fails; zero for no limit */
    void timeLimit(Duration limit) {
        this.timeLimit = limit.toNanos();
    }

    /** @return the time limit of one decoder call in nanoseconds, 0 for none */
    long timeLimitNanos() {
        return timeLimit;
    }

    /** @return the clock the time limit is measured with */
    LongSupplier clock() {
        return clock;
    }

    synchronized void add(ImageDecoder decoder, Map<String, Object> properties) {
        decoders.add(decoder, properties);
        identities = identitiesNow();
    }

    synchronized void remove(ImageDecoder decoder) {
        decoders.remove(decoder);
        identities = identitiesNow();
    }

    /** @return the identities of the decoders present ({@link DecoderIdentity}) */
    Set<String> identities() {
        return identities;
    }

    private Set<String> identitiesNow() {
        Set<String> now = new HashSet<>();
        decoders.entries().forEach(e -> now.add(DecoderIdentity.of(e.service())));
        return Set.copyOf(now);
    }

    /**
     * @param decoder a decoder
     * @return its {@code service.ranking} here, or {@link Integer#MIN_VALUE} if it is not registered
     */
    int ranking(ImageDecoder decoder) {
        for (Ranked.Entry<ImageDecoder> e : decoders.entries()) {
            if (e.service() == decoder) {
                return e.ranking();
            }
        }
        return Integer.MIN_VALUE;
    }

    boolean contains(ImageDecoder decoder) {
        return decoders.contains(decoder);
    }

    /**
     * @param file the stored image to open
     * @param bytes its bytes, open
     * @return the decoder to open it with
     * @throws UnsupportedFormatException if no decoder claims it
     * @throws io.gigatile.api.SourceUnavailableException if the store does not answer
     */
    ImageDecoder choose(StoredImage file, ByteSource bytes) {
        List<Ranked.Entry<ImageDecoder>> entries = decoders.entries();
        byte[] header = bytes.read(0, (int) Math.min(HEADER_LENGTH, bytes.size()));
        for (Ranked.Entry<ImageDecoder> e : entries) {
            for (String signature : e.strings(ImageDecoderFormat.SIGNATURES)) {
                if (matches(header, signature, e)) {
                    return e.service();
                }
            }
        }
        String suffix = file.suffix();
        if (!suffix.isEmpty()) {
            Optional<Ranked.Entry<ImageDecoder>> bySuffix = decoders.firstWith(ImageDecoderFormat.SUFFIXES, suffix);
            if (bySuffix.isPresent()) {
                return bySuffix.get().service();
            }
        }
        throw new UnsupportedFormatException("unsupported image format");
    }

    /**
     * Opens an image with the decoder {@link #choose} chose, timing the opening and every later read of the source
     * while a metrics service is bound ({@link TimedSource}).
     *
     * @param decoder the chosen decoder
     * @param file the stored image
     * @param bytes its bytes, open
     * @return the decoder's source, timed and watched; null if the decoder returned none
     * @throws DecodeFailureException if the source describes no image
     */
    ImageSource open(ImageDecoder decoder, StoredImage file, ByteSource bytes) {
        ServerMetrics meter = metrics.get();
        String format = format(decoder);
        long start = System.nanoTime();
        ImageSource source;
        try {
            source = decoder.open(file, bytes);
        } finally {
            meter.decode(format, System.nanoTime() - start);
        }
        if (source == null) {
            return null;
        }
        if (source.info() == null || source.info().levels().isEmpty()) {
            source.close();
            throw new DecodeFailureException("the image's decoder described no image");
        }
        return new TimedSource(source, format, metrics,
                new DecoderWatch(file.identifier() + " (" + format + ")", this::timeLimitNanos, clock));
    }

    private String format(ImageDecoder decoder) {
        for (Ranked.Entry<ImageDecoder> e : decoders.entries()) {
            if (e.service() == decoder && e.properties().get(ImageDecoderFormat.FORMAT) instanceof String f) {
                return f;
            }
        }
        return "unknown";
    }

    private static boolean matches(byte[] header, String signature, Ranked.Entry<ImageDecoder> entry) {
        byte[] magic;
        try {
            magic = HexFormat.of().parseHex(signature.replace(" ", ""));
        } catch (IllegalArgumentException e) {
            LOG.warn("decoder {} has a signature that is not hexadecimal: {}",
                    entry.properties().get(ImageDecoderFormat.FORMAT), signature);
            return false;
        }
        if (magic.length == 0 || magic.length > header.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (magic[i] != header[i]) {
                return false;
            }
        }
        return true;
    }
}
