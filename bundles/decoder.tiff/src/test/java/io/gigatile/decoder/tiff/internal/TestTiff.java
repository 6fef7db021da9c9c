/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes small classic little-endian TIFFs with any tags, to make the malformed files no writer makes. Starts
 * as a valid 32 x 32 grey image, uncompressed, in four 16 x 16 tiles of the values 10, 20, 30, 40. Without
 * tile tags, the blocks are written as strips.
 */
final class TestTiff {
    private static final int SHORT = 3;
    private static final int LONG = 4;

    private final Map<Integer, Object[]> tags = new TreeMap<>();
    private final List<byte[]> tiles = new ArrayList<>();
    private Long firstIfd;
    private boolean loop;

    TestTiff() {
        set(Tag.IMAGE_WIDTH, LONG, 32);
        set(Tag.IMAGE_LENGTH, LONG, 32);
        set(Tag.BITS_PER_SAMPLE, SHORT, 8);
        set(Tag.COMPRESSION, SHORT, 1);
        set(Tag.PHOTOMETRIC, SHORT, 1);
        set(Tag.SAMPLES_PER_PIXEL, SHORT, 1);
        set(Tag.TILE_WIDTH, SHORT, 16);
        set(Tag.TILE_LENGTH, SHORT, 16);
        for (int value = 10; value <= 40; value += 10) {
            byte[] tile = new byte[256];
            Arrays.fill(tile, (byte) value);
            tiles.add(tile);
        }
    }

    /** Sets an integer tag (SHORT or LONG values). */
    TestTiff set(int tag, int type, long... values) {
        tags.put(tag, new Object[] {type, values});
        return this;
    }

    /** Removes a tag. */
    TestTiff remove(int tag) {
        tags.remove(tag);
        return this;
    }

    /** Replaces the tiles; offsets and byte counts follow them unless set explicitly afterwards. */
    TestTiff tiles(byte[]... data) {
        tiles.clear();
        tiles.addAll(List.of(data));
        return this;
    }

    /** Points the header at this offset instead of the directory. */
    TestTiff firstIfd(long offset) {
        firstIfd = offset;
        return this;
    }

    /** Makes the directory's next pointer point at itself. */
    TestTiff loop() {
        loop = true;
        return this;
    }

    /** @return the file's bytes */
    byte[] bytes() {
        int dataStart = 8;
        int dataLength = tiles.stream().mapToInt(t -> t.length).sum();
        boolean tiled = tags.containsKey(Tag.TILE_WIDTH);
        int offsetsTag = tiled ? Tag.TILE_OFFSETS : Tag.STRIP_OFFSETS;
        int countsTag = tiled ? Tag.TILE_BYTE_COUNTS : Tag.STRIP_BYTE_COUNTS;
        if (!tags.containsKey(offsetsTag)) {
            long[] offsets = new long[tiles.size()];
            long[] counts = new long[tiles.size()];
            long at = dataStart;
            for (int i = 0; i < tiles.size(); i++) {
                offsets[i] = at;
                counts[i] = tiles.get(i).length;
                at += counts[i];
            }
            set(offsetsTag, LONG, offsets);
            set(countsTag, LONG, counts);
        }
        int ifd = (dataStart + dataLength + 1) & ~1;
        int extra = ifd + 2 + 12 * tags.size() + 4;
        ByteBuffer values = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.allocate(extra + (1 << 16)).order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {'I', 'I', 42, 0}).putInt((int) (firstIfd == null ? ifd : firstIfd));
        tiles.forEach(out::put);
        out.position(ifd);
        out.putShort((short) tags.size());
        for (Map.Entry<Integer, Object[]> tag : tags.entrySet()) {
            int type = (int) tag.getValue()[0];
            long[] v = (long[]) tag.getValue()[1];
            out.putShort(tag.getKey().shortValue()).putShort((short) type).putInt(v.length);
            int size = type == SHORT ? 2 : 4;
            ByteBuffer field = v.length * size <= 4 ? ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN) : values;
            if (field == values) {
                out.putInt(extra + values.position());
            }
            for (long value : v) {
                if (type == SHORT) {
                    field.putShort((short) value);
                } else {
                    field.putInt((int) value);
                }
            }
            if (field != values) {
                out.put(field.array());
            }
        }
        out.putInt(loop ? ifd : 0);
        out.put(values.array(), 0, values.position());
        return Arrays.copyOf(out.array(), out.position());
    }

    /** Writes the file into {@code dir} and returns its path. */
    Path write(Path dir) {
        try {
            return Files.write(dir.resolve("test.tif"), bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
