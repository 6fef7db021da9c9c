/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.webp.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds an ICC profile and an XMP packet to a WebP file from libwebp's simple API, by rewriting its RIFF container
 * into the extended format of the WebP container specification
 * (https://developers.google.com/speed/webp/docs/riff_container): a {@code VP8X} chunk with the canvas size and the
 * ICC, alpha and XMP flags, then {@code ICCP}, then the image chunks as libwebp wrote them ({@code ALPH} and
 * {@code VP8 }, or {@code VP8L}), then {@code XMP }. iipsrv does this with libwebpmux; the layout is simple enough
 * to write here, in Java, rather than load a second native library for it.
 *
 * <p>The simple API writes either a simple file ({@code RIFF}, {@code WEBP} and one {@code VP8 } or {@code VP8L}
 * chunk) or, for lossy with alpha, an extended one ({@code VP8X}, {@code ALPH}, {@code VP8 }) without metadata.
 * That file is trusted to be well formed but still checked: every length is checked against the bytes there are
 * and anything else than those layouts is an {@link IOException}, never an array index out of bounds or a file
 * that says more than it holds.
 */
final class WebpContainer {
    /** The VP8X flag of an ICC profile. */
    static final int ICC_FLAG = 0x20;
    /** The VP8X flag of an image with alpha. */
    static final int ALPHA_FLAG = 0x10;
    /** The VP8X flag of EXIF metadata. */
    static final int EXIF_FLAG = 0x08;
    /** The VP8X flag of XMP metadata. */
    static final int XMP_FLAG = 0x04;
    /** The VP8X flag of an animation. */
    static final int ANIMATION_FLAG = 0x02;
    /** The size of the VP8X chunk's payload. */
    static final int VP8X_SIZE = 10;
    /** The longest file written: Java's largest array, below the 4 GiB a RIFF size and a chunk size can say. */
    static final long MAX_FILE = Integer.MAX_VALUE - 8;
    private static final int CHUNK_HEADER = 8;
    private static final int FILE_HEADER = 12;

    /** One chunk of the file: its FourCC, where its header starts and its payload's size, padding excluded. */
    private record Chunk(String fourCC, int offset, int size) {
        int payload() {
            return offset + CHUNK_HEADER;
        }

        int end() {
            return payload() + padded(size);
        }
    }

    private WebpContainer() {
    }

    /**
     * @param webp a WebP file from libwebp's simple API
     * @param alpha whether the raster had alpha: the VP8X alpha flag is set then, and wherever the file has alpha
     * @param icc an ICC profile to embed, or null or empty for none
     * @param xmp an XMP packet, UTF-8, to embed, or null or empty for none
     * @return {@code webp} itself if there is nothing to embed, else the file in the extended format
     * @throws IOException if {@code webp} is not a WebP file as libwebp writes one, or the result would be too large
     */
    static byte[] withMetadata(byte[] webp, boolean alpha, byte[] icc, byte[] xmp) throws IOException {
        boolean hasIcc = icc != null && icc.length > 0;
        boolean hasXmp = xmp != null && xmp.length > 0;
        if (!hasIcc && !hasXmp) {
            return webp;
        }
        List<Chunk> chunks = chunks(webp);
        int first = chunks.get(0).fourCC().equals("VP8X") ? 1 : 0;
        List<String> image = chunks.subList(first, chunks.size()).stream().map(Chunk::fourCC).toList();
        if (!image.equals(List.of("VP8 ")) && !image.equals(List.of("VP8L"))
                && !(first == 1 && image.equals(List.of("ALPH", "VP8 ")))) {
            throw new IOException("not a WebP file as libwebp writes one: chunks "
                    + chunks.stream().map(Chunk::fourCC).toList());
        }
        Chunk bitstream = chunks.get(chunks.size() - 1);
        int[] size = bitstream.fourCC().equals("VP8L") ? vp8lSize(webp, bitstream) : vp8Size(webp, bitstream);
        boolean hasAlpha = alpha || image.contains("ALPH") || size[2] != 0;
        if (first == 1) {
            checkVp8x(webp, chunks.get(0), size);
        }
        int imageStart = chunks.get(first).offset();
        int imageLength = webp.length - imageStart;
        long length = FILE_HEADER + CHUNK_HEADER + VP8X_SIZE + imageLength
                + (hasIcc ? CHUNK_HEADER + padded(icc.length) : 0L)
                + (hasXmp ? CHUNK_HEADER + padded(xmp.length) : 0L);
        if (length > MAX_FILE) {
            throw new IOException("the WebP file with its metadata would take " + length + " bytes, more than "
                    + MAX_FILE);
        }
        byte[] out = new byte[(int) length];
        int at = fourCC(out, 0, "RIFF");
        at = int32(out, at, length - CHUNK_HEADER);
        at = fourCC(out, at, "WEBP");
        at = fourCC(out, at, "VP8X");
        at = int32(out, at, VP8X_SIZE);
        out[at] = (byte) ((hasIcc ? ICC_FLAG : 0) | (hasAlpha ? ALPHA_FLAG : 0) | (hasXmp ? XMP_FLAG : 0));
        at += 4; // the flags byte and 24 reserved bits, zero
        at = int24(out, at, size[0] - 1);
        at = int24(out, at, size[1] - 1);
        if (hasIcc) {
            at = chunk(out, at, "ICCP", icc);
        }
        System.arraycopy(webp, imageStart, out, at, imageLength);
        at += imageLength;
        if (hasXmp) {
            at = chunk(out, at, "XMP ", xmp);
        }
        assert at == out.length;
        return out;
    }

    /** @return the file's chunks, each checked to lie within the file, which they fill exactly; at least one */
    private static List<Chunk> chunks(byte[] webp) throws IOException {
        if (webp.length < FILE_HEADER + CHUNK_HEADER || !fourCC(webp, 0).equals("RIFF")
                || !fourCC(webp, 8).equals("WEBP")) {
            throw new IOException("not a WebP file: no RIFF WEBP header");
        }
        long riff = uint32(webp, 4);
        if (riff != webp.length - CHUNK_HEADER) {
            throw new IOException("the WebP file's RIFF size " + riff + " is not its length " + webp.length
                    + " less 8");
        }
        List<Chunk> chunks = new ArrayList<>();
        int at = FILE_HEADER;
        while (at < webp.length) {
            if (webp.length - at < CHUNK_HEADER) {
                throw new IOException("the WebP file ends inside a chunk header at " + at);
            }
            long size = uint32(webp, at + 4);
            if (padded(size) > webp.length - at - CHUNK_HEADER) {
                throw new IOException("the WebP chunk '" + fourCC(webp, at) + "' at " + at + " says " + size
                        + " bytes, more than the file holds");
            }
            Chunk chunk = new Chunk(fourCC(webp, at), at, (int) size);
            chunks.add(chunk);
            at = chunk.end();
        }
        return chunks;
    }

    /** @return width, height and 0 (VP8 keeps alpha in an ALPH chunk) from a VP8 key frame's header */
    private static int[] vp8Size(byte[] webp, Chunk vp8) throws IOException {
        int p = vp8.payload();
        // a frame tag (3 bytes, bit 0 clear for a key frame), the start code 9d 01 2a, 14-bit width and height
        if (vp8.size() < 10 || (webp[p] & 1) != 0 || (webp[p + 3] & 0xff) != 0x9d || webp[p + 4] != 0x01
                || webp[p + 5] != 0x2a) {
            throw new IOException("the WebP file's VP8 chunk does not start with a key frame header");
        }
        int width = (webp[p + 6] & 0xff | (webp[p + 7] & 0xff) << 8) & 0x3fff;
        int height = (webp[p + 8] & 0xff | (webp[p + 9] & 0xff) << 8) & 0x3fff;
        if (width == 0 || height == 0) {
            throw new IOException("the WebP file's VP8 chunk has no pixels");
        }
        return new int[] {width, height, 0};
    }

    /** @return width, height and the alpha-is-used bit from a VP8L header */
    private static int[] vp8lSize(byte[] webp, Chunk vp8l) throws IOException {
        int p = vp8l.payload();
        // the signature 0x2f, then 14 bits width - 1, 14 bits height - 1, 1 bit alpha, 3 bits version (0)
        if (vp8l.size() < 5 || (webp[p] & 0xff) != 0x2f) {
            throw new IOException("the WebP file's VP8L chunk does not start with a VP8L header");
        }
        long bits = uint32(webp, p + 1);
        if (bits >>> 29 != 0) {
            throw new IOException("the WebP file's VP8L chunk has version " + (bits >>> 29));
        }
        return new int[] {(int) (bits & 0x3fff) + 1, (int) (bits >>> 14 & 0x3fff) + 1, (int) (bits >>> 28 & 1)};
    }

    /** Checks that libwebp's own VP8X chunk says nothing but alpha, and the canvas its bitstream has. */
    private static void checkVp8x(byte[] webp, Chunk vp8x, int[] size) throws IOException {
        int p = vp8x.payload();
        if (vp8x.size() != VP8X_SIZE) {
            throw new IOException("the WebP file's VP8X chunk has " + vp8x.size() + " bytes, not " + VP8X_SIZE);
        }
        if ((webp[p] & (ICC_FLAG | EXIF_FLAG | XMP_FLAG | ANIMATION_FLAG)) != 0) {
            throw new IOException("the WebP file's VP8X chunk has flags " + Integer.toHexString(webp[p] & 0xff)
                    + " beyond alpha");
        }
        int width = int24(webp, p + 4) + 1;
        int height = int24(webp, p + 7) + 1;
        if (width != size[0] || height != size[1]) {
            throw new IOException("the WebP file's canvas " + width + " x " + height + " is not its image's "
                    + size[0] + " x " + size[1]);
        }
    }

    private static long padded(long size) {
        return size + (size & 1);
    }

    private static int padded(int size) {
        return size + (size & 1);
    }

    private static String fourCC(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }

    private static long uint32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    private static int int24(byte[] b, int at) {
        return b[at] & 0xff | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
    }

    private static int fourCC(byte[] out, int at, String fourCC) {
        for (int i = 0; i < 4; i++) {
            out[at + i] = (byte) fourCC.charAt(i);
        }
        return at + 4;
    }

    private static int int32(byte[] out, int at, long value) {
        for (int i = 0; i < 4; i++) {
            out[at + i] = (byte) (value >>> 8 * i);
        }
        return at + 4;
    }

    private static int int24(byte[] out, int at, int value) {
        for (int i = 0; i < 3; i++) {
            out[at + i] = (byte) (value >>> 8 * i);
        }
        return at + 3;
    }

    /** Writes a chunk and its padding byte, which the new array already holds as zero. */
    private static int chunk(byte[] out, int at, String fourCC, byte[] payload) {
        at = fourCC(out, at, fourCC);
        at = int32(out, at, payload.length);
        System.arraycopy(payload, 0, out, at, payload.length);
        return at + padded(payload.length);
    }
}
