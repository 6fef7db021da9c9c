/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.twist.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.TransformContract;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TwistTransformTest {
    private final TwistTransform twist = new TwistTransform();

    @Test
    void matchesTheMatrixProduct() {
        Raster input = Rasters.randomFloats(5, 4, 3, ColourSpace.SRGB, 1);
        float[] samples = input.floats();
        double[][] matrix = {{0.5, 0.5, 0}, {0, 0, 1}, {-0.25, 1.5, 2e-1}, {1, 1, 1}};

        Raster out = twist.apply(input, List.of("0.5,0.5,0", "0,0,1", "-0.25, 1.5, 2e-1", "1,1,1"));

        assertThat(out.bands()).isEqualTo(4);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.MULTIBAND);
        for (int p = 0; p < 20; p++) {
            for (int k = 0; k < 4; k++) {
                double expected = 0;
                for (int j = 0; j < 3; j++) {
                    expected += matrix[k][j] * samples[p * 3 + j];
                }
                assertThat(out.floats()[p * 4 + k]).as("pixel %d band %d", p, k)
                        .isCloseTo((float) expected, within(1e-6f));
            }
        }
    }

    @Test
    void sumsInSinglePrecisionLikeIipsrv() {
        Raster input = Raster.ofFloats(1, 1, 3, ColourSpace.SRGB, new float[] {0.1f, 0.2f, 0.3f});

        Raster out = twist.apply(input, List.of("0.299,0.587,0.114"));

        assertThat(out.floats()[0]).isEqualTo(0f + 0.1f * 0.299f + 0.2f * 0.587f + 0.3f * 0.114f);
    }

    @Test
    void raggedRowsUseFewerBandsOrIgnoreExtraCoefficients() {
        Raster input = Raster.ofFloats(2, 1, 3, ColourSpace.SRGB, new float[] {0.2f, 0.4f, 0.8f, 1f, 0.5f, 0f});

        Raster out = twist.apply(input, List.of("1", "0,1,0,5,7", "0.5,0.5"));

        assertThat(out.bands()).isEqualTo(3);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.SRGB);
        assertThat(out.floats()).containsExactly(
                0.2f, 0.4f, 0.5f * 0.2f + 0.5f * 0.4f,
                1f, 0.5f, 0.5f * 1f + 0.5f * 0.5f);
    }

    @Test
    void colourSpaceFollowsTheNumberOfRows() {
        Raster input = Raster.ofFloats(1, 1, 2, ColourSpace.MULTIBAND, new float[] {0.5f, 0.25f});

        assertThat(twist.apply(input, List.of("1,1")).colourSpace()).isEqualTo(ColourSpace.GREY);
        assertThat(twist.apply(input, List.of("1", "0,1")).colourSpace()).isEqualTo(ColourSpace.MULTIBAND);
        assertThat(twist.apply(input, List.of("1", "0,1", "1,1")).colourSpace()).isEqualTo(ColourSpace.SRGB);
        assertThat(twist.apply(input, List.of("1", "0,1", "1,1", "0")).colourSpace())
                .isEqualTo(ColourSpace.MULTIBAND);
    }

    @Test
    void zeroCoefficientsSkipTheirBandAsIipsrvDoes() {
        Raster input = Raster.ofFloats(1, 1, 3, ColourSpace.SRGB,
                new float[] {Float.POSITIVE_INFINITY, 0.5f, Float.NaN});

        assertThat(twist.apply(input, List.of("0,1,0", "-0,2")).floats()).containsExactly(0.5f, 1f);
    }

    @Test
    void largestMatrixIsAccepted() {
        List<String> rows = Collections.nCopies(64, String.join(",", Collections.nCopies(64, "0.5")));
        Raster input = Raster.ofFloats(1, 1, 64, ColourSpace.MULTIBAND, new float[64]);

        assertThat(twist.apply(input, rows).bands()).isEqualTo(64);
    }

    @Test
    void argumentsAreCheckedBeforeTheRaster() {
        Raster bytes = Raster.ofBytes(1, 1, 1, ColourSpace.GREY, new byte[1]);

        assertThatThrownBy(() -> twist.apply(bytes, List.of("x"))).isInstanceOf(BadRequestException.class);
    }

    @Nested
    class Contract extends TransformContract {
        Contract() {
            super(twist, "twist", TransformStage.TWIST, List.of("0.5,0.5,0", "0,0,1", "-0.25, 1.5, 2e-1", "1,1,1"),
                    Rasters.randomFloats(16, 12, 3, ColourSpace.SRGB, 1));
        }

        @Override
        protected List<List<String>> malformedArguments() {
            String huge = "1".repeat(100_000);
            List<List<String>> bad = new ArrayList<>(List.of(List.of(), List.of(""), List.of(" "), List.of("1,,2"),
                    List.of("1,"), List.of(",1"), List.of("1", ""), List.of("abc"), List.of("NaN"),
                    List.of("Infinity"), List.of("1e999"), List.of("-1e39"), List.of("0x1p3"), List.of("1f"),
                    List.of("1d"), List.of("1;2"), List.of("[1,2]"), List.of(huge), List.of("0," + huge)));
            bad.add(Collections.nCopies(65, "1"));
            bad.add(List.of(String.join(",", Collections.nCopies(65, "0"))));
            bad.add(List.of(",".repeat(100_000)));
            return bad;
        }
    }
}
