/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.watermark.internal;

import static io.gigatile.transform.watermark.internal.Marks.context;
import static io.gigatile.transform.watermark.internal.Marks.raster;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.TransformContract;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatermarkTransformTest {
    /** A 3 x 2 mark of six colours, none black, so that every one of its pixels shows. */
    private static final int[] COLOURS = {0xC86432, 0x0A141E, 0x010203, 0xFFFFFF, 0x808080, 0x102030};

    @TempDir
    Path dir;

    /** For the contract, whose transform is made before {@link #dir} is. */
    @TempDir
    static Path marks;

    @Test
    void aTileGetsOneWholeMarkRaisedByItsValues() throws IOException {
        WatermarkTransform watermark = new WatermarkTransform(Marks.rgb(dir, "m.png", COLOURS, 3).toString(), 1, 1);
        Raster input = raster(10, 8, 3, 10);

        for (int run = 0; run < 50; run++) {
            Raster out = watermark.apply(input, List.of(), context(true, 256, 256));

            int[] box = Diff.box(input, out);
            assertThat(box[2] - box[0] + 1).as("width").isEqualTo(3);
            assertThat(box[3] - box[1] + 1).as("height").isEqualTo(2);
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 10; x++) {
                    boolean marked = x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
                    int colour = marked ? COLOURS[(y - box[1]) * 3 + x - box[0]] : 0;
                    assertThat(Diff.pixel(out, x, y)).as("%d,%d", x, y).containsExactly(raised(colour >> 16),
                            raised(colour >> 8), raised(colour));
                }
            }
        }
    }

    @Test
    void sumsSaturateAt255() throws IOException {
        WatermarkTransform watermark = new WatermarkTransform(Marks.rgb(dir, "m.png", new int[] {0xC86432}, 1)
                .toString(), 1, 1);

        Raster out = watermark.apply(raster(1, 1, 3, 200), List.of(), context(true, 256, 256));

        assertThat(Diff.pixel(out, 0, 0)).containsExactly(255, 255, 250);
    }

    @Test
    void opacityAndAlphaScaleWhatIsAdded() throws IOException {
        WatermarkTransform half = new WatermarkTransform(Marks.rgba(dir, "o.png", 1, 1, 0xFFC86432).toString(), 1,
                0.5f);
        WatermarkTransform translucent = new WatermarkTransform(Marks.rgba(dir, "t.png", 1, 1, 0x80C86432)
                .toString(), 1, 1);

        assertThat(Diff.pixel(half.apply(raster(1, 1, 3, 0), List.of()), 0, 0)).containsExactly(100, 50, 25);
        // see MarkTest: libtiff's premultiplied colour, multiplied by alpha again, as in iipsrv
        assertThat(Diff.pixel(translucent.apply(raster(1, 1, 3, 0), List.of()), 0, 0)).containsExactly(50, 25, 12);
    }

    @Test
    void probabilityZeroOrOpacityZeroLeaveTheInputAsItIs() throws IOException {
        String file = Marks.rgb(dir, "m.png", COLOURS, 3).toString();
        Raster input = raster(600, 600, 3, 10);

        assertThat(new WatermarkTransform(file, 0, 1).apply(input, List.of(), context(false, 64, 64))).isSameAs(input);
        assertThat(new WatermarkTransform(file, 1, 0).apply(input, List.of(), context(true, 64, 64))).isSameAs(input);
    }

    /** Tiles and calls without a context get one mark however large the raster; regions get one per block. */
    @Test
    void oneMarkForATileOrWithoutContextSeveralForARegion() throws IOException {
        WatermarkTransform watermark = new WatermarkTransform(Marks.grey(dir, "g.png", 4, 4, 7).toString(), 1, 1);
        Raster input = raster(300, 200, 1, 0);

        assertThat(Diff.changed(input, watermark.apply(input, List.of()))).isEqualTo(16);
        assertThat(Diff.changed(input, watermark.apply(input, List.of(), context(true, 16, 16)))).isEqualTo(16);
        assertThat(Diff.changed(input, watermark.apply(input, List.of(), null))).isEqualTo(16);
        // blocks of 32: 10 x 7 of them, a mark in each
        assertThat(Diff.changed(input, watermark.apply(input, List.of(), context(false, 16, 16)))).isEqualTo(70 * 16);
    }

    /** Band k takes channel k; a grey band takes red, as iipsrv indexes it; from the fourth band on, k % 3. */
    @Test
    void eachBandTakesItsChannel() throws IOException {
        WatermarkTransform watermark = new WatermarkTransform(Marks.rgb(dir, "m.png", new int[] {0x1E140A}, 1)
                .toString(), 1, 1);

        assertThat(watermark.apply(raster(1, 1, 1, 0), List.of()).bytes()).containsExactly(30);
        assertThat(watermark.apply(raster(1, 1, 2, 0), List.of()).bytes()).containsExactly(30, 20);
        assertThat(watermark.apply(raster(1, 1, 3, 0), List.of()).bytes()).containsExactly(30, 20, 10);
        assertThat(watermark.apply(raster(1, 1, 4, 0), List.of()).bytes()).containsExactly(30, 20, 10, 30);
        Raster multiband = Raster.ofBytes(1, 1, 5, ColourSpace.MULTIBAND, new byte[5]);
        assertThat(watermark.apply(multiband, List.of()).bytes()).containsExactly(30, 20, 10, 30, 20);
    }

    @Test
    void blackAndWhiteBecomesGrey() throws IOException {
        WatermarkTransform watermark = new WatermarkTransform(Marks.grey(dir, "g.png", 1, 1, 7).toString(), 1, 1);
        Raster bilevel = Raster.ofBytes(1, 2, 1, ColourSpace.BILEVEL, new byte[] {0, 0});

        Raster out = watermark.apply(bilevel, List.of());

        assertThat(out.colourSpace()).isEqualTo(ColourSpace.GREY);
        assertThat(out.bytes()).containsExactlyInAnyOrder(0, 7);
    }

    @Test
    void refusesSamplesThatAreNotEightBits() throws IOException {
        WatermarkTransform watermark = new WatermarkTransform(Marks.grey(dir, "g.png", 1, 1, 7).toString(), 1, 1);

        Raster deep = Raster.ofShorts(1, 1, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY, new short[1]);
        assertThatThrownBy(() -> watermark.apply(deep, List.of(), context(true, 16, 16)))
                .isInstanceOf(UnsupportedFormatException.class);
        Raster signed = Raster.ofBytes(1, 1, 1, 8, SampleType.SIGNED, ColourSpace.GREY, new byte[1]);
        assertThatThrownBy(() -> watermark.apply(signed, List.of())).isInstanceOf(UnsupportedFormatException.class);
    }

    @Nested
    class Contract extends TransformContract {
        /** A mark the size of the raster, always drawn: there is one place for it, so every call gives the same. */
        Contract() throws IOException {
            super(new WatermarkTransform(Marks.grey(marks, "contract.png", 16, 12, 7).toString(), 1, 1), "watermark",
                    TransformStage.WATERMARK, List.of(), Rasters.randomBytes(16, 12, 3, ColourSpace.SRGB, 1));
        }
    }

    /** @return 10 plus the colour's low byte, saturated */
    private static int raised(int colour) {
        return Math.min(255, 10 + (colour & 0xFF));
    }
}
