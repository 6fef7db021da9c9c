/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.examples.decoder.pgm;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ByteSource;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.SampleType;
import java.util.Arrays;

/**
 * A PGM or PPM image as a virtual pyramid of 256 x 256 tiles. The samples are uncompressed, so a tile of level 0
 * is one positional read per row; a tile of level {@code l} reads the rows of the {@code 2^l}-times larger square
 * it covers one at a time and averages them, so memory stays one tile and one row whatever the level.
 * Thread-safe: reads share nothing but the byte source, which is.
 */
final class PgmSource implements ImageSource {
    static final int TILE = 256;

    private final PnmHeader header;
    private final ByteSource bytes;
    private final ImageInfo info;

    PgmSource(PnmHeader header, ByteSource bytes, String software) {
        this.header = header;
        this.bytes = bytes;
        int bits = header.bytesPerSample() * 8;
        double[] min = new double[header.bands()];
        double[] max = new double[header.bands()];
        Arrays.fill(max, header.maxValue());
        ImageInfo.Builder b = ImageInfo.builder()
                .samples(header.bands(), bits, SampleType.UNSIGNED,
                        header.bands() == 1 ? ColourSpace.GREY : ColourSpace.SRGB)
                .range(min, max)
                .metadata(ImageInfo.META_SOFTWARE, software);
        for (int l = 0;; l++) {
            int w = (int) ((header.width() + (1L << l) - 1) >> l);
            int h = (int) ((header.height() + (1L << l) - 1) >> l);
            b.addLevel(new Level(w, h, TILE, TILE));
            if (w <= TILE && h <= TILE) {
                break;
            }
        }
        this.info = b.build();
    }

    @Override
    public ImageInfo info() {
        return info;
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY) {
        if (level < 0 || level >= info.levels().size()) {
            throw new BadRequestException("no such resolution level");
        }
        Level l = info.levels().get(level);
        if (tileX < 0 || tileY < 0 || tileX >= l.tilesAcross() || tileY >= l.tilesDown()) {
            throw new BadRequestException("no such tile");
        }
        Rect rect = l.tileRect(tileX, tileY);
        int bands = header.bands();
        int bps = header.bytesPerSample();
        int scale = 1 << level;
        int x0 = rect.x() * scale;
        int x1 = (int) Math.min(header.width(), (long) rect.right() * scale);
        int y0 = rect.y() * scale;
        int y1 = (int) Math.min(header.height(), (long) rect.bottom() * scale);
        long[] sums = new long[rect.width() * rect.height() * bands];
        int[] counts = new int[rect.width() * rect.height()];
        for (int y = y0; y < y1; y++) {
            long offset = header.dataOffset() + ((long) y * header.width() + x0) * bands * bps;
            byte[] row = bytes.read(offset, (x1 - x0) * bands * bps);
            int outRow = (y - y0) / scale * rect.width();
            for (int x = x0; x < x1; x++) {
                int out = outRow + (x - x0) / scale;
                counts[out]++;
                for (int b = 0; b < bands; b++) {
                    int i = ((x - x0) * bands + b) * bps;
                    sums[out * bands + b] += bps == 1 ? row[i] & 0xff : (row[i] & 0xff) << 8 | row[i + 1] & 0xff;
                }
            }
        }
        return raster(rect, sums, counts);
    }

    private Raster raster(Rect rect, long[] sums, int[] counts) {
        int bands = header.bands();
        ColourSpace space = info.colourSpace();
        if (header.bytesPerSample() == 1) {
            byte[] out = new byte[sums.length];
            for (int i = 0; i < sums.length; i++) {
                int c = counts[i / bands];
                out[i] = (byte) ((sums[i] + c / 2) / c);
            }
            return Raster.ofBytes(rect.width(), rect.height(), bands, space, out);
        }
        short[] out = new short[sums.length];
        for (int i = 0; i < sums.length; i++) {
            int c = counts[i / bands];
            out[i] = (short) ((sums[i] + c / 2) / c);
        }
        return Raster.ofShorts(rect.width(), rect.height(), bands, 16, SampleType.UNSIGNED, space, out);
    }

    @Override
    public void close() {
        // nothing held: the byte source is the engine's
    }
}
