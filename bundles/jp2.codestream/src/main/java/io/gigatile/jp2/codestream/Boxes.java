/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.jp2.codestream;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.UnsupportedFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The box structure of JP2 and JPX files (ISO 15444-1 Annex I): the signature, the file type, the header
 * superbox's image header and colour specification, XML and XMP boxes, and the first contiguous codestream.
 * Every length is checked against the file's size before anything is read through it.
 */
final class Boxes {
    /** The signature box, as the file's first 12 bytes. */
    static final byte[] SIGNATURE = {0, 0, 0, 12, 'j', 'P', ' ', ' ', 0x0D, 0x0A, (byte) 0x87, 0x0A};
    /** A codestream's SOC and SIZ markers, as a bare codestream's first 4 bytes. */
    static final byte[] SOC_SIZ = {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51};

    private static final int MAX_BOXES = 10_000;
    /** XML, XMP and ICC larger than this are left out of the metadata, not read. */
    private static final int MAX_METADATA = 1 << 20;
    private static final byte[] XMP_UUID = {(byte) 0xBE, 0x7A, (byte) 0xCF, (byte) 0xCB, (byte) 0x97, (byte) 0xA9,
        0x42, (byte) 0xE8, (byte) 0x9C, 0x71, (byte) 0x99, (byte) 0x94, (byte) 0x91, (byte) 0xE3, (byte) 0xAF,
        (byte) 0xAC};

    private Boxes() {
    }

    /** One box: its type, and where its contents lie. */
    private record Box(String type, long contents, long end) {
        long length() {
            return end - contents;
        }
    }

    static Jp2Header read(ByteSource bytes) {
        long size = bytes.size();
        if (size < SOC_SIZ.length) {
            throw new DecodeFailureException("not a JPEG 2000 file");
        }
        byte[] start = bytes.read(0, (int) Math.min(size, SIGNATURE.length));
        if (Arrays.equals(Arrays.copyOf(start, SOC_SIZ.length), SOC_SIZ)) {
            return MainHeader.read(bytes, 0, size).header(Jp2Header.Container.CODESTREAM, Jp2Header.Colour.UNSPECIFIED,
                    Optional.empty(), List.of(), Optional.empty());
        }
        if (!Arrays.equals(start, SIGNATURE)) {
            throw new DecodeFailureException("not a JPEG 2000 file");
        }
        return container(bytes, size);
    }

    private static Jp2Header container(ByteSource bytes, long size) {
        Jp2Header.Container kind = null;
        Box header = null;
        Box codestream = null;
        List<String> xml = new ArrayList<>();
        Optional<String> xmp = Optional.empty();
        for (Box box : boxes(bytes, SIGNATURE.length, size)) {
            switch (box.type()) {
                case "ftyp" -> kind = fileType(bytes, box);
                case "jp2h" -> header = header == null ? box : header;
                case "jp2c" -> codestream = codestream == null ? box : codestream;
                case "xml " -> text(bytes, box).ifPresent(xml::add);
                case "uuid" -> xmp = xmp.isPresent() ? xmp : xmp(bytes, box);
                default -> {
                    // other boxes (res, jp2i, rreq, asoc...) say nothing the decoders use
                }
            }
        }
        if (kind == null || header == null || codestream == null) {
            throw new DecodeFailureException("a JPEG 2000 file lacks its file type, header or codestream box");
        }
        ImageHeader ihdr = imageHeader(bytes, header);
        MainHeader main = MainHeader.read(bytes, codestream.contents(), codestream.length());
        if (ihdr.width() != main.width() || ihdr.height() != main.height() || ihdr.bands() != main.bands()) {
            throw new DecodeFailureException("the JP2 image header and the codestream disagree on the image's size");
        }
        return main.header(kind, ihdr.colour(), ihdr.icc(), xml, xmp);
    }

    /** The boxes between two offsets, with lengths checked against them. */
    private static List<Box> boxes(ByteSource bytes, long from, long to) {
        List<Box> boxes = new ArrayList<>();
        long at = from;
        while (at < to) {
            if (to - at < 8 || boxes.size() == MAX_BOXES) {
                throw new DecodeFailureException("a JPEG 2000 box is cut short");
            }
            ByteBuffer head = ByteBuffer.wrap(bytes.read(at, (int) Math.min(16, to - at)));
            long length = Integer.toUnsignedLong(head.getInt());
            String type = new String(head.array(), 4, 4, StandardCharsets.ISO_8859_1);
            long contents = at + 8;
            if (length == 1) {
                if (head.limit() < 16) {
                    throw new DecodeFailureException("a JPEG 2000 box is cut short");
                }
                length = head.getLong(8);
                contents = at + 16;
            } else if (length == 0) {
                length = to - at;
            }
            if (length < contents - at || length > to - at) {
                throw new DecodeFailureException("a JPEG 2000 box's length runs past the end of the file");
            }
            boxes.add(new Box(type, contents, at + length));
            at += length;
        }
        return boxes;
    }

