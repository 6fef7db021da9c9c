/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EngineSettingsTest {

    static EngineConfig config(int maxSize, int interpolation, int cache) {
        return config(maxSize, interpolation, cache, 2, 64);
    }

    static EngineConfig config(int maxSize, int interpolation, int cache, int revalidate, int tileMegabytes) {
        return new EngineConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EngineConfig.class;
            }

            @Override
            public int maxSize() {
                return maxSize;
            }

            @Override
            public boolean allowUpscaling() {
                return false;
            }

            @Override
            public int interpolation() {
                return interpolation;
            }

            @Override
            public boolean codecPassthrough() {
                return false;
            }

            @Override
            public int maxMetadataCache() {
                return cache;
            }

            @Override
            public int revalidateAfter() {
                return revalidate;
            }

            @Override
            public int tileCacheSize() {
                return tileMegabytes;
            }

            @Override
            public int maxLayers() {
                return -3;
            }

            @Override
            public int decodeTimeLimit() {
                return -1;
            }

            @Override
            public int maxIcc() {
                return -7;
            }

            @Override
            public int renderMemory() {
                return 0;
            }

            @Override
            public int renderWait() {
                return 10;
            }
        };
    }

    @Test
    void cacheSettingsComeInSecondsAndMegabytesAndNeverNegative() {
        assertThat(CacheSettings.of(config(5000, 1, 10, 3, 16)))
                .isEqualTo(new CacheSettings(Duration.ofSeconds(3), 16L << 20));
        assertThat(CacheSettings.of(config(5000, 1, 10, -1, -5))).isEqualTo(new CacheSettings(Duration.ZERO, 0));
    }

    @Test
    void theConfigurationDefaultsAreIipsrvs() throws ReflectiveOperationException {
        assertThat(EngineConfig.class.getMethod("maxSize").getDefaultValue()).isEqualTo(5000);
        assertThat(EngineConfig.class.getMethod("allowUpscaling").getDefaultValue()).isEqualTo(true);
        assertThat(EngineConfig.class.getMethod("interpolation").getDefaultValue()).isEqualTo(1);
        assertThat(EngineConfig.class.getMethod("codecPassthrough").getDefaultValue()).isEqualTo(true);
        assertThat(EngineConfig.class.getMethod("maxLayers").getDefaultValue()).isEqualTo(0);
        assertThat(EngineConfig.class.getMethod("maxMetadataCache").getDefaultValue()).isEqualTo(1000);
        assertThat(EngineConfig.class.getMethod("decodeTimeLimit").getDefaultValue()).isEqualTo(30);
        assertThat(EngineConfig.class.getMethod("maxIcc").getDefaultValue()).isEqualTo(EngineSettings.DEFAULT_MAX_ICC);
    }

    @Test
    void valuesAreTakenAsGiven() {
        assertThat(EngineSettings.of(config(-1, 0, 0))).isEqualTo(new EngineSettings(-1, false, 0, false, 0, -1, -1));
        assertThat(EngineSettings.of(config(256, 1, -1)))
                .isEqualTo(new EngineSettings(256, false, 1, false, -1, -1, -1));
    }

    @Test
    void valuesOutOfRangeFallBackInsteadOfStoppingTheServer() {
        assertThat(EngineSettings.of(config(0, 7, -9)))
                .isEqualTo(new EngineSettings(5000, false, 1, false, -1, -1, -1));
        assertThat(EngineSettings.of(config(-5, 1, 1)).maxSize()).as("as iipsrv: below -1 is 1").isEqualTo(1);
    }

    @Test
    void readsAreBoundedByTheSizeLimitOrAFixedBudget() {
        assertThat(new EngineSettings(100, true, 1, true, 1).maxReadPixels(3)).isEqualTo(40_000);
        assertThat(new EngineSettings(-1, true, 1, true, 1).maxReadPixels(4)).isEqualTo((1L << 28) / 4);
    }

    @Test
    void reconfiguringKeepsTheEngineAndItsOpenSources(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        EngineFixture fixture = new EngineFixture(dir);
        String id = fixture.write("a.syn", 800, 600, 256);
        fixture.render(io.gigatile.api.ImageRequest.builder(id).size(
                new io.gigatile.api.Size(io.gigatile.api.Size.Kind.WIDTH, 400, 0, false)));
        assertThat(fixture.engine.openSources()).isEqualTo(1);

        fixture.engine.modified(config(200, 0, 5));

        assertThat(fixture.engine.limits().maxSize()).isEqualTo(200);
        assertThat(fixture.engine.limits().allowUpscaling()).isFalse();
        assertThat(fixture.engine.openSources()).isEqualTo(1);
        RawEncoder.Image image = fixture.render(io.gigatile.api.ImageRequest.builder(id));
        assertThat(image.width()).isEqualTo(200);
        fixture.engine.modified(config(200, 0, 0));
        assertThat(fixture.engine.openSources()).isZero();
    }
}
