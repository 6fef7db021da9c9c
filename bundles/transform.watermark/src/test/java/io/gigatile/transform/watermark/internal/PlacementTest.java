/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.watermark.internal;

import static io.gigatile.transform.watermark.internal.Marks.context;
import static io.gigatile.transform.watermark.internal.Marks.raster;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** iipsrv's blocks: twice the full-resolution tile size, one draw and one random place per block. */
class PlacementTest {
    @TempDir
    Path dir;

    /**
     * 80 x 70 in blocks of 32 (tiles of 16): columns 32, 32 and 16 wide, rows 32, 32 and 6 high, each with one 5 x 4
     * mark wholly inside it.
     */
    @Test
    void aRegionGetsOneMarkInEachBlock() throws IOException {
        WatermarkTransform watermark = new WatermarkTransform(Marks.grey(dir, "g.png", 5, 4, 7).toString(), 1, 1);
        Raster input = raster(80, 70, 1, 0);
        int[] lefts = {0, 32, 64};
        int[] widths = {32, 32, 16};
        int[] heights = {32, 32, 6};

        for (int run = 0; run < 20; run++) {
            Raster out = watermark.apply(input, List.of(), context(false, 16, 16));

            assertThat(Diff.changed(input, out)).isEqualTo(9 * 20);
            for (int row = 0; row < 3; row++) {
                for (int column = 0; column < 3; column++) {
                    int[] box = Diff.box(input, out, lefts[column], lefts[row], widths[column], heights[row]);
                    assertThat(box).as("block %d,%d", column, row).isNotNull();
                    assertThat(box[2] - box[0] + 1).isEqualTo(5);
                    assertThat(box[3] - box[1] + 1).isEqualTo(4);
                }
            }
            for (int i = 0; i < out.bytes().length; i++) {
                assertThat(out.bytes()[i]).isIn((byte) 0, (byte) 7);
            }
        }
    }

    /** The larger side of the tiles counts, and only the full-resolution level's (the context's others are 1000). */
    @Test
    void theBlockIsTwiceTheLargerTileSide() throws IOException {
        WatermarkTransform watermark = new WatermarkTransform(Marks.grey(dir, "g.png", 2, 2, 7).toString(), 1, 1);
        Raster input = raster(64, 64, 1, 0);

        assertThat(Diff.changed(input, watermark.apply(input, List.of(), context(false, 8, 16)))).isEqualTo(4 * 4);
        assertThat(Diff.changed(input, watermark.apply(input, List.of(), context(false, 16, 8)))).isEqualTo(4 * 4);
        // no larger than one block either way: one mark
        assertThat(Diff.changed(input, watermark.apply(input, List.of(), context(false, 32, 32)))).isEqualTo(4);
        Raster wide = raster(65, 10, 1, 0);
        // wider than a block: columns of 32, 32 and 1, the last cut to 1 x 2
        assertThat(Diff.changed(wide, watermark.apply(wide, List.of(), context(false, 16, 16)))).isEqualTo(4 + 4 + 2);
    }

    /** A mark larger than its block is cut to the block, at the block's corner: here it covers each block once. */
    @Test
    void aMarkLargerThanItsBlockIsCutToIt() throws IOException {
        Mark mark = mark("big.png", 40, 40);
        Raster input = raster(70, 40, 1, 0);

        byte[] out = Placement.stamp(mark, input, 32, 1, RandomGenerator.getDefault());

        assertThat(out).containsOnly((byte) 7);
    }

    /** Offsets reach the block's far edges and no further. */
    @Test
    void offsetsStayWithinTheBlock() throws IOException {
        Mark mark = mark("m.png", 5, 4);
        Raster input = raster(80, 70, 1, 0);

        Raster last = bytes(input, Placement.stamp(mark, input, 32, 1, new Fixed(0, true)));
        Raster first = bytes(input, Placement.stamp(mark, input, 32, 1, new Fixed(0, false)));

        assertThat(Diff.box(input, last, 64, 64, 16, 6)).containsExactly(75, 66, 79, 69);
        assertThat(Diff.box(input, last, 0, 0, 32, 32)).containsExactly(27, 28, 31, 31);
        assertThat(Diff.box(input, first, 64, 64, 16, 6)).containsExactly(64, 64, 68, 67);
    }

    /** A block gets a mark when the draw is below the probability, as in iipsrv. */
    @Test
    void eachBlockDrawsAgainstTheProbability() throws IOException {
        Mark mark = mark("m.png", 5, 4);
        Raster input = raster(80, 70, 1, 0);

        assertThat(Placement.stamp(mark, input, 32, 0.5f, new Fixed(0.5f, false))).isNull();
        assertThat(Placement.stamp(mark, input, 32, 0.51f, new Fixed(0.5f, false))).isNotNull();
        assertThat(Placement.stamp(mark, input, 32, 1, new Fixed(0.99999994f, false))).isNotNull();
    }

    @Test
    void lowProbabilitiesMarkSomeBlocksOnly() throws IOException {
        WatermarkTransform watermark = new WatermarkTransform(Marks.grey(dir, "g.png", 1, 1, 7).toString(), 0.5f, 1);
        Raster input = raster(640, 640, 1, 0);

        // 400 blocks of 32: at probability 0.5, fewer than 120 or more than 280 is out of the question
        int marks = Diff.changed(input, watermark.apply(input, List.of(), context(false, 16, 16)));

        assertThat(marks).isBetween(120, 280);
    }

    private Mark mark(String name, int width, int height) throws IOException {
        return Mark.of(MarkReader.read(Marks.grey(dir, name, width, height, 7)), 1);
    }

    private static Raster bytes(Raster like, byte[] samples) {
        return Raster.ofBytes(like.width(), like.height(), like.bands(), ColourSpace.GREY, samples);
    }

    /** Draws one value for every block, and the smallest or the largest offset. */
    private record Fixed(float draw, boolean far) implements RandomGenerator {
        @Override
        public float nextFloat() {
            return draw;
        }

        @Override
        public int nextInt(int bound) {
            return far ? bound - 1 : 0;
        }

        @Override
        public long nextLong() {
            throw new AssertionError("not drawn");
        }
    }
}
