/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.JpegCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link JpegCodec} of the system's libjpeg-turbo, through its TurboJPEG API. Present only where the library
 * loads (it requires the {@link TurboJpegLibrary} service that {@link TurboJpegLoader} registers then). Every
 * argument is checked here, in Java, before any native call: nothing unchecked reaches C. Each call borrows a
 * TurboJPEG handle of its own from a pool, so any number of threads call at once.
 */
@Component(service = JpegCodec.class)
@ServiceRanking(TurboJpegCodec.RANKING)
public final class TurboJpegCodec implements JpegCodec {
    /** Above codecs registered without a ranking (0); the JDK's codec, the users' fallback, is no service. */
    static final int RANKING = 100;
    /** The largest side a JPEG frame header holds; libjpeg itself refuses more than 65500. */
    static final int MAX_DECODED_SIDE = 65535;
    /** libjpeg's {@code JPEG_MAX_DIMENSION}: it refuses to encode larger images. */
    static final int MAX_ENCODED_SIDE = 65500;
    /** 64 Mi samples (64 MiB) decoded at most: a 4096 x 4096 RGB frame with room to spare; tiles are far smaller. */
    static final long MAX_DECODED_SAMPLES = 64L * 1024 * 1024;
    /**
     * 512 Mi samples encoded at most (a 13000 x 13000 RGB image; the engine's default largest output, 5000 x 5000,
     * is 75 Mi): TurboJPEG's worst-case buffer for it, 2 bytes a grey pixel or 3 a 4:2:0 one, still fits a Java
     * array.
     */
    static final long MAX_ENCODED_SAMPLES = 512L * 1024 * 1024;
    /** The largest stream decoded: more than a frame within {@link #MAX_DECODED_SAMPLES} needs at any usual quality. */
    static final int MAX_STREAM = 64 * 1024 * 1024;
    /** Handles of each kind kept idle after a burst of calls: a few kilobytes each. */
    static final int MAX_IDLE_HANDLES = 64;

    private static final Logger LOG = LoggerFactory.getLogger(TurboJpegCodec.class);

    private final Decompression decompression;
    private final Compression compression;

    /** @param library the loaded library */
    @Activate
    public TurboJpegCodec(@Reference(name = "library") TurboJpegLibrary library) {
        this(library, MAX_IDLE_HANDLES);
        LOG.debug("TurboJPEG codec active with {}: service.ranking {}, at most {} samples decoded and {} encoded,"
                + " {} idle handles of a kind", library, RANKING, MAX_DECODED_SAMPLES, MAX_ENCODED_SAMPLES,
                MAX_IDLE_HANDLES);
    }

    /**
     * @param library the loaded library
     * @param maxIdle the most handles of each kind kept between calls
     */
    TurboJpegCodec(TurboJpegLibrary library, int maxIdle) {
        this.decompression = new Decompression(library.api(), maxIdle);
        this.compression = new Compression(library.api(), maxIdle);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the stream is null, a side is not 1 to 65535, bands are not 1 or 3, or
     *         the frame holds more than 64 Mi samples: the caller's mistakes, found before anything is decoded
     */
    @Override
    public byte[] decode(byte[] jpeg, int width, int height, int bands, boolean rgb) {
        if (jpeg == null) {
            throw new IllegalArgumentException("no JPEG stream");
        }
        checkFrame(width, height, bands, MAX_DECODED_SIDE, MAX_DECODED_SAMPLES);
        if (jpeg.length < 4 || jpeg.length > MAX_STREAM) {
            throw new DecodeFailureException("the JPEG stream is " + jpeg.length + " bytes long");
        }
        if ((jpeg[0] & 0xff) != 0xff || (jpeg[1] & 0xff) != 0xd8) {
            throw new DecodeFailureException("the JPEG stream lacks its start marker");
        }
        return decompression.decode(jpeg, width, height, bands, rgb);
    }

    /**
     * {@inheritDoc} Quality outside 1 to 100 is clamped to it.
     *
     * @throws IllegalArgumentException also if the samples are null, a side is more than 65500 (libjpeg's limit)
     *         or the image holds more than 512 Mi samples
     * @throws IllegalStateException if TurboJPEG fails all the same (it could not allocate memory)
     */
    @Override
    public byte[] encode(byte[] samples, int width, int height, int bands, int quality) {
        if (samples == null) {
            throw new IllegalArgumentException("no samples");
        }
        checkFrame(width, height, bands, MAX_ENCODED_SIDE, MAX_ENCODED_SAMPLES);
        if (samples.length != width * height * bands) {
            throw new IllegalArgumentException(samples.length + " samples for " + width + "x" + height + "x" + bands);
        }
        return compression.encode(samples, width, height, bands, Math.max(1, Math.min(100, quality)));
    }

    /** Destroys the idle handles; calls still running destroy theirs as they end. */
    @Deactivate
    void deactivate() {
        decompression.close();
        compression.close();
    }

    /** @return the decompressors and compressors waiting for calls */
    int[] idleHandles() {
        return new int[] {decompression.idle(), compression.idle()};
    }

    /** @return the bytes of native memory the encodes keep for the next ones */
    long idleScratch() {
        return compression.idleScratch();
    }

    /** Sizes checked in long arithmetic, so that no product overflows before it is compared. */
    private static void checkFrame(int width, int height, int bands, int maxSide, long maxSamples) {
        if (width < 1 || width > maxSide || height < 1 || height > maxSide) {
            throw new IllegalArgumentException("a JPEG of " + width + "x" + height + " pixels");
        }
        if (bands != 1 && bands != 3) {
            throw new IllegalArgumentException("a JPEG of " + bands + " bands: 1 or 3 only");
        }
        if ((long) width * height * bands > maxSamples) {
            throw new IllegalArgumentException("a JPEG of " + width + "x" + height + "x" + bands
                    + " samples: more than " + maxSamples);
        }
    }
}
