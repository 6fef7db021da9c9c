/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ImageRequest;
import io.gigatile.api.Region;
import io.gigatile.api.Size;
import io.gigatile.api.SourceUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A purge makes the next request read the image anew: store, source, tiles and responses. */
class EnginePurgeTest {
    @TempDir
    Path dir;

    private EngineFixture fixture() {
        // a long revalidation interval, so that only the purge can make the engine ask again
        return new EngineFixture(dir, EngineFixture.DEFAULTS, new CacheSettings(Duration.ofHours(1), 64L << 20));
    }

    private static ImageRequest region(String id) {
        return ImageRequest.builder(id).region(Region.pixels(0, 0, 200, 200)).size(Size.MAX)
                .format(RawEncoder.FORMAT).build();
    }

    @Test
    void aPurgedImageIsOpenedDecodedAndRenderedAgain() {
        EngineFixture f = fixture();
        MemoryCache responses = new MemoryCache();
        f.engine.bindCache(responses, Map.of("service.ranking", 0));
        String a = f.write("a.syn", 300, 200, 100);
        String b = f.write("b.syn", 300, 200, 100);
        f.rendered(region(a));
        f.rendered(region(b));

        f.engine.purge(a);

        assertThat(responses.held).hasSize(1).allSatisfy((key, image) -> assertThat(key).startsWith(b + "|"));
        f.rendered(region(a));
        assertThat(f.decoder.opened).as("a reopened, b still open").hasSize(3);
        assertThat(f.decoder.opened.get(2).tileReads).hasSize(4);
        assertThat(f.engine.openSources()).isEqualTo(2);
    }

    @Test
    void purgingEverythingEmptiesEveryCache() {
        EngineFixture f = fixture();
        MemoryCache responses = new MemoryCache();
        f.engine.bindCache(responses, Map.of("service.ranking", 0));
        String a = f.write("a.syn", 300, 200, 100);
        f.rendered(region(a));

        f.engine.purgeAll();

        assertThat(responses.held).isEmpty();
        assertThat(f.engine.openSources()).isZero();
        assertThat(f.engine.tileCacheBytes()).isZero();
    }

    @Test
    void aMissingImageCanBePurgedAndAnUnroutedOneCannot() {
        EngineFixture f = fixture();

        f.engine.purge("never-seen.syn");

        f.engine.unbindStore(f.store());
        assertThatThrownBy(() -> f.engine.purge("x.syn")).isInstanceOf(SourceUnavailableException.class);
    }
}
