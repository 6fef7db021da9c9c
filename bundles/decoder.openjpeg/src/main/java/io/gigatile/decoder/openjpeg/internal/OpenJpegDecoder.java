/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.StoredImage;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.ImageDecoderFormat;
import io.gigatile.jp2.codestream.Jp2Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens JPEG 2000 files (JP2, JPX and raw codestreams) to be decoded by the system's OpenJPEG library. The file's
 * boxes and main header are read and checked in Java first, so that nothing OpenJPEG is given has not been
 * checked. Present only where the library loads (it requires the {@link OpenJpegLibrary} service that
 * {@link OpenJpegLoader} registers then), and ranked above the pure Java JPEG 2000 decoder, which serves
 * elsewhere.
 */
@Component(service = ImageDecoder.class, configurationPid = OpenJpegDecoder.PID)
@Designate(ocd = OpenJpegConfig.class)
@ImageDecoderFormat(format = "jpeg2000", suffixes = {"jp2", "jpx", "jpf", "j2k", "j2c", "jpc"},
        signatures = {"0000000C6A5020200D0A870A", "FF4FFF51"})
@ServiceRanking(OpenJpegDecoder.RANKING)
public final class OpenJpegDecoder implements ImageDecoder {
    static final String PID = "io.gigatile.decoder.openjpeg";
    /** Above the pure Java JPEG 2000 decoder (0). */
    static final int RANKING = 100;
    /** iipsrv's virtual tile size for JPEG 2000. */
    static final int TILE_SIZE = 256;
    static final int DEFAULT_THREADS = 1;
    static final int MAX_THREADS = 64;
    /** 64 Mpixel: OpenJPEG holds 1 GB of samples for such a read of four bands. */
    static final long DEFAULT_MAX_PIXELS = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(OpenJpegDecoder.class);

    private final NativeReader reader;
    private final long maxPixels;
    private final int tileSize;

    /**
     * @param config the component configuration
     * @param library the loaded library
     */
    @Activate
    public OpenJpegDecoder(OpenJpegConfig config, @Reference(name = "library") OpenJpegLibrary library) {
        this(library, config.threads(), config.maxPixels(), TILE_SIZE, config.concurrentDecodes());
        LOG.debug("OpenJPEG decoder active with {}: {} threads per decode, at most {} pixels per read, {} decodes"
                + " at once", library, config.threads(), config.maxPixels(), reader.concurrentDecodes());
    }

    /**
     * @param library the loaded library
     * @param threads OpenJPEG's threads per decode
     * @param maxPixels the largest area one read decodes
     * @param tileSize the virtual tile size of every level
     */
    OpenJpegDecoder(OpenJpegLibrary library, int threads, long maxPixels, int tileSize) {
        this(library, threads, maxPixels, tileSize, 0);
    }

    /**
     * @param library the loaded library
     * @param threads OpenJPEG's threads per decode
     * @param maxPixels the largest area one read decodes
     * @param tileSize the virtual tile size of every level
     * @param concurrentDecodes how many decodes run at once; 0 or less for two per processor
     */
    OpenJpegDecoder(OpenJpegLibrary library, int threads, long maxPixels, int tileSize, int concurrentDecodes) {
        // the configuration comes from an environment variable too (OMP_NUM_THREADS): keep it within reason
        this.reader = new NativeReader(library, Math.min(MAX_THREADS, Math.max(1, threads)),
                concurrentDecodes > 0 ? concurrentDecodes : 2 * Runtime.getRuntime().availableProcessors());
        this.maxPixels = maxPixels;
        this.tileSize = tileSize;
    }

    /** Reads waiting for a decode to end. */
    int waitingReads() {
        return reader.waitingReads();
    }

    /** The decodes under way end; the reader's threads with them. */
    @Deactivate
    void deactivate() {
        reader.close();
    }

    @Override
    public ImageSource open(StoredImage image, ByteSource bytes) {
        Jp2Header header = Jp2Header.read(bytes);
        // opj_set_decode_area takes signed 32-bit reference grid positions
        if (header.x0() < 0 || header.y0() < 0 || header.x0() + (long) header.width() > Integer.MAX_VALUE
                || header.y0() + (long) header.height() > Integer.MAX_VALUE) {
            throw new UnsupportedFormatException("the JPEG 2000 reference grid is larger than 2^31");
        }
        ImageInfo info = header.describe(tileSize).build();
        return new OpenJpegSource(bytes, header, info, reader, maxPixels);
    }
}
