/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.EncodedTile;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An open tiled TIFF. Immutable apart from the file and the JPEG readers, both safe for concurrent use; each
 * read decodes on the calling thread.
 */
final class TiffSource implements ImageSource {
    private final SharedFile file;
    private final ImageInfo info;
    private final List<TiffLevel> levels;
    private final JpegReaders jpeg;

    /**
     * @param file the TIFF, owned from now on
     * @param info its description
     * @param levels its levels, full resolution first
     * @param jpeg its JPEG readers, owned from now on, or null
     */
    TiffSource(SharedFile file, ImageInfo info, List<TiffLevel> levels, JpegReaders jpeg) {
        this.file = file;
        this.info = info;
        this.levels = List.copyOf(levels);
        this.jpeg = jpeg;
    }

    @Override
    public ImageInfo info() {
        return info;
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY) {
        TiffLevel l = level(level);
        Rect rect = l.level().tileRect(tileX, tileY);
        byte[] samples = guarded(() -> l.decode(file, tileX, tileY));
        return Raster.ofBytes(rect.width(), rect.height(), l.bands(), info.colourSpace(), samples);
    }

    @Override
    public Raster readRegion(int level, Rect region) {
        level(level);
        return ImageSource.super.readRegion(level, region);
    }

    /** Only full JPEG tiles, whose stored bytes are the whole tile and nothing more. */
    @Override
    public Optional<EncodedTile> encodedTile(int level, int tileX, int tileY, String format) {
        TiffLevel l = level(level);
        Level geometry = l.level();
        Rect rect = geometry.tileRect(tileX, tileY);
        boolean jpg = "jpg".equals(format) || "jpeg".equals(format);
        if (!jpg || !(l.codec() instanceof JpegTileCodec codec) || rect.width() != geometry.tileWidth()
                || rect.height() != geometry.tileHeight() || l.photometric() == Tag.PHOTOMETRIC_MIN_IS_WHITE) {
            return Optional.empty();
        }
        byte[] bytes = guarded(() -> codec.passThrough(l.stored(file, tileX, tileY),
                l.photometric() == Tag.PHOTOMETRIC_RGB));
        return Optional.ofNullable(bytes).map(b -> new EncodedTile("jpg", b));
    }

    @Override
    public void close() {
        file.close();
        if (jpeg != null) {
            jpeg.close();
        }
    }

    private TiffLevel level(int level) {
        if (level < 0 || level >= levels.size()) {
            throw new BadRequestException("resolution level " + level + " does not exist");
        }
        return levels.get(level);
    }

    /** A corrupt file must end in a decode failure, whatever a codec trips over. */
    private static <T> T guarded(Supplier<T> read) {
        try {
            return read.get();
        } catch (GigatileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DecodeFailureException("the TIFF tile cannot be decoded", e);
        }
    }
}
