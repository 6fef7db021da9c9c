/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.jp2.codestream;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.UnsupportedFormatException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A codestream's main header (ISO 15444-1 Annex A): SIZ for the image, tiles and components, COD and COC for
 * the layers and the decomposition levels, up to the first tile-part (SOT). Every value is checked against the
 * limits of the standard and of the decoders.
 */
final class MainHeader {
    /** The most components a Gigatile decoder serves. */
    static final int MAX_COMPONENTS = 64;

    private static final int SOC = 0xFF4F;
    private static final int SIZ = 0xFF51;
    private static final int COD = 0xFF52;
    private static final int COC = 0xFF53;
    private static final int SOT = 0xFF90;
    /** A main header longer than this (huge PPM or TLM marker segments) is refused rather than read. */
    private static final int MAX_HEADER = 16 << 20;
    private static final int FIRST_READ = 64 << 10;
    /** The most tiles a codestream can have (Isot is 16 bits). */
    private static final long MAX_TILES = 65_535;
    private static final int MAX_DECOMPOSITIONS = 32;

    private final int width;
    private final int height;
    private final int x0;
    private final int y0;
    private final int tileWidth;
    private final int tileHeight;
    private final int tileX0;
    private final int tileY0;
    private final List<Jp2Header.Component> components;
    private final long offset;
    private final long length;
    private int layers;
    private int resolutions = Integer.MAX_VALUE;

