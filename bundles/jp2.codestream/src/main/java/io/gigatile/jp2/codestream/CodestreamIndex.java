/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.jp2.codestream;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Where each tile's tile-parts lie in the codestream, and the main header as a decoder is given it. Read once per
 * image, so that a decode hands the codec only the main header and the tiles it needs: jj2000 and OpenJPEG
 * otherwise walk every tile-part header before the wanted tile on every decode (reading the file up to it), and
 * jj2000 counts file positions in {@code int}.
 *
 * <p>Immutable once built; shared by every decode of the image.
 */
public final class CodestreamIndex {
    private static final int SOT = 0xFF90;
    private static final int EOC = 0xFFD9;
    private static final int TLM = 0xFF55;
    private static final int PPM = 0xFF60;
    /** Lsot, Isot, Psot, TPsot, TNsot after the marker, then at least the SOD marker. */
    private static final int SOT_SEGMENT = 12;
    /** The header reader refuses longer main headers, so a longer one here means the file changed under us. */
    private static final int MAX_MAIN_HEADER = 16 << 20;

    private final byte[] mainHeader;
    private final boolean packedHeaders;
    /** Per tile, its tile-parts' codestream offsets and lengths, interleaved; null for a tile not found. */
    private final long[][] parts;
    /** Per tile, how many tile-parts its headers announce (TNsot), 0 where they do not say. */
    private final int[] announced;

    private CodestreamIndex(byte[] mainHeader, boolean packedHeaders, long[][] parts, int[] announced) {
        this.mainHeader = mainHeader;
        this.packedHeaders = packedHeaders;
        this.parts = parts;
        this.announced = announced;
    }

    /**
     * Reads the main header and walks the tile-part headers (12 bytes each) to the end of the codestream. A
     * codestream cut short or with a broken tile-part length ends the walk: the tiles not found fail alone.
     *
     * @param bytes the file
     * @param header what the file says about itself
     * @return the index
     */
    public static CodestreamIndex read(ByteSource bytes, Jp2Header header) {
        int tiles = header.tilesAcross() * header.tilesDown();
        long start = header.codestreamOffset();
        long length = header.codestreamLength();
        MainHeader main = MainHeader.read(bytes, start, length);
        long[][] parts = new long[tiles][];
        int[] announced = new int[tiles];
        long end = length;
        if (length >= 2 && marker(bytes.read(start + length - 2, 2), 0) == EOC) {
            end -= 2;
        }
        long pos = main.end();
        while (pos + SOT_SEGMENT <= end) {
            ByteBuffer sot = ByteBuffer.wrap(bytes.read(start + pos, SOT_SEGMENT));
            if (Short.toUnsignedInt(sot.getShort()) != SOT || Short.toUnsignedInt(sot.getShort()) != 10) {
                break;
            }
            int tile = Short.toUnsignedInt(sot.getShort());
            long partLength = Integer.toUnsignedLong(sot.getInt());
            sot.get(); // TPsot: the standard keeps a tile's parts in order, and jj2000 checks that itself
            int count = Byte.toUnsignedInt(sot.get());
            if (partLength == 0) {
                // Psot 0: the last tile-part, running to the end of the codestream
                partLength = end - pos;
            }
            if (tile >= tiles || partLength < SOT_SEGMENT + 2 || pos + partLength > end) {
                break;
            }
            parts[tile] = append(parts[tile], pos, partLength);
            announced[tile] = Math.max(announced[tile], count);
            pos += partLength;
        }
        return new CodestreamIndex(main.bytes(), main.packedHeaders(), parts, announced);
    }

    /** @return the main header from SOC up to the first SOT, without TLM marker segments (their offsets would
     *          mislead a codec given only some tiles) */
    public byte[] mainHeader() {
        return mainHeader.clone();
    }

    /**
     * @return whether the main header holds the packet headers (PPM): jj2000 assigns them to tile-parts by their
     *         order in the whole codestream, so it must be given the whole codestream
     */
    public boolean packedHeaders() {
        return packedHeaders;
    }

    /**
     * @param tile a tile index
     * @return its tile-parts' offsets in the codestream and lengths, interleaved, in codestream order
     * @throws DecodeFailureException if the codestream lacks the tile or some of its tile-parts (truncated or
     *         corrupt)
     */
    public long[] parts(int tile) {
        if (parts[tile] == null || parts[tile].length / 2 < announced[tile]) {
            throw new DecodeFailureException("the JPEG 2000 codestream is truncated or corrupt: a tile is missing");
        }
        return parts[tile].clone();
    }

    private static long[] append(long[] list, long offset, long length) {
        long[] grown = list == null ? new long[2] : Arrays.copyOf(list, list.length + 2);
        grown[grown.length - 2] = offset;
        grown[grown.length - 1] = length;
        return grown;
    }

    private static int marker(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    /** The main header's marker segments, copied without TLM (its tile-part offsets would mislead jj2000). */
    private record MainHeader(byte[] bytes, long end, boolean packedHeaders) {

        static MainHeader read(ByteSource bytes, long start, long length) {
            int chunk = (int) Math.min(length, 64 << 10);
            byte[] in = bytes.read(start, chunk);
            ByteArrayOutputStream kept = new ByteArrayOutputStream(in.length);
            kept.write(in, 0, 2);
            boolean packed = false;
            int pos = 2;
            while (true) {
                if (pos + 4 > in.length) {
                    in = more(bytes, start, length, in, pos + 4);
                }
                int marker = marker(in, pos);
                if (marker == SOT) {
                    return new MainHeader(kept.toByteArray(), pos, packed);
                }
                int segment = marker(in, pos + 2) + 2;
                if (pos + segment > in.length) {
                    in = more(bytes, start, length, in, pos + segment);
                }
                packed |= marker == PPM;
                if (marker != TLM) {
                    kept.write(in, pos, segment);
                }
                pos += segment;
            }
        }

        private static byte[] more(ByteSource bytes, long start, long length, byte[] in, long needed) {
            if (needed > length || needed > MAX_MAIN_HEADER) {
                throw new DecodeFailureException("a JPEG 2000 main header runs past the end of its codestream");
            }
            long next = Math.max(needed, 2L * in.length);
            return bytes.read(start, (int) Math.min(Math.min(length, MAX_MAIN_HEADER), next));
        }
    }
}