    private static Jp2Header.Container fileType(ByteSource bytes, Box box) {
        if (box.length() < 8 || box.length() % 4 != 0 || box.length() > 4096) {
            throw new DecodeFailureException("a malformed JPEG 2000 file type box");
        }
        byte[] ftyp = bytes.read(box.contents(), (int) box.length());
        String brand = new String(ftyp, 0, 4, StandardCharsets.ISO_8859_1);
        boolean jp2Compatible = brand.equals("jp2 ");
        for (int i = 8; i < ftyp.length; i += 4) {
            jp2Compatible |= new String(ftyp, i, 4, StandardCharsets.ISO_8859_1).equals("jp2 ");
        }
        if (brand.equals("jpx ")) {
            return Jp2Header.Container.JPX;
        }
        if (!jp2Compatible) {
            throw new UnsupportedFormatException("JPEG 2000 files of brand '" + brand.replaceAll("[^A-Za-z0-9 ]", "?")
                    + "' are not supported");
        }
        return Jp2Header.Container.JP2;
    }

    private record ImageHeader(int width, int height, int bands, Jp2Header.Colour colour, Optional<byte[]> icc) {
    }

    private static ImageHeader imageHeader(ByteSource bytes, Box header) {
        ImageHeader ihdr = null;
        Jp2Header.Colour colour = Jp2Header.Colour.UNSPECIFIED;
        Optional<byte[]> icc = Optional.empty();
        boolean colourSeen = false;
        for (Box box : boxes(bytes, header.contents(), header.end())) {
            switch (box.type()) {
                case "ihdr" -> {
                    if (box.length() != 14) {
                        throw new DecodeFailureException("a malformed JP2 image header box");
                    }
                    ByteBuffer b = ByteBuffer.wrap(bytes.read(box.contents(), 14));
                    int height = b.getInt();
                    int width = b.getInt();
                    ihdr = new ImageHeader(width, height, Short.toUnsignedInt(b.getShort()), colour, icc);
                }
                case "colr" -> {
                    // the first colour specification is the one readers must use (I.5.3.3)
                    if (!colourSeen) {
                        colourSeen = true;
                        ColourSpec spec = colourSpec(bytes, box);
                        colour = spec.colour();
                        icc = spec.icc();
                    }
                }
                case "pclr" -> throw new UnsupportedFormatException("JPEG 2000 palette images are not supported");
                default -> {
                    // bpcc, cmap, cdef, res: nothing the decoders use
                }
            }
        }
        if (ihdr == null) {
            throw new DecodeFailureException("a JP2 file lacks its image header");
        }
        return new ImageHeader(ihdr.width(), ihdr.height(), ihdr.bands(), colour, icc);
    }

    private record ColourSpec(Jp2Header.Colour colour, Optional<byte[]> icc) {
    }

    private static ColourSpec colourSpec(ByteSource bytes, Box box) {
        if (box.length() < 3) {
            throw new DecodeFailureException("a malformed JP2 colour specification box");
        }
        int method = bytes.read(box.contents(), 1)[0];
        if (method == 1 && box.length() >= 7) {
            int enumerated = ByteBuffer.wrap(bytes.read(box.contents() + 3, 4)).getInt();
            return new ColourSpec(switch (enumerated) {
                case 16 -> Jp2Header.Colour.SRGB;
                case 17 -> Jp2Header.Colour.GREY;
                case 18 -> Jp2Header.Colour.SYCC;
                default -> Jp2Header.Colour.OTHER;
            }, Optional.empty());
        }
        if ((method == 2 || method == 3) && box.length() > 3 && box.length() - 3 <= MAX_METADATA) {
            return new ColourSpec(Jp2Header.Colour.OTHER,
                    Optional.of(bytes.read(box.contents() + 3, (int) (box.length() - 3))));
        }
        return new ColourSpec(Jp2Header.Colour.OTHER, Optional.empty());
    }

    private static Optional<String> text(ByteSource bytes, Box box) {
        if (box.length() > MAX_METADATA) {
            return Optional.empty();
        }
        return Optional.of(new String(bytes.read(box.contents(), (int) box.length()), StandardCharsets.UTF_8));
    }

    private static Optional<String> xmp(ByteSource bytes, Box box) {
        if (box.length() <= XMP_UUID.length || box.length() > MAX_METADATA) {
            return Optional.empty();
        }
        byte[] contents = bytes.read(box.contents(), (int) box.length());
        if (!Arrays.equals(Arrays.copyOf(contents, XMP_UUID.length), XMP_UUID)) {
            return Optional.empty();
        }
        return Optional.of(new String(contents, XMP_UUID.length, contents.length - XMP_UUID.length,
                StandardCharsets.UTF_8));
    }
}