    private MainHeader(ByteBuffer siz, long offset, long length) {
        this.offset = offset;
        this.length = length;
        siz.getShort(); // Rsiz: capabilities, which the decoders find out themselves
        long xsiz = Integer.toUnsignedLong(siz.getInt());
        long ysiz = Integer.toUnsignedLong(siz.getInt());
        long xo = Integer.toUnsignedLong(siz.getInt());
        long yo = Integer.toUnsignedLong(siz.getInt());
        long xt = Integer.toUnsignedLong(siz.getInt());
        long yt = Integer.toUnsignedLong(siz.getInt());
        long xto = Integer.toUnsignedLong(siz.getInt());
        long yto = Integer.toUnsignedLong(siz.getInt());
        int count = Short.toUnsignedInt(siz.getShort());
        if (xsiz <= xo || ysiz <= yo || xsiz - xo > Integer.MAX_VALUE || ysiz - yo > Integer.MAX_VALUE
                || xo > Integer.MAX_VALUE || yo > Integer.MAX_VALUE) {
            throw new DecodeFailureException("a JPEG 2000 codestream with an impossible image size");
        }
        if (xt == 0 || yt == 0 || xto > xo || yto > yo || xto + xt <= xo || yto + yt <= yo
                || xt > Integer.MAX_VALUE || yt > Integer.MAX_VALUE) {
            throw new DecodeFailureException("a JPEG 2000 codestream with impossible tiles");
        }
        long tiles = ((xsiz - xto + xt - 1) / xt) * ((ysiz - yto + yt - 1) / yt);
        if (tiles > MAX_TILES) {
            throw new DecodeFailureException("a JPEG 2000 codestream with more tiles than the standard allows");
        }
        if (count == 0 || count > 16_384 || siz.remaining() != 3 * count) {
            throw new DecodeFailureException("a JPEG 2000 codestream with a malformed component list");
        }
        width = (int) (xsiz - xo);
        height = (int) (ysiz - yo);
        x0 = (int) xo;
        y0 = (int) yo;
        tileWidth = (int) xt;
        tileHeight = (int) yt;
        tileX0 = (int) xto;
        tileY0 = (int) yto;
        components = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            int ssiz = Byte.toUnsignedInt(siz.get());
            int dx = Byte.toUnsignedInt(siz.get());
            int dy = Byte.toUnsignedInt(siz.get());
            int precision = (ssiz & 0x7F) + 1;
            if (precision > 38 || dx == 0 || dy == 0) {
                throw new DecodeFailureException("a JPEG 2000 codestream with a malformed component");
            }
            components.add(new Jp2Header.Component(precision, (ssiz & 0x80) != 0, dx, dy));
        }
    }

    /**
     * @param bytes the file
     * @param offset where the codestream starts
     * @param length its length
     * @return its main header, checked
     */
    static MainHeader read(ByteSource bytes, long offset, long length) {
        ByteBuffer in = ByteBuffer.wrap(bytes.read(offset, (int) Math.min(length, FIRST_READ)));
        if (in.remaining() < 4 || Short.toUnsignedInt(in.getShort()) != SOC) {
            throw new DecodeFailureException("a JPEG 2000 codestream does not start with SOC");
        }
        MainHeader main = null;
        boolean cod = false;
        while (true) {
            if (in.remaining() < 4) {
                in = more(bytes, offset, length, in);
            }
            int marker = Short.toUnsignedInt(in.getShort());
            if (marker == SOT) {
                break;
            }
            if ((marker & 0xFF00) != 0xFF00) {
                throw new DecodeFailureException("a malformed JPEG 2000 main header");
            }
            int segment = Short.toUnsignedInt(in.getShort());
            if (segment < 2) {
                throw new DecodeFailureException("a malformed JPEG 2000 marker segment");
            }
            while (in.remaining() < segment - 2) {
                in = more(bytes, offset, length, in);
            }
            ByteBuffer body = in.slice(in.position(), segment - 2);
            in.position(in.position() + segment - 2);
            if (marker == SIZ) {
                if (main != null) {
                    throw new DecodeFailureException("a JPEG 2000 codestream with two SIZ markers");
                }
                if (body.remaining() < 36 + 3) {
                    throw new DecodeFailureException("a malformed JPEG 2000 SIZ marker");
                }
                main = new MainHeader(body, offset, length);
            } else if (main == null) {
                throw new DecodeFailureException("a JPEG 2000 codestream without SIZ after SOC");
            } else if (marker == COD) {
                main.codingStyle(body);
                cod = true;
            } else if (marker == COC) {
                main.componentCodingStyle(body);
            }
        }
        if (main == null || !cod) {
            throw new DecodeFailureException("a JPEG 2000 main header lacks SIZ or COD");
        }
        main.checkSupported();
        return main;
    }

    /** Reads on: the buffer's unread bytes followed by as many again, within the codestream and the bound. */
    private static ByteBuffer more(ByteSource bytes, long offset, long length, ByteBuffer in) {
        long done = in.limit();
        if (done >= length || done >= MAX_HEADER) {
            throw new DecodeFailureException("a JPEG 2000 main header runs past the end of its codestream");
        }
        int next = (int) Math.min(Math.min(length, MAX_HEADER), done * 2);
        ByteBuffer grown = ByteBuffer.wrap(bytes.read(offset, next));
        grown.position(in.position());
        return grown;
    }

    private void codingStyle(ByteBuffer cod) {
        if (cod.remaining() < 10) {
            throw new DecodeFailureException("a malformed JPEG 2000 COD marker");
        }
        cod.get(); // Scod
        cod.get(); // progression order
        layers = Short.toUnsignedInt(cod.getShort());
        cod.get(); // multiple component transform
        decompositions(Byte.toUnsignedInt(cod.get()));
        if (layers == 0) {
            throw new DecodeFailureException("a JPEG 2000 codestream without quality layers");
        }
    }

    private void componentCodingStyle(ByteBuffer coc) {
        int index = components.size() < 257 ? 1 : 2;
        if (coc.remaining() < index + 2) {
            throw new DecodeFailureException("a malformed JPEG 2000 COC marker");
        }
        int component = index == 1 ? Byte.toUnsignedInt(coc.get()) : Short.toUnsignedInt(coc.getShort());
        if (component >= components.size()) {
            throw new DecodeFailureException("a JPEG 2000 COC marker names a component that does not exist");
        }
        coc.get(); // Scoc
        decompositions(Byte.toUnsignedInt(coc.get()));
    }

    /** The fewest resolutions of any component are those every component has. */
    private void decompositions(int levels) {
        if (levels > MAX_DECOMPOSITIONS) {
            throw new DecodeFailureException("a JPEG 2000 codestream with too many decomposition levels");
        }
        resolutions = Math.min(resolutions, levels + 1);
    }

    private void checkSupported() {
        Jp2Header.Component first = components.get(0);
        if (components.size() > MAX_COMPONENTS) {
            throw new UnsupportedFormatException("JPEG 2000 images of more than " + MAX_COMPONENTS
                    + " components are not supported");
        }
        for (Jp2Header.Component c : components) {
            if (c.dx() != 1 || c.dy() != 1) {
                throw new UnsupportedFormatException("JPEG 2000 images with sub-sampled components are not supported");
            }
            if (c.precision() != first.precision() || c.signed() != first.signed()) {
                throw new UnsupportedFormatException(
                        "JPEG 2000 images whose components differ in precision are not supported");
            }
        }
        if (first.precision() > 16) {
            throw new UnsupportedFormatException("JPEG 2000 images of more than 16 bits are not supported");
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int bands() {
        return components.size();
    }

    Jp2Header header(Jp2Header.Container kind, Jp2Header.Colour colour, Optional<byte[]> icc, List<String> xml,
            Optional<String> xmp) {
        return new Jp2Header(kind, offset, length, width, height, x0, y0, tileWidth, tileHeight, tileX0, tileY0,
                components, layers, resolutions, colour, icc, xml, xmp);
    }
}
