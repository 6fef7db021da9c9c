/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.testing.MemoryImage;

/**
 * Any bytes open as a TIFF and give tiles of the promised size, or fail with a {@link GigatileException} (a
 * corrupt file, an unsupported compression, a limit): never another exception, an out-of-memory error from a
 * size that the file only claims, or a hang. The seeds (TiffDecoderFuzzTestInputs) are tiny files of each
 * layout and compression the decoder reads. See docs/robustness.md.
 */
class TiffDecoderFuzzTest {
    /** Views of a stack read per input: each costs as much as a whole file. */
    private static final int VIEWS = 2;

    private final TiffDecoder decoder = new TiffDecoder();

    @FuzzTest(maxDuration = "4s")
    void anyBytesAreAnImageOrACorruptFile(byte[] input) {
        MemoryImage image = new MemoryImage("memory.tif", input);
        try (ImageSource source = decoder.open(image, image)) {
            for (int view = 0; view < Math.min(VIEWS, source.info().horizontalViews()); view++) {
                readCorners(source.view(view, 0));
            }
        } catch (GigatileException refused) {
            // what the engine maps to a status
        }
    }

    /**
     * The first and last tile of every level, the first as stored JPEG too, and a region across tiles of the
     * full one. A failing tile is allowed (the others may still be good), so each read is tried on its own.
     */
    private static void readCorners(ImageSource source) {
        ImageInfo info = source.info();
        for (int l = 0; l < info.levels().size(); l++) {
            Level level = info.levels().get(l);
            tile(source, l, 0, 0);
            tile(source, l, level.tilesAcross() - 1, level.tilesDown() - 1);
        }
        try {
            source.encodedTile(0, 0, 0, "jpg");
        } catch (GigatileException refused) {
            // a corrupt tile
        }
        Level full = info.levels().get(0);
        Rect middle = new Rect(full.width() / 3, full.height() / 3, Math.max(1, full.width() / 3),
                Math.max(1, full.height() / 3));
        try {
            promised(info, source.readRegion(0, middle), middle);
        } catch (GigatileException refused) {
            // a corrupt or too large region
        }
    }

    private static void tile(ImageSource source, int l, int x, int y) {
        Raster tile;
        try {
            tile = source.readTile(l, x, y);
        } catch (GigatileException refused) {
            return;
        }
        promised(source.info(), tile, source.info().levels().get(l).tileRect(x, y));
    }

    private static void promised(ImageInfo info, Raster raster, Rect rect) {
        assertThat(raster.width()).isEqualTo(rect.width());
        assertThat(raster.height()).isEqualTo(rect.height());
        assertThat(raster.bands()).isEqualTo(info.bands());
        assertThat(raster.bitsPerSample()).isEqualTo(info.bitsPerSample());
        assertThat(raster.sampleType()).isEqualTo(info.sampleType());
    }
}
