/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.SampleType;
import io.gigatile.jp2.codestream.Jp2Header;

/**
 * Copies OpenJPEG's decoded components (one plane of 32-bit integers each) into an interleaved raster: bytes for
 * up to 8 bits, shorts for 9 to 16, with the codestream's precision and signedness. Every component is checked
 * first (its size, precision, resolution and data), so that no read goes past what OpenJPEG allocated.
 */
final class SampleCopier {

    private SampleCopier() {
    }

    /**
     * @param image the decoded image
     * @param header what the file says
     * @param colour the raster's colour space
     * @param reduce the resolution asked for
     * @param rect the rectangle asked for
     * @return the raster
     * @throws DecodeFailureException if a component is not what was asked for
     */
    static Raster copy(ImageLayout.Image image, Jp2Header header, ColourSpace colour, int reduce, Rect rect) {
        int bands = header.bands();
        int bits = header.bitsPerSample();
        boolean signed = header.signed();
        if (image.components() != bands || image.comps() == null) {
            throw new DecodeFailureException("OpenJPEG decoded " + image.components() + " components, not " + bands);
        }
        ImageLayout.Component[] comps = new ImageLayout.Component[bands];
        for (int c = 0; c < bands; c++) {
            comps[c] = image.component(c);
            check(comps[c], bits, signed, reduce, rect);
        }
        int n = rect.width() * rect.height();
        int[] plane = new int[n];
        // values beyond the precision cannot come from a valid codestream; clamping keeps them from wrapping
        int min = signed ? -(1 << (bits - 1)) : 0;
        int max = signed ? (1 << (bits - 1)) - 1 : (1 << bits) - 1;
        SampleType type = signed ? SampleType.SIGNED : SampleType.UNSIGNED;
        if (bits <= 8) {
            byte[] out = new byte[n * bands];
            for (int c = 0; c < bands; c++) {
                comps[c].data().read(0, plane, 0, n);
                for (int i = 0, o = c; i < n; i++, o += bands) {
                    out[o] = (byte) Math.max(min, Math.min(max, plane[i]));
                }
            }
            return Raster.ofBytes(rect.width(), rect.height(), bands, bits, type, colour, out);
        }
        short[] out = new short[n * bands];
        for (int c = 0; c < bands; c++) {
            comps[c].data().read(0, plane, 0, n);
            for (int i = 0, o = c; i < n; i++, o += bands) {
                out[o] = (short) Math.max(min, Math.min(max, plane[i]));
            }
        }
        return Raster.ofShorts(rect.width(), rect.height(), bands, bits, type, colour, out);
    }

    private static void check(ImageLayout.Component comp, int bits, boolean signed, int reduce, Rect rect) {
        if (comp.width() != rect.width() || comp.height() != rect.height()) {
            throw new DecodeFailureException("OpenJPEG decoded " + comp.width() + " x " + comp.height()
                    + " pixels, not " + rect.width() + " x " + rect.height());
        }
        if (comp.precision() != bits || comp.signed() != signed || comp.factor() != reduce || comp.data() == null) {
            throw new DecodeFailureException("OpenJPEG decoded other samples than the file describes");
        }
    }
}
