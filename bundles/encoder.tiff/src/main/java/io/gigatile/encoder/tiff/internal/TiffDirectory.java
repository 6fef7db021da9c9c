/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A whole little-endian TIFF file: header, one image file directory, the values too long for its entries, then
 * the strips. Every offset is known before the first byte is written, so the file goes out in one pass. Colour
 * JPEG strips are YCbCr (photometric 6), as the JPEG streams in them are.
 */
final class TiffDirectory {
    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int ASCII = 2;
    private static final int BYTE = 1;
    private static final int UNDEFINED = 7;
    private static final int RATIONAL = 5;
    /** Resolutions are written in thousandths of a pixel per inch. */
    private static final int RESOLUTION_SCALE = 1000;
    private static final byte[] SOFTWARE = "Gigatile\0".getBytes(StandardCharsets.US_ASCII);

    /** One directory entry; its value is kept as the bytes it is written as. */
    private record Entry(int tag, int type, int count, byte[] value) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final TiffStrips strips;

    TiffDirectory(Raster raster, TiffStrips strips, EncodeOptions options) {
        this.strips = strips;
        byte[] icc = options.iccProfile();
        String xmp = options.xmp();
        int bands = raster.bands();
        int bits = TiffStrips.bytesPerSample(raster) * 8;
        int colour = colourBands(raster);
        shorts(258, repeat(bits, bands));
        longs(256, raster.width());
        longs(257, raster.height());
        shorts(259, strips.compression().tag());
        int[] ycbcr = strips.ycbcrSubsampling();
        shorts(262, ycbcr != null ? 6 : colour == 3 ? 2 : 1);
        longs(273, new int[strips.data().size()]);
        shorts(277, bands);
        longs(278, strips.rowsPerStrip());
        longs(279, strips.data().stream().mapToInt(s -> s.length).toArray());
        shorts(284, 1);
        if (options.hasDpi()) {
            rational(282, options.dpiX());
            rational(283, options.dpiY());
            shorts(296, 2);
        }
        add(305, ASCII, SOFTWARE.length, SOFTWARE);
        if (bands > colour) {
            // one more band than the colour ones is alpha, unassociated (iipsrv writes the same); more are unnamed
            int[] extra = new int[bands - colour];
            if (bands == colour + 1) {
                extra[0] = 2;
            }
            shorts(338, extra);
        }
        shorts(339, repeat(sampleFormat(raster), bands));
        if (ycbcr != null) {
            // JPEG's YCbCr as libtiff writes it: the stream's subsampling, full-range codes (JFIF's)
            shorts(530, ycbcr);
            add(532, RATIONAL, 6, bytes(new int[] {0, 1, 255, 1, 128, 1, 255, 1, 128, 1, 255, 1}));
        }
        if (xmp != null) {
            byte[] packet = xmp.getBytes(StandardCharsets.UTF_8);
            add(700, BYTE, packet.length, packet);
        }
        if (icc != null && icc.length > 0) {
            add(34675, UNDEFINED, icc.length, icc);
        }
        entries.sort((a, b) -> Integer.compare(a.tag(), b.tag()));
    }

    /** Grey and RGB are the colour models written; an ICC profile or the band count says the rest. */
    private static int colourBands(Raster raster) {
        boolean rgb = raster.colourSpace() == ColourSpace.SRGB && raster.bands() >= 3;
        return rgb ? 3 : 1;
    }

    private static int sampleFormat(Raster raster) {
        if (raster.sampleType() == SampleType.FLOAT) {
            return 3;
        }
        return raster.sampleType() == SampleType.SIGNED ? 2 : 1;
    }

    void write(OutputStream out) throws IOException {
        int directorySize = 2 + entries.size() * 12 + 4;
        int extra = 0;
        for (Entry e : entries) {
            if (e.value().length > 4) {
                extra += e.value().length + (e.value().length & 1);
            }
        }
        long dataStart = 8L + directorySize + extra;
        if (dataStart + strips.totalBytes() > 0xFFFFFFFFL) {
            throw new IOException("the image is too large for a TIFF file");
        }
        setStripOffsets(dataStart);
        ByteBuffer head = ByteBuffer.allocate((int) dataStart).order(ByteOrder.LITTLE_ENDIAN);
        head.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        head.putShort((short) entries.size());
        int valueAt = 8 + directorySize;
        for (Entry e : entries) {
            head.putShort((short) e.tag()).putShort((short) e.type()).putInt(e.count());
            if (e.value().length <= 4) {
                head.put(e.value());
                head.put(new byte[4 - e.value().length]);
            } else {
                head.putInt(valueAt);
                valueAt += e.value().length + (e.value().length & 1);
            }
        }
        head.putInt(0);
        for (Entry e : entries) {
            if (e.value().length > 4) {
                head.put(e.value());
                if ((e.value().length & 1) == 1) {
                    head.put((byte) 0);
                }
            }
        }
        out.write(head.array());
        for (byte[] strip : strips.data()) {
            out.write(strip);
        }
    }

    private void setStripOffsets(long dataStart) {
        int[] offsets = new int[strips.data().size()];
        long at = dataStart;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = (int) at;
            at += strips.data().get(i).length;
        }
        entries.replaceAll(e -> e.tag() == 273 ? new Entry(273, LONG, offsets.length, bytes(offsets)) : e);
    }

    private void shorts(int tag, int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putShort((short) v);
        }
        add(tag, SHORT, values.length, b.array());
    }

    private void rational(int tag, double value) {
        long scaled = Math.max(1, Math.min(0xFFFFFFFFL, Math.round(value * RESOLUTION_SCALE)));
        add(tag, RATIONAL, 1, bytes(new int[] {(int) scaled, RESOLUTION_SCALE}));
    }

    private void longs(int tag, int... values) {
        add(tag, LONG, values.length, bytes(values));
    }

    private static byte[] bytes(int[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    private void add(int tag, int type, int count, byte[] value) {
        entries.add(new Entry(tag, type, count, value));
    }

    private static int[] repeat(int value, int times) {
        int[] out = new int[times];
        Arrays.fill(out, value);
        return out;
    }
}
