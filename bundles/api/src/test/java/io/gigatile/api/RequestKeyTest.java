/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Cache keys are shared (memcached) between servers of a deployment and kept across restarts: the faster way of
 * writing them must write what {@code String.format} wrote.
 */
class RequestKeyTest {

    @Test
    void regionKeysAreWhatTheyWere() {
        assertThat(Region.pixels(12, 0, 3000, 2000).key())
                .isEqualTo(String.format(Locale.ROOT, "px:%d,%d,%d,%d", 12L, 0L, 3000L, 2000L));
        assertThat(Region.fraction(0.1, 0.25, 1.0 / 3, 1e-7).key())
                .isEqualTo(String.format(Locale.ROOT, "fr:%s,%s,%s,%s", 0.1, 0.25, 1.0 / 3, 1e-7));
        assertThat(Region.tile(3, 17, 4).key()).isEqualTo(String.format(Locale.ROOT, "tile:%d:%d,%d", 3, 17, 4));
    }

    @Test
    void rotationsAreWrittenAsDoubleToStringWritesThem() {
        for (double angle : new double[] {0, -0.0, 90, 22.5, 359.999}) {
            String key = ImageRequest.builder("a.tif").rotation(angle, false).build().cacheKey();
            assertThat(key).as("%s", angle).contains("|" + Double.toString(angle) + "|");
        }
    }
}
