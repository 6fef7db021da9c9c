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
 * An open source whose reads are timed into the engine's metrics under its decoder's format, whenever a metrics
 * service is bound: every source is wrapped, so sources opened before a metrics bundle came are timed too. Every read the SPI
 * knows is passed on as it is (a decoder's own region reads stay its own), so a read is timed once: a region a
 * decoder composes from its tiles counts as one region read.
 */
final class TimedSource implements ImageSource {
    private final ImageSource source;
    private final String format;
    private final EngineMetrics metrics;

    TimedSource(ImageSource source, String format, EngineMetrics metrics) {
        this.source = source;
        this.format = format;
        this.metrics = metrics;
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
            return source.readTile(level, tileX, tileY);
        } finally {
            end(meter, start);
        }
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY, int layers) {
        ServerMetrics meter = metrics.get();
        long start = start(meter);
        try {
            return source.readTile(level, tileX, tileY, layers);
        } finally {
            end(meter, start);
        }
    }

    @Override
    public Raster readRegion(int level, Rect region) {
        ServerMetrics meter = metrics.get();
        long start = start(meter);
        try {
            return source.readRegion(level, region);
        } finally {
            end(meter, start);
        }
    }

    @Override
    public Raster readRegion(int level, Rect region, int layers) {
        ServerMetrics meter = metrics.get();
        long start = start(meter);
        try {
            return source.readRegion(level, region, layers);
        } finally {
            end(meter, start);
        }
    }

    @Override
    public Optional<EncodedTile> encodedTile(int level, int tileX, int tileY, String wanted) {
        ServerMetrics meter = metrics.get();
        long start = start(meter);
        try {
            return source.encodedTile(level, tileX, tileY, wanted);
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
        return new TimedSource(view, format, metrics);
    }

    @Override
    public void close() {
        source.close();
    }

    /** @return the source that reads, for tests */
    ImageSource unwrap() {
        return source;
    }

    /** Without a metrics service a read costs one volatile read more than the decoder's own, and no clock. */
    private static long start(ServerMetrics meter) {
        return meter == ServerMetrics.NONE ? 0 : System.nanoTime();
    }

    private void end(ServerMetrics meter, long start) {
        if (meter != ServerMetrics.NONE) {
            meter.decode(format, System.nanoTime() - start);
        }
    }
}
