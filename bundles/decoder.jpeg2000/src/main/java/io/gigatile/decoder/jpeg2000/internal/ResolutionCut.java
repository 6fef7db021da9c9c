/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import jj2000.j2k.image.DataBlk;
import jj2000.j2k.wavelet.synthesis.CBlkWTDataSrcDec;
import jj2000.j2k.wavelet.synthesis.SubbandSyn;

/**
 * Shows the inverse wavelet transform each tile-component's subband tree from the wanted resolution down. jj2000's
 * full-frame transform allocates its buffer for the tree's top: given the whole tree, it allocates the tile at full
 * resolution even to reconstruct a small resolution of it (and jai-imageio's reader lives with that), so an
 * untiled image would need its full size in memory for a thumbnail. From the cut tree it allocates and
 * reconstructs only the wanted resolution. The cut trees are the same subband objects, so the stages before this
 * one decode the same code-blocks.
 */
final class ResolutionCut extends ForwardingWaveletData implements CBlkWTDataSrcDec {
    private final CBlkWTDataSrcDec blocks;
    private final int reduction;

    /**
     * @param blocks the dequantised code-blocks
     * @param reduction how many times the resolution is halved from full
     */
    ResolutionCut(CBlkWTDataSrcDec blocks, int reduction) {
        super(blocks);
        this.blocks = blocks;
        this.reduction = reduction;
    }

    @Override
    public SubbandSyn getSynSubbandTree(int t, int c) {
        SubbandSyn tree = blocks.getSynSubbandTree(t, c);
        // the low-pass band of a decomposition level is the image at the next smaller resolution
        for (int i = 0; i < reduction && tree.isNode; i++) {
            tree = (SubbandSyn) tree.getLL();
        }
        if (!tree.isNode && tree.hFilter == null && tree.getParent() != null) {
            // the transform takes its data type (float for the 9/7 wavelet) from the top's filters, which only
            // nodes have: without them it would dequantise the smallest resolution to integers. The trees are this
            // decode's own (the reader makes them per tile), and a leaf's filters are read for nothing else
            SubbandSyn parent = (SubbandSyn) tree.getParent();
            tree.hFilter = parent.hFilter;
            tree.vFilter = parent.vFilter;
        }
        return tree;
    }

    @Override
    public int getNomRangeBits(int c) {
        return blocks.getNomRangeBits(c);
    }

    @Override
    public int getFixedPoint(int c) {
        return blocks.getFixedPoint(c);
    }

    @Override
    public DataBlk getCodeBlock(int c, int m, int n, SubbandSyn sb, DataBlk cblk) {
        return blocks.getCodeBlock(c, m, n, sb, cblk);
    }

    @Override
    public DataBlk getInternCodeBlock(int c, int m, int n, SubbandSyn sb, DataBlk cblk) {
        return blocks.getInternCodeBlock(c, m, n, sb, cblk);
    }
}
