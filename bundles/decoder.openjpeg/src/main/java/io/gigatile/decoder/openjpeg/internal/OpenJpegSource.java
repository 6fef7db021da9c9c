/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.jp2.codestream.Jp2Header;
import io.gigatile.jp2.codestream.Jp2Source;
import io.gigatile.jp2.codestream.LazyIndex;

/**
 * An opened JPEG 2000 file. Every read decodes its rectangle with a codec of its own ({@link NativeReader}), so
 * the source holds no native resources and is safe for any number of threads; closing it has nothing to release.
 * Levels below the codestream's smallest resolution are averaged down from that resolution.
 */
final class OpenJpegSource extends Jp2Source {
    private final ByteSource bytes;
    private final Jp2Header header;
    private final NativeReader reader;
    private final LazyIndex index;
    private final long maxPixels;

    /**
     * @param bytes the file, open for as long as the source
     * @param header what the file says, checked
     * @param info the description of the file
     * @param reader the decoder of rectangles
     * @param maxPixels the largest rectangle one read decodes, in pixels
     */
    OpenJpegSource(ByteSource bytes, Jp2Header header, ImageInfo info, NativeReader reader, long maxPixels) {
        super(info);
        this.bytes = bytes;
        this.header = header;
        this.reader = reader;
        this.index = new LazyIndex(bytes, header);
        this.maxPixels = maxPixels;
    }

    @Override
    protected Raster read(int level, Rect rect, int layerCount) {
        int smallest = header.nativeLevels() - 1;
        if (level <= smallest) {
            checkArea(rect);
            return reader.read(bytes, header, index, info().colourSpace(), level, layerCount, rect);
        }
        // a virtual level: the pixels it covers in the smallest resolution, averaged
        int shift = level - smallest;
        Level from = info().levels().get(smallest);
        int x = rect.x() << shift;
        int y = rect.y() << shift;
        Rect source = new Rect(x, y, Math.min(rect.right() << shift, from.width()) - x,
                Math.min(rect.bottom() << shift, from.height()) - y);
        checkArea(source);
        Raster decoded = reader.read(bytes, header, index, info().colourSpace(), smallest, layerCount, source);
        return Shrink.average(decoded, shift);
    }

    private void checkArea(Rect rect) {
        if ((long) rect.width() * rect.height() > maxPixels) {
            throw new LimitExceededException("a read of " + rect.width() + " x " + rect.height()
                    + " pixels is larger than the decoder's limit of " + maxPixels);
        }
    }

    /** Nothing native outlives a read; the bytes are the engine's to close. */
    @Override
    public void close() {
        // nothing to release
    }
}
