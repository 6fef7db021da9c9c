/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.jp2.codestream;

import io.gigatile.api.ByteSource;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The codestream one decode gives a codec: pieces of the file and of memory laid end to end. For a decode of some
 * tiles, the main header, only those tiles' tile-parts in codestream order, and an EOC marker: a codec given the
 * whole codestream walks (and reads) every tile-part before the ones it wants, on every decode. Immutable; reads
 * go to the byte source positionally, so one instance may serve any number of threads.
 */
public final class CodestreamPieces {
    private static final byte[] EOC = {(byte) 0xFF, (byte) 0xD9};

    private final List<Piece> pieces;
    private final long length;

    /** One piece: file bytes at {@code fileOffset}, or {@code memory}; {@code start} is its place in the view. */
    private record Piece(long start, long length, long fileOffset, byte[] memory) {
    }

    private CodestreamPieces(List<Piece> pieces, long length) {
        this.pieces = pieces;
        this.length = length;
    }

    /**
     * @param header the file's header
     * @return the whole codestream, as the file holds it
     */
    public static CodestreamPieces whole(Jp2Header header) {
        return window(header.codestreamOffset(), header.codestreamLength());
    }

    /**
     * @param offset where the bytes start in the file
     * @param length how many there are
     * @return those bytes of the file, as one piece
     */
    public static CodestreamPieces window(long offset, long length) {
        return new CodestreamPieces(List.of(new Piece(0, length, offset, null)), length);
    }

    /**
     * @param header the file's header
     * @param index where its tiles' parts lie
     * @param tiles the indices of the tiles a decode needs, in any order
     * @return the main header, those tiles' parts in codestream order, EOC; or the whole codestream where the
     *         packet headers sit in the main header (PPM), which codecs assign to tile-parts by their order in the
     *         whole codestream
     * @throws io.gigatile.api.DecodeFailureException if the codestream lacks one of the tiles (truncated or corrupt)
     */
    public static CodestreamPieces ofTiles(Jp2Header header, CodestreamIndex index, int... tiles) {
        if (index.packedHeaders()) {
            return whole(header);
        }
        List<long[]> parts = new ArrayList<>();
        for (int tile : tiles) {
            long[] list = index.parts(tile);
            for (int i = 0; i < list.length; i += 2) {
                parts.add(new long[] {list[i], list[i + 1]});
            }
        }
        parts.sort((a, b) -> Long.compare(a[0], b[0]));
        List<Piece> pieces = new ArrayList<>(parts.size() + 2);
        byte[] main = index.mainHeader();
        pieces.add(new Piece(0, main.length, -1, main));
        long at = main.length;
        for (long[] part : parts) {
            pieces.add(new Piece(at, part[1], header.codestreamOffset() + part[0], null));
            at += part[1];
        }
        pieces.add(new Piece(at, EOC.length, -1, EOC));
        return new CodestreamPieces(List.copyOf(pieces), at + EOC.length);
    }

    /** @return the number of bytes the pieces hold */
    public long length() {
        return length;
    }

    /**
     * Copies bytes from the piece that holds {@code position}, up to that piece's end or the target's limit,
     * whichever comes first.
     *
     * @param bytes the file
     * @param position where to start, from 0 to {@link #length()} exclusive
     * @param target where to copy to; its position advances by the count
     * @return how many bytes were copied
     * @throws IndexOutOfBoundsException if the position lies outside the pieces
     */
    public int read(ByteSource bytes, long position, ByteBuffer target) {
        if (position < 0 || position >= length) {
            throw new IndexOutOfBoundsException("position " + position + " of " + length);
        }
        Piece piece = find(position);
        long within = position - piece.start();
        int count = (int) Math.min(target.remaining(), piece.length() - within);
        if (piece.memory() != null) {
            target.put(piece.memory(), (int) within, count);
        } else {
            ByteBuffer slice = target.slice().limit(count);
            bytes.read(piece.fileOffset() + within, slice);
            target.position(target.position() + count);
        }
        return count;
    }

    private Piece find(long position) {
        int low = 0;
        int high = pieces.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (pieces.get(mid).start() <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return pieces.get(low);
    }
}
