/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.StoredImage;
import io.gigatile.api.propertytypes.ImageDecoderFormat;
import io.gigatile.jp2.codestream.Jp2Header;
import io.gigatile.jp2.codestream.LazyIndex;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens JPEG 2000 files (JP2, JPX, raw codestreams) and decodes them in pure Java with jj2000: the codestream's
 * resolutions as levels, only the tiles a read touches, as many quality layers as asked for.
 */
@Component(service = ImageDecoder.class, configurationPid = Jpeg2000Decoder.PID)
@Designate(ocd = Jpeg2000DecoderConfig.class)
@ImageDecoderFormat(format = "jpeg2000", suffixes = {"jp2", "jpx", "jpf", "j2k", "j2c", "jpc"},
        signatures = {"0000000C6A5020200D0A870A", "FF4FFF51"})
@ServiceRanking(Jpeg2000Decoder.RANKING)
public final class Jpeg2000Decoder implements ImageDecoder {
    static final String PID = "io.gigatile.decoder.jpeg2000";
    /** Below the native OpenJPEG decoder (100), which takes over wherever libopenjp2 loads. */
    static final int RANKING = 0;
    /** The virtual tile size of every level, iipsrv's. */
    static final int TILE_SIZE = 256;
    static final int DEFAULT_MAX_DECODE_MEGAPIXELS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(Jpeg2000Decoder.class);

    private final long maxDecodePixels;
    private final int tileSize;

    /** @param config the component configuration */
    @Activate
    public Jpeg2000Decoder(Jpeg2000DecoderConfig config) {
        this(config.maxDecodeMegapixels() * 1_000_000L, TILE_SIZE);
        LOG.debug("JPEG 2000 decoder (jj2000) active; at most {} Mpixel decoded at once",
                config.maxDecodeMegapixels());
    }

    /**
     * @param maxDecodePixels the most pixels one read may reconstruct at once
     * @param tileSize the width and height of every level's virtual tiles
     */
    Jpeg2000Decoder(long maxDecodePixels, int tileSize) {
        this.maxDecodePixels = maxDecodePixels;
        this.tileSize = tileSize;
    }

    @Override
    public ImageSource open(StoredImage image, ByteSource bytes) {
        Jp2Header header;
        try {
            header = Jp2Header.read(bytes);
        } catch (GigatileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DecodeFailureException("the JPEG 2000 file is malformed", e);
        }
        ImageInfo info = header.describe(tileSize).build();
        NativeReader reader = new NativeReader(bytes, header, new LazyIndex(bytes, header), maxDecodePixels);
        return new Jpeg2000Source(info, reader, header.nativeLevels());
    }
}
