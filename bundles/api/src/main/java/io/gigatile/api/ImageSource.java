/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.io.Closeable;
import java.util.Optional;

/**
 * An opened image, as an {@link ImageDecoder} returns it.
 *
 * <p>Threading: one source per file is shared by all request threads, so every method must be safe for
 * concurrent use. Ownership: the engine closes the source when the file changes, when it is evicted, or
 * when its decoder goes away; a request in flight may still finish its read, so {@link #close()} must not
 * break reads already running.
 *
 * @since 1.0
 */
@org.osgi.annotation.versioning.ConsumerType
public interface ImageSource extends Closeable {
    /** Decode the decoder's default number of quality layers. @since 2.2 */
    int DEFAULT_LAYERS = 0;

    /** Decode every quality layer. @since 2.2 */
    int ALL_LAYERS = -1;

    /** @return the image's description, the same object on every call */
    ImageInfo info();

    /**
     * Reads one tile of one resolution level.
     *
     * @param level level index, 0 for full resolution
     * @param tileX tile column
     * @param tileY tile row
     * @return the tile's pixels; edge tiles are cut to the image's edge
     * @throws BadRequestException if the tile does not exist
     * @throws DecodeFailureException if the file is corrupt
     * @throws UnsupportedFormatException if the tile uses a compression the decoder cannot read
     */
    Raster readTile(int level, int tileX, int tileY);

    /**
     * Reads a rectangle of one resolution level. The default composes it from the tiles it touches;
     * decoders that can read regions directly override it.
     *
     * @param level level index, 0 for full resolution
     * @param region the rectangle, inside the level
     * @return the region's pixels
     * @throws BadRequestException if the region lies outside the level
     * @throws DecodeFailureException if the file is corrupt
     */
    default Raster readRegion(int level, Rect region) {
        return RegionComposer.compose(this, level, region);
    }

    /**
     * Reads one tile decoding only some of the image's quality layers, for formats that have them (JPEG 2000).
     * The default ignores {@code layers}: formats without layers have only one.
     *
     * @param level level index, 0 for full resolution
     * @param tileX tile column
     * @param tileY tile row
     * @param layers how many quality layers to decode: {@link #DEFAULT_LAYERS} for the decoder's default (half of
     *        them, rounded up, as iipsrv), {@link #ALL_LAYERS} or any number above {@code info().qualityLayers()}
     *        for all of them
     * @return the tile's pixels
     * @since 2.2
     */
    default Raster readTile(int level, int tileX, int tileY, int layers) {
        return readTile(level, tileX, tileY);
    }

    /**
     * Reads a rectangle of one level decoding only some of the image's quality layers. The default composes it
     * from {@link #readTile(int, int, int, int)}.
     *
     * @param level level index, 0 for full resolution
     * @param region the rectangle, inside the level
     * @param layers how many quality layers to decode, as for {@link #readTile(int, int, int, int)}
     * @return the region's pixels
     * @since 2.2
     */
    default Raster readRegion(int level, Rect region, int layers) {
        if (layers == DEFAULT_LAYERS) {
            return readRegion(level, region);
        }
        return RegionComposer.compose((l, x, y) -> readTile(l, x, y, layers), info(), level, region);
    }

    /**
     * The tile's stored bytes when they already form a complete image in {@code format}, for sending without
     * decoding. The default has none.
     *
     * @param level level index
     * @param tileX tile column
     * @param tileY tile row
     * @param format the wanted encoder format name
     * @return the encoded tile, or empty if the stored tile is not usable as it is
     */
    default Optional<EncodedTile> encodedTile(int level, int tileX, int tileY, String format) {
        return Optional.empty();
    }

    /**
     * One view of a multi-view file (a page of a multi-page stack), as a source of its own. The default has only
     * the first view. The returned source shares this one's resources: the engine closes only this one.
     *
     * @param x horizontal view index, into {@code info().angles().horizontal()}
     * @param y vertical view index
     * @return the view's source, {@code this} for (0, 0)
     * @throws BadRequestException if there is no such view
     * @since 1.1
     */
    default ImageSource view(int x, int y) {
        if (x == 0 && y == 0) {
            return this;
        }
        throw new BadRequestException("no such view of the image");
    }

    /** Releases the file and any codec resources. Never throws for an already closed source. */
    @Override
    void close();
}
