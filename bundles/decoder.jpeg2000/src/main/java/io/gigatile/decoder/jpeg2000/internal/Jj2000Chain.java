/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import com.github.jaiimageio.jpeg2000.impl.J2KImageReadParamJava;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Rect;
import java.io.IOException;
import jj2000.j2k.codestream.HeaderInfo;
import jj2000.j2k.codestream.reader.BitstreamReaderAgent;
import jj2000.j2k.codestream.reader.HeaderDecoder;
import jj2000.j2k.decoder.DecoderSpecs;
import jj2000.j2k.entropy.decoder.CodedCBlkDataSrcDec;
import jj2000.j2k.entropy.decoder.EntropyDecoder;
import jj2000.j2k.image.DataBlkInt;
import jj2000.j2k.image.ImgDataConverter;
import jj2000.j2k.image.invcomptransf.InvCompTransf;
import jj2000.j2k.quantization.dequantizer.Dequantizer;
import jj2000.j2k.roi.ROIDeScaler;
import jj2000.j2k.wavelet.synthesis.InverseWT;

/**
 * jj2000's decoding chain over one {@link CodestreamView}, the stages jai-imageio's {@code J2KReadState} builds with
 * two of ours between them: header, bit stream reader, {@link LayerLimit}, entropy decoder, ROI de-scaler,
 * dequantiser, {@link ResolutionCut}, inverse wavelet transform, inverse component transform. Built for one decode
 * on one thread: jj2000's objects are not thread-safe. Decoding a tile reconstructs all of it at the wanted
 * resolution (jj2000's full-frame wavelet transform), which is why the caller bounds the tiles' sizes there.
 */
final class Jj2000Chain {
    /** Decode every layer: no limit between the reader and the entropy decoder. */
    static final int ALL_LAYERS = Integer.MAX_VALUE;

    private final DecoderSpecs specs;
    private final InverseWT wavelet;
    private final ImgDataConverter integers;
    private final InvCompTransf pixels;
    private final int components;
    private final int reduction;

    /**
     * @param view the codestream, from SOC
     * @param reduction how many times the resolution is halved from full: at most the decomposition levels
     * @param layers how many quality layers to decode, or {@link #ALL_LAYERS}
     * @throws IOException if the codestream ends too soon
     */
    Jj2000Chain(CodestreamView view, int reduction, int layers) throws IOException {
        this.reduction = reduction;
        J2KImageReadParamJava param = new J2KImageReadParamJava();
        // jai-imageio skips the ROI de-scaling by default, which leaves the coefficients of a region of interest
        // (an RGN marker's max-shift) shifted up: the standard wants them scaled back
        param.setNoROIDescaling(false);
        HeaderInfo info = new HeaderInfo();
        HeaderDecoder header = new PackedHeaderDecoder(view, param, info);
        specs = header.getDecoderSpecs();
        int levels = specs.dls.getMin();
        if (reduction > levels) {
            throw new DecodeFailureException("a JPEG 2000 tile has fewer resolutions than its main header says");
        }
        // jj2000 counts resolutions from the smallest (0) to the full one (the decomposition levels); its reader
        // only reports this one
        param.setResolution(levels - reduction);
        components = header.getNumComps();
        int[] depth = new int[components];
        for (int c = 0; c < components; c++) {
            depth[c] = header.getOriginalBitDepth(c);
        }
        BitstreamReaderAgent reader = BitstreamReaderAgent.createInstance(view, header, param, specs, false, info);
        CodedCBlkDataSrcDec blocks = layers == ALL_LAYERS ? reader : new LayerLimit(reader, specs, layers);
        EntropyDecoder entropy = header.createEntropyDecoder(blocks, param);
        ROIDeScaler roi = header.createROIDeScaler(entropy, param, specs);
        Dequantizer dequantizer = header.createDequantizer(roi, depth, specs);
        wavelet = InverseWT.createInstance(new ResolutionCut(dequantizer, reduction), specs);
        // the cut trees end at the wanted resolution: the transform reconstructs all of them, as for full resolution
        wavelet.setImgResLevel(levels);
        integers = new ImgDataConverter(wavelet, 0);
        pixels = new InvCompTransf(integers, specs, depth);
    }

    /**
     * Decodes part of one tile into the samples.
     *
     * @param column the tile's column
     * @param row the tile's row
     * @param tile where the tile lies at the resolution, from the image's corner
     * @param part the part of it to decode, in the same coordinates
     * @param out the samples of {@code target}
     * @param target where {@code out} lies at the resolution
     */
    void decode(int column, int row, Rect tile, Rect part, Samples out, Rect target) {
        pixels.setTile(column, row);
        if (pixels.getTileWidth() != tile.width() || pixels.getTileHeight() != tile.height()) {
            // the tile's own header changed its geometry (a tile-part COD with other decomposition levels)
            throw new DecodeFailureException("a JPEG 2000 tile is not where its main header puts it, at reduction "
                    + reduction);
        }
        int x = part.x() - tile.x();
        int y = part.y() - tile.y();
        int ox = part.x() - target.x();
        int oy = part.y() - target.y();
        boolean ict = IrreversibleColour.applies(specs, pixels.getTileIdx(), reversible());
        int[][] rgb = ict ? IrreversibleColour.toRgb(wavelet, x, y, part.width(), part.height()) : null;
        for (int c = 0; c < components; c++) {
            if (ict && c < 3) {
                out.put(c, ox, oy, part.width(), part.height(), rgb[c], 0, part.width(), 0);
                continue;
            }
            // with the irreversible transform, jj2000 truncates the other components: take them before it
            DataBlkInt block = new DataBlkInt(x, y, part.width(), part.height());
            block = (DataBlkInt) (ict ? integers : pixels).getInternCompData(block, c);
            out.put(c, ox, oy, part.width(), part.height(), block.data, block.offset, block.scanw,
                    (ict ? integers : pixels).getFixedPoint(c));
        }
    }

    private boolean[] reversible() {
        boolean[] reversible = new boolean[Math.min(3, components)];
        for (int c = 0; c < reversible.length; c++) {
            reversible[c] = specs.wfs.isReversible(pixels.getTileIdx(), c);
        }
        return reversible;
    }
}
