/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodedTile;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pyramid computed in memory. Each level halves the one above (rounding up) down to 1x1. With the
 * {@code coords} pattern band 0 holds x mod 256, band 1 y mod 256 and band 2 the level, so any pixel of any
 * output can be traced back to where it was read. Reads after {@link #close()} fail, as a real closed file would.
 */
final class SyntheticSource implements ImageSource {

    /**
     * One region read.
     *
     * @param level the level
     * @param rect the rectangle
     */
    record Read(int level, Rect rect) {
    }

    private final ImageInfo info;
    private final String pattern;
    private final String passThroughFormat;
    final List<Read> reads = new CopyOnWriteArrayList<>();
    /** The quality layers of every read that named them (API 2.2), in order. */
    final List<Integer> layerReads = new CopyOnWriteArrayList<>();
    /** Every tile decoded, as "level/x/y". */
    final List<String> tileReads = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    SyntheticSource(Spec spec) {
        this.pattern = spec.pattern();
        this.passThroughFormat = spec.passThrough();
        ImageInfo.Builder b = ImageInfo.builder()
                .samples(spec.bands(), 8, io.gigatile.api.SampleType.UNSIGNED,
                        spec.bands() >= 3 ? ColourSpace.SRGB : ColourSpace.GREY)
                .iccProfile(spec.bands() >= 3 ? "icc".getBytes(StandardCharsets.US_ASCII) : null);
        int w = spec.width();
        int h = spec.height();
        while (true) {
            b.addLevel(new Level(w, h, spec.tile(), spec.tile()));
            if (w == 1 && h == 1) {
                break;
            }
            w = (w + 1) / 2;
            h = (h + 1) / 2;
        }
        this.info = b.build();
    }

    /**
     * What a synthetic image file describes, as one line of text: {@code SYNTH w h tile bands pattern [pass]}.
     *
     * @param width full width
     * @param height full height
     * @param tile tile side
     * @param bands 1 or 3
     * @param pattern coords, constant-N or checker
     * @param passThrough format whose tiles are stored encoded, or "-"
     */
    record Spec(int width, int height, int tile, int bands, String pattern, String passThrough) {
        static Spec parse(String text) {
            String[] f = text.trim().split(" ");
            return new Spec(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), f[5], f.length > 6 ? f[6] : "-");
        }

        String text() {
            return "SYNTH " + width + " " + height + " " + tile + " " + bands + " " + pattern + " " + passThrough;
        }
    }

    static int value(String pattern, int level, int x, int y, int band) {
        if (pattern.startsWith("constant-")) {
            return Integer.parseInt(pattern.substring(9));
        }
        if (pattern.equals("checker")) {
            return ((x + y) & 1) == 0 ? 0 : 200;
        }
        return switch (band) {
            case 0 -> x & 255;
            case 1 -> y & 255;
            default -> level;
        };
    }

    @Override
    public ImageInfo info() {
        return info;
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY, int layers) {
        layerReads.add(layers);
        return readTile(level, tileX, tileY);
    }

    @Override
    public Raster readRegion(int level, Rect region, int layers) {
        layerReads.add(layers);
        return readRegion(level, region);
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY) {
        if (closed) {
            throw new IllegalStateException("read from a closed source");
        }
        Rect r = info.levels().get(level).tileRect(tileX, tileY);
        tileReads.add(level + "/" + tileX + "/" + tileY);
        int bands = info.bands();
        byte[] samples = new byte[r.width() * r.height() * bands];
        for (int y = 0; y < r.height(); y++) {
            for (int x = 0; x < r.width(); x++) {
                for (int b = 0; b < bands; b++) {
                    samples[(y * r.width() + x) * bands + b] = (byte) value(pattern, level, r.x() + x, r.y() + y, b);
                }
            }
        }
        return Raster.ofBytes(r.width(), r.height(), bands, info.colourSpace(), samples);
    }

    @Override
    public Raster readRegion(int level, Rect region) {
        reads.add(new Read(level, region));
        return ImageSource.super.readRegion(level, region);
    }

    @Override
    public Optional<EncodedTile> encodedTile(int level, int tileX, int tileY, String format) {
        if (!format.equals(passThroughFormat)) {
            return Optional.empty();
        }
        String text = "stored " + level + "/" + tileX + "/" + tileY;
        return Optional.of(new EncodedTile(format, text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Override
    public void close() {
        closed = true;
    }
}
