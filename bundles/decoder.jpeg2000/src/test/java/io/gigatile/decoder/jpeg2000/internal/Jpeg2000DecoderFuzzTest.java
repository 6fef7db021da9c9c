/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.testing.MemoryImage;

/**
 * Any bytes open as JPEG 2000 (JP2, JPX or a raw codestream), through the header reader of jp2.codestream and
 * jj2000, and give tiles of the promised size, or fail with a {@link GigatileException} (a corrupt file, a limit):
 * never another exception, an out-of-memory error from a size that the file only claims, or a hang. The decoder
 * is configured with a limit of 4 Mpixel per decode rather than the default 64, so that the heap of a fuzzing JVM
 * holds what the limit lets through. The seeds (Jpeg2000DecoderFuzzTestInputs) are tiny files of each container.
 * See docs/robustness.md.
 */
class Jpeg2000DecoderFuzzTest {
    private static final long MAX_DECODE_PIXELS = 4_000_000L;

    private final Jpeg2000Decoder decoder = new Jpeg2000Decoder(MAX_DECODE_PIXELS, Jpeg2000Decoder.TILE_SIZE);

    @FuzzTest(maxDuration = "4s")
    void anyBytesAreAnImageOrACorruptFile(byte[] input) {
        MemoryImage image = new MemoryImage("memory.jp2", input);
        try (ImageSource source = decoder.open(image, image)) {
            ImageInfo info = source.info();
            // the smallest level first: the cheapest decode, and the one a viewer asks for first
            tile(source, info.levels().size() - 1, 0, 0, ImageSource.DEFAULT_LAYERS);
            Level full = info.levels().get(0);
            tile(source, 0, full.tilesAcross() - 1, full.tilesDown() - 1, 1);
        } catch (GigatileException refused) {
            // what the engine maps to a status
        }
    }

    /** A failing tile is allowed (the others may still be good), so each read is tried on its own. */
    private static void tile(ImageSource source, int l, int x, int y, int layers) {
        Raster tile;
        try {
            tile = source.readTile(l, x, y, layers);
        } catch (GigatileException refused) {
            return;
        }
        ImageInfo info = source.info();
        assertThat(tile.width()).isEqualTo(info.levels().get(l).tileRect(x, y).width());
        assertThat(tile.height()).isEqualTo(info.levels().get(l).tileRect(x, y).height());
        assertThat(tile.bands()).isEqualTo(info.bands());
        assertThat(tile.bitsPerSample()).isEqualTo(info.bitsPerSample());
        assertThat(tile.sampleType()).isEqualTo(info.sampleType());
    }
}
