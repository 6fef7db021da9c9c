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
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An open TIFF: one image, or the pages of a multi-page stack, each a view. Immutable apart from the file and
 * the codecs, both safe for concurrent use; each read decodes on the calling thread. Views share the file, and
 * only the source the decoder opened closes it.
 */
final class TiffSource implements ImageSource {
    private final SharedFile file;
    private final Codecs codecs;
    private final List<Image> images;
    private final Image image;
    private final boolean owner;

    /**
     * One image of the file.
     *
     * @param info its description
     * @param levels its levels, full resolution first
     * @param icc its ICC profile, or null
     */
    record Image(ImageInfo info, List<LevelReader> levels, byte[] icc) {
    }

    /**
     * @param file the TIFF, owned from now on
     * @param codecs its codecs, owned from now on
     * @param images its images: one, or the pages of a stack
     */
    TiffSource(SharedFile file, Codecs codecs, List<Image> images) {
        this(file, codecs, images, 0, true);
    }

    private TiffSource(SharedFile file, Codecs codecs, List<Image> images, int index, boolean owner) {
        this.file = file;
        this.codecs = codecs;
        this.images = List.copyOf(images);
        this.image = images.get(index);
        this.owner = owner;
    }

    @Override
    public ImageInfo info() {
        return image.info();
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY) {
        LevelReader l = level(level);
        l.level().tileRect(tileX, tileY);
        return guarded(() -> l.tile(tileX, tileY));
    }

    @Override
    public Raster readRegion(int level, Rect region) {
        LevelReader l = level(level);
        Regions.requireInside(l.level(), region);
        return guarded(() -> l.region(region));
    }

    /** Only full JPEG tiles, whose stored bytes are the whole tile and nothing more, with the ICC profile. */
    @Override
    public Optional<EncodedTile> encodedTile(int level, int tileX, int tileY, String format) {
        LevelReader l = level(level);
        l.level().tileRect(tileX, tileY);
        boolean jpg = "jpg".equals(format) || "jpeg".equals(format);
        if (!jpg || !(l instanceof TiledLevel tiled)) {
            return Optional.empty();
        }
        byte[] bytes = guarded(() -> tiled.passThrough(tileX, tileY, image.icc()));
        return Optional.ofNullable(bytes).map(b -> new EncodedTile("jpg", b));
    }

    @Override
    public ImageSource view(int x, int y) {
        if (y != 0 || x < 0 || x >= images.size()) {
            throw new BadRequestException("no such view of the image");
        }
        if (images.get(x) == image) {
            return this;
        }
        return new TiffSource(file, codecs, images, x, false);
    }

    @Override
    public void close() {
        if (owner) {
            codecs.close();
        }
    }

    private LevelReader level(int level) {
        List<LevelReader> levels = image.levels();
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
