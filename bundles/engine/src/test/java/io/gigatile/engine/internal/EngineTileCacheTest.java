/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageRequest;
import io.gigatile.api.Region;
import io.gigatile.api.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlapping regions decode each tile once; a new version of the image decodes anew. */
class EngineTileCacheTest {
    @TempDir
    Path dir;

    private EngineFixture fixture(long tileBytes) {
        return new EngineFixture(dir, EngineFixture.DEFAULTS, new CacheSettings(Duration.ZERO, tileBytes));
    }

    private static ImageRequest.Builder region(String id, int x, int y, int w, int h) {
        return ImageRequest.builder(id).region(Region.pixels(x, y, w, h)).size(Size.MAX);
    }

    @Test
    void overlappingRegionsDecodeEachTileOnce() {
        EngineFixture f = fixture(64L << 20);
        String id = f.write("a.syn", 1000, 700, 100);

        RawEncoder.Image first = f.render(region(id, 50, 50, 200, 200));
        RawEncoder.Image second = f.render(region(id, 150, 150, 200, 200));

        List<String> decoded = f.source().tileReads;
        assertThat(decoded).doesNotHaveDuplicates();
        assertThat(decoded).as("9 tiles, then the 5 of the second region the first did not touch").hasSize(9 + 5);
        assertThat(first.width()).isEqualTo(200);
        for (int band = 0; band < 3; band++) {
            assertThat(second.sample(0, 0, band)).isEqualTo(first.sample(100, 100, band));
        }
    }

    @Test
    void theCacheHoldsNoMoreThanItsBound() {
        long oneTile = 100 * 100 * 3;
        EngineFixture f = fixture(4 * oneTile);
        String id = f.write("a.syn", 1000, 700, 100);

        f.render(region(id, 0, 0, 300, 300));
        f.render(region(id, 0, 0, 300, 300));

        assertThat(f.source().tileReads).hasSize(18);
        assertThat(f.engine.tileCacheBytes()).isLessThanOrEqualTo(4 * oneTile);
    }

    @Test
    void aReplacedImageIsDecodedAgain() throws IOException {
        EngineFixture f = fixture(64L << 20);
        String id = f.write("a.syn", 300, 200, 100);
        f.render(region(id, 0, 0, 100, 100));
        f.write("a.syn", new SyntheticSource.Spec(300, 200, 100, 3, "constant-7", "-"));
        Files.setLastModifiedTime(dir.resolve("a.syn"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        RawEncoder.Image after = f.render(region(id, 0, 0, 100, 100));

        assertThat(after.sample(10, 10, 0)).isEqualTo(7);
        assertThat(f.decoder.opened).hasSize(2);
        assertThat(f.decoder.opened.get(1).tileReads).containsExactly("0/0/0");
    }

    @Test
    void withoutATileCacheRegionsAreTheDecodersOwnReads() {
        EngineFixture f = fixture(0);
        String id = f.write("a.syn", 1000, 700, 100);

        f.render(region(id, 50, 50, 200, 200));

        assertThat(f.source().reads).hasSize(1);
    }
}
