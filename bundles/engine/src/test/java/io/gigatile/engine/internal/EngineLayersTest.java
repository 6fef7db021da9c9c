/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageRequest;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Region;
import io.gigatile.api.Size;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quality layers reach the source as iipsrv's View::getLayers computes them, through the tile cache or not. */
class EngineLayersTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "MAX_LAYERS {0}, LYR {1} -> {2}")
    @CsvSource({"0, 0, 0", "0, 3, 3", "-1, 0, -1", "-1, 2, 2", "4, 0, 4", "4, 2, 2", "4, 9, 4", "-7, 0, -1"})
    void maxLayersBoundsWhatARequestAsks(int maxLayers, int requested, int decoded) {
        EngineSettings settings = new EngineSettings(5000, true, 1, true, 1000, Math.max(-1, maxLayers));

        assertThat(settings.layers(requested)).isEqualTo(decoded);
    }

    private EngineFixture fixture(int maxLayers, long tileCache) {
        EngineSettings settings = new EngineSettings(5000, true, 1, true, 1000, maxLayers);
        return new EngineFixture(dir, settings, new CacheSettings(Duration.ZERO, tileCache));
    }

    private static ImageRequest.Builder region(String id, int layers) {
        return ImageRequest.builder(id).region(Region.pixels(0, 0, 150, 150)).size(Size.MAX).layers(layers);
    }

    @Test
    void requestedLayersReachTheDecoderThroughTheTileCache() {
        EngineFixture f = fixture(0, 64L << 20);
        String id = f.write("a.syn", 400, 300, 100);

        f.render(region(id, 2));

        assertThat(f.source().layerReads).hasSize(4).containsOnly(2);
    }

    @Test
    void requestedLayersReachTheDecoderWithoutTheTileCache() {
        EngineFixture f = fixture(-1, 0);
        String id = f.write("a.syn", 400, 300, 100);

        f.render(region(id, 0));

        assertThat(f.source().layerReads).containsExactly(ImageSource.ALL_LAYERS);
    }

    @Test
    void tilesDecodedWithOtherLayersAreCachedApart() {
        EngineFixture f = fixture(0, 64L << 20);
        String id = f.write("a.syn", 400, 300, 100);

        f.render(region(id, 1));
        // the same four tiles, already decoded with one layer
        f.render(ImageRequest.builder(id).region(Region.pixels(50, 50, 100, 100)).size(Size.MAX).layers(1));
        f.render(region(id, 3));

        assertThat(f.source().layerReads).containsExactly(1, 1, 1, 1, 3, 3, 3, 3);
    }
}
