/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.examples.transform.tilegrid;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class TileGridTransformTest {
    private final TileGridTransform grid = new TileGridTransform(new Version(0, 1, 0));

    @Test
    void theEdgesGoBlackAndTheInsideStays() {
        byte[] white = new byte[6 * 5 * 3];
        Arrays.fill(white, (byte) 200);
        Raster out = grid.apply(Raster.ofBytes(6, 5, 3, ColourSpace.SRGB, white), List.of());
        byte[] s = out.bytes();
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 6; x++) {
                boolean edge = x < 2 || x >= 4 || y < 2 || y >= 3;
                assertThat(s[(y * 6 + x) * 3 + 1] & 0xff).as(x + "," + y).isEqualTo(edge ? 0 : 200);
            }
        }
        assertThat(white[0]).as("the input is left alone").isEqualTo((byte) 200);
    }

    @Test
    void otherSampleTypesPassUnchanged() {
        Raster floats = Raster.ofFloats(2, 2, 1, ColourSpace.GREY, new float[4]);
        assertThat(grid.apply(floats, List.of())).isSameAs(floats);
    }
}
