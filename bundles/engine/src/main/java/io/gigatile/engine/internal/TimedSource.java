/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.EncodedTile;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.ops.ServerMetrics;
import java.util.Optional;

/**
 * An open source as the engine uses it. Its reads are timed into the engine's metrics under its decoder's format,
 * whenever a metrics service is bound (every source is wrapped, so sources opened before a metrics bundle came are
 * timed too); they pass the source's {@link DecoderWatch}, so a decoder that hangs holds few threads; and what they
 * return is checked, so a decoder that answers nonsense fails its image with a clear error instead of the code
 * that uses the pixels. Every read the SPI knows is passed on as it is (a decoder's own region reads stay its
 * own), so a read is timed once: a region a decoder composes from its tiles counts as one region read.
 */
final class TimedSource implements ImageSource {
    private final ImageSource source;
    private final String format;
    private final EngineMetrics metrics;
    private final DecoderWatch watch;

    TimedSource(ImageSource source, String format, EngineMetrics metrics, DecoderWatch watch) {
        this.source = source;
        this.format = format;
        this.metrics = metrics;
        this.watch = watch;
    }

    @Override
    public ImageInfo info() {
        return source.info();
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY) {
        ServerMetrics meter = metrics.get();
        long start = start(meter);
        try {
            return RasterCheck.tile(source.readTile(level, tileX, tileY), source.info(), level, tileX, tileY);
        } finally {
            end(meter, start);
        }
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY, int layers) {
        ServerMetrics meter = metrics.get();
        long start = start(meter);
        try {
            return RasterCheck.tile(source.readTile(level, tileX, tileY, layers), source.info(), level, tileX,
                    tileY);
        } finally {
            end(meter, start);
        }
    }

    @Override
    public Raster readRegion(int level, Rect region) {
        ServerMetrics meter = metrics.get();
        long start = start(meter);
        try {
            return RasterCheck.region(source.readRegion(level, region), region);
        } finally {
            end(meter, start);
        }
    }

    @Override
    public Raster readRegion(int level, Rect region, int layers) {
        ServerMetrics meter = metrics.get();
        long start = start(meter);
        try {
            return RasterCheck.region(source.readRegion(level, region, layers), region);
        } finally {
            end(meter, start);
        }
    }

    @Override
    public Optional<EncodedTile> encodedTile(int level, int tileX, int tileY, String wanted) {
        ServerMetrics meter = metrics.get();
        long start = start(meter);
        try {
            Optional<EncodedTile> tile = source.encodedTile(level, tileX, tileY, wanted);
            return tile == null ? Optional.empty() : tile;
        } finally {
            end(meter, start);
        }
    }

    @Override
    public ImageSource view(int x, int y) {
        ImageSource view = source.view(x, y);
        if (view == null || view == source) {
            return view == null ? null : this;
        }
        return new TimedSource(view, format, metrics, watch);
    }

    @Override
    public void close() {
        source.close();
    }

    /** @return the source that reads, for tests */
    ImageSource unwrap() {
        return source;
    }

    /** Without a metrics service a read costs the watch's bookkeeping more than the decoder's own, and no clock. */
    private long start(ServerMetrics meter) {
        watch.enter();
        return meter == ServerMetrics.NONE ? 0 : System.nanoTime();
    }

    private void end(ServerMetrics meter, long start) {
        watch.exit();
        if (meter != ServerMetrics.NONE) {
            meter.decode(format, System.nanoTime() - start);
        }
    }
}
