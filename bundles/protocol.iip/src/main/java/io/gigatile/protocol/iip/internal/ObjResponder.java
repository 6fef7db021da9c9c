/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers {@code OBJ=...} the way iipsrv's OBJ command does: the same objects, matched in the same order, with
 * the same text. Metadata objects are in {@link ObjMetadata}.
 */
final class ObjResponder {
    static final String IIP_SERVER = "IIP-server:3.65";
    static final String OPT_COMM = "IIP-opt-comm:CVT CNT QLT JTL JTLS WID HEI RGN MINMAX SHD CMP INV CTW";
    static final String OPT_OBJ = "IIP-opt-obj:Horizontal-views Vertical-views Tile-size Bits-per-channel"
            + " Min-Max-sample-values Resolutions";
    private static final List<String> SUMMARY_ORDER = List.of("rights", "description", "creator", "date",
            "software");
    private static final Set<String> FIELDS = Set.of("rights", "title", "description", "creator", "keywords",
            "comment", "last-author", "rev-number", "edit-time", "last-printed", "date", "last-save-dtm",
            "software", "make", "model", "xmp", "scale");

    private ObjResponder() {
    }

    /**
     * @param argument the OBJ value as decoded
     * @param session the request so far
     * @param reply where the answer goes
     */
    static void answer(String argument, IipSession session, IipReply reply) {
        String arg = argument.toLowerCase(Locale.ROOT);
        String command = "OBJ=" + arg;
        if (arg.startsWith("iip,")) {
            reply.protocol("IIP:1.0");
        } else if (arg.equals("basic-info")) {
            ImageInfo info = session.info(command);
            reply.line(IIP_SERVER);
            maxSize(info, session, reply);
            reply.line("Resolution-number:" + info.levels().size());
            colorspace(info, reply);
        } else if (arg.equals("iip-server")) {
            reply.line(IIP_SERVER);
        } else if (arg.equals("iip-opt-comm")) {
            reply.line(OPT_COMM);
        } else if (arg.equals("iip-opt-obj")) {
            reply.line(OPT_OBJ);
        } else if (arg.equals("resolution-number")) {
            reply.line("Resolution-number:" + session.info(command).levels().size());
        } else if (arg.equals("max-size")) {
            maxSize(session.info(command), session, reply);
        } else if (arg.equals("tile-size")) {
            Level full = session.info(command).levels().get(0);
            reply.line("Tile-size:" + full.tileWidth() + " " + full.tileHeight());
        } else if (arg.equals("bits-per-channel")) {
            reply.line("Bits-per-channel:" + session.info(command).bitsPerSample());
        } else if (arg.equals("vertical-views")) {
            reply.line(views("Vertical-views:", session.info(command).angles().vertical()));
        } else if (arg.equals("horizontal-views")) {
            reply.line(views("Horizontal-views:", session.info(command).angles().horizontal()));
        } else if (arg.equals("min-max-sample-values")) {
            minMax(session.info(command), session.ranges(), reply);
        } else if (arg.equals("resolutions")) {
            resolutions(session.info(command), reply);
        } else if (arg.equals("dpi")) {
            dpi(session.info(command), reply);
        } else if (arg.equals("stack")) {
            ObjMetadata.stack(session.info(command), reply);
        } else if (arg.contains("colorspace")) {
            colorspace(session.info(command), reply);
        } else if (arg.equals("summary-info")) {
            ImageInfo info = session.info(command);
            SUMMARY_ORDER.forEach(field -> ObjMetadata.field(info, field, reply));
        } else if (FIELDS.contains(arg)) {
            ObjMetadata.field(session.info(command), arg, reply);
        } else if (arg.equals("metadata")) {
            ObjMetadata.json(session.info(command), reply);
        } else {
            reply.error("3 2", arg);
        }
    }

    /** A quarter turn (ROT before OBJ) swaps the sides, as in iipsrv; no other object changes with it. */
    private static void maxSize(ImageInfo info, IipSession session, IipReply reply) {
        boolean swap = session.processing().rotation().swapsSides();
        reply.line("Max-size:" + (swap ? info.height() : info.width()) + " " + (swap ? info.width() : info.height()));
    }

    /**
     * The angles as iipsrv prints them: each with {@code snprintf(val, 8, "%d ", angle)}, which keeps at most seven
     * characters, and the last character cut off. A single image has horizontal angle 0 and vertical angle 90.
     */
    static String views(String label, List<Integer> angles) {
        StringBuilder line = new StringBuilder(label);
        for (int angle : angles) {
            String item = angle + " ";
            line.append(item, 0, Math.min(item.length(), 7));
        }
        line.setLength(line.length() - 1);
        return line.toString();
    }

    /** Each band's range as MINMAX left it, in C's {@code " %.9g "} of a float, the last space cut off. */
    private static void minMax(ImageInfo info, MinMax ranges, IipReply reply) {
        StringBuilder line = new StringBuilder("Min-Max-sample-values:");
        for (int band = 0; band < info.bands(); band++) {
            line.append(' ').append(CNumberFormat.g((float) ranges.min(band), 9)).append("  ")
                    .append(CNumberFormat.g((float) ranges.max(band), 9)).append(' ');
        }
        line.setLength(line.length() - 1);
        reply.line(line.toString());
    }

    /** Smallest first, as iipsrv lists them. */
    private static void resolutions(ImageInfo info, IipReply reply) {
        StringBuilder line = new StringBuilder("Resolutions:");
        List<Level> levels = info.levels();
        for (int i = levels.size() - 1; i >= 0; i--) {
            line.append(levels.get(i).width()).append(' ').append(levels.get(i).height()).append(i > 0 ? "," : "");
        }
        reply.line(line.toString());
    }

    private static void dpi(ImageInfo info, IipReply reply) {
        float x = (float) info.dpiX();
        float y = (float) info.dpiY();
        if (x != 0 && y != 0) {
            reply.line("DPI:" + CNumberFormat.f(x) + " " + CNumberFormat.f(y));
        }
    }

    /**
     * iipsrv's Colorspace object: CIELAB is 4 (calibrated), greyscale 1 with one plane, everything else 3 with
     * three planes. iipsrv reads palette images as greyscale and gives bilevel images 3; so does this.
     */
    private static void colorspace(ImageInfo info, IipReply reply) {
        String space = switch (info.colourSpace()) {
            case CIELAB -> "1 0 4 3 0 1 2";
            case GREY, PALETTE -> "0 0 1 1 0";
            default -> "0 0 3 3 0 1 2";
        };
        String line = "Colorspace,0-" + (info.levels().size() - 1) + ",0:" + space;
        reply.line(line.length() > 40 ? line.substring(0, 40) : line);
    }
}
