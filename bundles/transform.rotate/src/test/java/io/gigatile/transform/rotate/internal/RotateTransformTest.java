/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.rotate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.TransformContract;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RotateTransformTest {
    private final RotateTransform rotate = new RotateTransform();
    private final Raster grey = Raster.ofBytes(2, 2, 1, ColourSpace.GREY, new byte[] {1, 2, 3, 4});

    @Test
    void zeroAndFullTurnsAreNoOps() {
        assertThat(rotate.apply(grey, List.of("0"))).isSameAs(grey);
        assertThat(rotate.apply(grey, List.of("360"))).isSameAs(grey);
        assertThat(rotate.apply(grey, List.of("0.0"))).isSameAs(grey);
    }

    @Test
    void longDecimalsFromTheEngineAreAccepted() {
        Raster out = rotate.apply(grey, List.of("33.333333333333336"));

        assertThat(out.bands()).isEqualTo(2);
    }

    @Test
    void refusesSamplesOtherThanEightBit() {
        List<Raster> rasters = List.of(
                Raster.ofShorts(2, 2, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY, new short[4]),
                Raster.ofFloats(2, 2, 1, ColourSpace.GREY, new float[4]),
                Raster.ofInts(2, 2, 1, SampleType.UNSIGNED, ColourSpace.GREY, new int[4]),
                Raster.ofBytes(2, 2, 1, 8, SampleType.SIGNED, ColourSpace.GREY, new byte[4]),
                Raster.ofBytes(2, 2, 1, 4, SampleType.UNSIGNED, ColourSpace.GREY, new byte[4]));

        for (Raster raster : rasters) {
            for (String angle : List.of("90", "45")) {
                assertThatThrownBy(() -> rotate.apply(raster, List.of(angle))).as(raster + " by " + angle)
                        .isInstanceOf(UnsupportedFormatException.class)
                        .hasMessage("rotation needs 8-bit samples")
                        .satisfies(e -> assertThat(((UnsupportedFormatException) e).isFeature()).isTrue());
            }
        }
    }

    @Test
    void otherColourSpacesTurnOnlyByRightAngles() {
        List<Raster> rasters = List.of(
                Raster.ofBytes(2, 2, 3, ColourSpace.MULTIBAND, new byte[12]),
                Raster.ofBytes(2, 2, 3, ColourSpace.CIELAB, new byte[12]),
                Raster.ofBytes(2, 2, 1, ColourSpace.PALETTE, new byte[4]),
                Raster.ofBytes(2, 2, 5, ColourSpace.SRGB, new byte[20]),
                Raster.ofBytes(2, 2, 3, ColourSpace.GREY, new byte[12]));

        for (Raster raster : rasters) {
            assertThat(rotate.apply(raster, List.of("90")).bands()).isEqualTo(raster.bands());
            assertThatThrownBy(() -> rotate.apply(raster, List.of("45"))).as(raster.toString())
                    .isInstanceOf(UnsupportedFormatException.class)
                    .hasMessage("rotation by other than multiples of 90 needs grey or RGB");
        }
    }

    @Nested
    class Contract extends TransformContract {
        Contract() {
            super(rotate, "rotate", TransformStage.ROTATE, List.of("90"),
                    Rasters.randomBytes(16, 12, 3, ColourSpace.SRGB, 1));
        }

        @Override
        protected int[] outputSize(Raster in) {
            return new int[] {in.height(), in.width()};
        }

        @Override
        protected List<List<String>> malformedArguments() {
            return List.of(List.of(), List.of("90", "1"), List.of("-90"), List.of("360.5"), List.of("400"),
                    List.of("abc"), List.of("NaN"), List.of("1e2"), List.of(""), List.of("90."), List.of(".5"),
                    List.of("1".repeat(65)));
        }
    }
}
