/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.testing;

import io.gigatile.api.ByteSource;
import io.gigatile.api.EncodedTile;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import java.util.Optional;

/** A source that closes its bytes after itself, as the engine does: lets tests open and close in one statement. */
public record ClosingSource(ImageSource source, ByteSource bytes) implements ImageSource {

    @Override
    public ImageInfo info() {
        return source.info();
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY) {
        return source.readTile(level, tileX, tileY);
    }

    @Override
    public Raster readRegion(int level, Rect region) {
        return source.readRegion(level, region);
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY, int layers) {
        return source.readTile(level, tileX, tileY, layers);
    }

    @Override
    public Raster readRegion(int level, Rect region, int layers) {
        return source.readRegion(level, region, layers);
    }

    @Override
    public Optional<EncodedTile> encodedTile(int level, int tileX, int tileY, String format) {
        return source.encodedTile(level, tileX, tileY, format);
    }

    @Override
    public ImageSource view(int x, int y) {
        ImageSource view = source.view(x, y);
        return view == source ? this : view;
    }

    @Override
    public void close() {
        source.close();
        bytes.close();
    }
}
