/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import jj2000.j2k.codestream.reader.BitstreamReaderAgent;
import jj2000.j2k.decoder.DecoderSpecs;
import jj2000.j2k.entropy.decoder.CodedCBlkDataSrcDec;
import jj2000.j2k.entropy.decoder.DecLyrdCBlk;
import jj2000.j2k.wavelet.synthesis.SubbandSyn;

/**
 * Hands the entropy decoder only the first quality layers of each code-block. jj2000's reader can stop after a
 * layer (its {@code lQuit}), but jai-imageio fixed that to "all"; the entropy decoder asks its source for "every
 * layer from the first", so this stage between them answers with fewer.
 */
final class LayerLimit extends ForwardingWaveletData implements CodedCBlkDataSrcDec {
    private final BitstreamReaderAgent reader;
    private final DecoderSpecs specs;
    private final int layers;

    /**
     * @param reader the codestream reader
     * @param specs the codestream's coding parameters (the number of layers of each tile)
     * @param layers how many layers to decode, at least 1
     */
    LayerLimit(BitstreamReaderAgent reader, DecoderSpecs specs, int layers) {
        super(reader);
        this.reader = reader;
        this.specs = specs;
        this.layers = layers;
    }

    @Override
    public DecLyrdCBlk getCodeBlock(int c, int m, int n, SubbandSyn sb, int fl, int nl, DecLyrdCBlk ccb) {
        int inTile = (Integer) specs.nls.getTileDef(reader.getTileIdx());
        int last = Math.min(layers, inTile);
        int count = nl < 0 ? last - fl + 1 : Math.min(nl, last - fl + 1);
        return reader.getCodeBlock(c, m, n, sb, fl, Math.max(0, count), ccb);
    }
}
