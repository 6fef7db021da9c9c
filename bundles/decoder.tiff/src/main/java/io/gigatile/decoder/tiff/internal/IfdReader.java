/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.UnsupportedFormatException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the header and the directories of a classic TIFF or a BigTIFF, in either byte order: the chain of
 * directories, and the SubIFDs of each (where some writers keep the pyramid). Loops and absurd counts end the
 * walk instead of hanging it; at most 1024 directories are read in all.
 */
final class IfdReader {
    private static final int MAX_DIRECTORIES = 1024;
    private static final int MAX_ENTRIES = 4096;
    private static final int MAX_SUB_IFDS = 64;

    private final SharedFile file;
    private final Set<Long> visited = new HashSet<>();
    private ByteOrder order;
    private boolean big;

    private IfdReader(SharedFile file) {
        this.file = file;
    }

    /**
     * The directories of a file: the main chain, and the SubIFDs each of them lists.
     *
     * @param chain the main chain, the first directory first
     * @param subIfds for each directory of the chain, its SubIFDs in the order listed (often empty)
     * @param order the file's byte order
     */
    record Directories(List<Ifd> chain, List<List<Ifd>> subIfds, ByteOrder order) {
    }

    /**
     * @param file an open file
     * @return its directories
     * @throws UnsupportedFormatException if the file is not a TIFF
     * @throws DecodeFailureException if the first directory lies outside the file or is malformed
     */
    static Directories read(SharedFile file) {
        return new IfdReader(file).readAll();
    }

    private Directories readAll() {
        long first = readHeader();
        List<Ifd> chain = new ArrayList<>();
        long next = first;
        while (next != 0 && chain.size() < MAX_DIRECTORIES && visited.add(next)) {
            try {
                next = readDirectory(next, chain);
            } catch (DecodeFailureException e) {
                // a broken link after the first directory ends the chain; the images before it stay readable
                if (chain.isEmpty()) {
                    throw e;
                }
                break;
            }
        }
        if (chain.isEmpty()) {
            throw new DecodeFailureException("the TIFF file has no image");
        }
        int total = chain.size();
        List<List<Ifd>> subIfds = new ArrayList<>();
        for (Ifd ifd : chain) {
            List<Ifd> subs = new ArrayList<>();
            long count = ifd.count(Tag.SUB_IFDS);
            if (count > 0 && count <= MAX_SUB_IFDS && total < MAX_DIRECTORIES) {
                UnsignedArray offsets = ifd.integers(Tag.SUB_IFDS, count);
                for (int i = 0; i < count && total < MAX_DIRECTORIES; i++) {
                    if (visited.add(offsets.get(i))) {
                        readSubDirectory(offsets.get(i), subs);
                        total++;
                    }
                }
            }
            subIfds.add(List.copyOf(subs));
        }
        return new Directories(List.copyOf(chain), List.copyOf(subIfds), order);
    }

    /** A SubIFD that cannot be read is left out: it only ever holds a lower resolution. */
    private void readSubDirectory(long offset, List<Ifd> into) {
        try {
            readDirectory(offset, into);
        } catch (DecodeFailureException e) {
            // the levels above it serve the image
        }
    }

    private long readHeader() {
        if (file.size() < 8) {
            throw new UnsupportedFormatException("not a TIFF file");
        }
        ByteBuffer header = ByteBuffer.wrap(file.read(0, (int) Math.min(16, file.size())));
        int mark = header.getShort(0);
        if (mark == 0x4949) {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (mark == 0x4d4d) {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw new UnsupportedFormatException("not a TIFF file");
        }
        header.order(order);
        int version = header.getShort(2);
        if (version == 42) {
            return header.getInt(4) & 0xffffffffL;
        }
        if (version != 43) {
            throw new UnsupportedFormatException("not a TIFF file");
        }
        if (header.capacity() < 16 || header.getShort(4) != 8 || header.getShort(6) != 0) {
            throw new DecodeFailureException("the BigTIFF header is malformed");
        }
        big = true;
        return header.getLong(8);
    }

    /** Reads one directory into {@code into} and returns the offset of the next one. */
    private long readDirectory(long offset, List<Ifd> into) {
        int countSize = big ? 8 : 2;
        ByteBuffer head = ByteBuffer.wrap(file.read(offset, countSize)).order(order);
        long count = big ? head.getLong(0) : head.getShort(0) & 0xffff;
        if (count < 0 || count > MAX_ENTRIES) {
            throw new DecodeFailureException("a TIFF directory has too many entries");
        }
        int entrySize = big ? 20 : 12;
        int valueSize = big ? 8 : 4;
        ByteBuffer body = ByteBuffer.wrap(file.read(offset + countSize, (int) count * entrySize + valueSize))
                .order(order);
        Map<Integer, Ifd.Entry> entries = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int at = i * entrySize;
            int tag = body.getShort(at) & 0xffff;
            int type = body.getShort(at + 2) & 0xffff;
            long values = big ? body.getLong(at + 4) : body.getInt(at + 4) & 0xffffffffL;
            int field = at + (big ? 12 : 8);
            byte[] inline = new byte[valueSize];
            body.get(field, inline);
            long valueOffset = big ? body.getLong(field) : body.getInt(field) & 0xffffffffL;
            if (Ifd.typeSize(type) > 0 && values >= 0) {
                entries.putIfAbsent(tag, new Ifd.Entry(type, values, inline, valueOffset));
            }
        }
        into.add(new Ifd(file, order, entries));
        int end = (int) count * entrySize;
        return big ? body.getLong(end) : body.getInt(end) & 0xffffffffL;
    }
}
