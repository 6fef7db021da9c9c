/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.SampleType;
import io.gigatile.api.StackPage;
import io.gigatile.api.ViewAngles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image's description as bytes, so that the response caches (memcached among them) can keep it like a
 * rendering: a server that has not opened an image answers its info from what another server described. A format
 * byte first; anything that does not read back whole is no description (a miss), never an error.
 */
final class InfoCodec {
    /** The media type under which descriptions are kept; no client ever receives it. */
    static final String MEDIA_TYPE = "application/x-gigatile-image-info";
    /** 2 added the stack's pages; an entry of another format is a miss, and is made again. */
    private static final int FORMAT = 2;
    /** Bounds that no real description comes near, so that a damaged entry cannot make us allocate much. */
    private static final int MAX_COUNT = 1 << 16;
    private static final int MAX_BYTES = 16 << 20;

    private InfoCodec() {
    }

    /**
     * @param identifier an image identifier
     * @return the cache key of its description: the identifier and '|' first, as every key of the image
     */
    static String key(String identifier) {
        return identifier + "|info";
    }

    static byte[] encode(ImageInfo info) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeInt(info.levels().size());
            for (Level l : info.levels()) {
                out.writeInt(l.width());
                out.writeInt(l.height());
                out.writeInt(l.tileWidth());
                out.writeInt(l.tileHeight());
            }
            out.writeInt(info.bands());
            out.writeInt(info.bitsPerSample());
            out.writeUTF(info.sampleType().name());
            out.writeUTF(info.colourSpace().name());
            for (int b = 0; b < info.bands(); b++) {
                out.writeDouble(info.minValue(b));
                out.writeDouble(info.maxValue(b));
            }
            out.writeInt(info.qualityLayers());
            writeInts(out, info.angles().horizontal());
            writeInts(out, info.angles().vertical());
            out.writeDouble(info.dpiX());
            out.writeDouble(info.dpiY());
            byte[] icc = info.iccProfile().orElse(new byte[0]);
            out.writeInt(icc.length);
            out.write(icc);
            out.writeInt(info.metadata().size());
            for (Map.Entry<String, String> e : info.metadata().entrySet()) {
                writeLong(out, e.getKey());
                writeLong(out, e.getValue());
            }
            out.writeInt(info.stack().size());
            for (StackPage page : info.stack()) {
                writeLong(out, page.name());
                out.writeDouble(page.scale());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param bytes what {@link #encode} wrote, or anything else a cache handed back
     * @return the description, or empty if the bytes are not one
     */
    static Optional<ImageInfo> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != FORMAT) {
                return Optional.empty();
            }
            ImageInfo.Builder b = ImageInfo.builder();
            int levels = count(in.readInt());
            for (int i = 0; i < levels; i++) {
                b.addLevel(new Level(in.readInt(), in.readInt(), in.readInt(), in.readInt()));
            }
            int bands = count(in.readInt());
            b.samples(bands, in.readInt(), SampleType.valueOf(in.readUTF()), ColourSpace.valueOf(in.readUTF()));
            double[] min = new double[bands];
            double[] max = new double[bands];
            for (int i = 0; i < bands; i++) {
                min[i] = in.readDouble();
                max[i] = in.readDouble();
            }
            b.range(min, max).qualityLayers(in.readInt());
            b.angles(new ViewAngles(readInts(in), readInts(in)));
            b.dpi(in.readDouble(), in.readDouble());
            byte[] icc = readBytes(in);
            if (icc.length > 0) {
                b.iccProfile(icc);
            }
            int entries = count(in.readInt());
            for (int i = 0; i < entries; i++) {
                b.metadata(readLong(in), readLong(in));
            }
            int pages = count(in.readInt());
            for (int i = 0; i < pages; i++) {
                b.stackPage(new StackPage(readLong(in), in.readDouble()));
            }
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(b.build());
        } catch (IOException | RuntimeException e) {
            // truncated, foreign or from another format: a miss
            return Optional.empty();
        }
    }

    private static void writeInts(DataOutputStream out, List<Integer> values) throws IOException {
        out.writeInt(values.size());
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static List<Integer> readInts(DataInputStream in) throws IOException {
        int n = count(in.readInt());
        List<Integer> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(in.readInt());
        }
        return values;
    }

    /** Metadata such as XMP may be longer than writeUTF's 64 KB. */
    private static void writeLong(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readLong(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    /** A length, then that many bytes: all of them, or the description is damaged. */
    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = size(in.readInt());
        if (length > in.available()) {
            // a byte array stream knows what is left: a lying length allocates nothing
            throw new IOException("not a description");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    private static int count(int n) throws IOException {
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("not a description");
        }
        return n;
    }

    private static int size(int n) throws IOException {
        if (n < 0 || n > MAX_BYTES) {
            throw new IOException("not a description");
        }
        return n;
    }
}
