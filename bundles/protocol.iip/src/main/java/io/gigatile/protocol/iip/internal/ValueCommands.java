/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.SampleType;
import java.util.List;

/**
 * The commands that answer with sample values rather than pixels: SPECTRA (one pixel in every horizontal view,
 * as XML) and PFL (a line of pixels, as JSON), in the text iipsrv's SPECTRA.cc and PFL.cc write. Both read the
 * decoder's samples, untouched by MINMAX or the processing commands, at the vertical view SDS chose, and name each
 * view by its angle, or a stack's page by its name where it has one, as iipsrv does; PFL scales a page's values by
 * its scale.
 */
final class ValueCommands {
    /** A PFL answer's values over all views and bands; iipsrv sets no limit, a line across a huge level is long. */
    static final int MAX_PROFILE_VALUES = 1 << 20;

    private ValueCommands() {
    }

    /**
     * {@code SPECTRA=resolution,tile,x,y}: the pixel at x, y within the tile, in every horizontal view, its first
     * band scaled as iipsrv scales it: 8-bit samples /255, 16-bit /65535, 32-bit integers and floats as they are.
     * A position inside the tile size but outside a smaller edge tile gives an empty list, as in iipsrv.
     *
     * @param session the request so far
     * @param argument {@code resolution,tile,x,y}
     * @return {@code application/xml}
     * @throws BadRequestException if the argument is malformed or outside the image
     */
    static ProtocolResponse spectra(IipSession session, String argument) {
        ImageInfo info = session.info("SPECTRA");
        String[] v = IipNumbers.list("SPECTRA", argument, 4);
        int levelIndex = ImageCommands.levelIndex(info, "SPECTRA", IipNumbers.natural("SPECTRA", v[0]));
        Level level = info.levels().get(levelIndex);
        int tile = IipNumbers.natural("SPECTRA", v[1]);
        int x = IipNumbers.natural("SPECTRA", v[2]);
        int y = IipNumbers.natural("SPECTRA", v[3]);
        if (tile >= (long) level.tilesAcross() * level.tilesDown()) {
            throw new BadRequestException("SPECTRA tile is outside the image at that resolution");
        }
        if (x >= level.tileWidth() || y >= level.tileHeight()) {
            throw new BadRequestException("SPECTRA x,y coordinates outside of tile boundaries");
        }
        Rect tileRect = level.tileRect(tile % level.tilesAcross(), tile / level.tilesAcross());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<spectra>\n");
        if (x < tileRect.width() && y < tileRect.height()) {
            Rect pixel = new Rect(tileRect.x() + x, tileRect.y() + y, 1, 1);
            int viewY = session.viewY();
            List<Integer> angles = info.angles().horizontal();
            for (int h = 0; h < angles.size(); h++) {
                Raster raster = session.image().samples(h, viewY, levelIndex, pixel);
                xml.append("\t<point>\n\t\t<wavelength>").append(xml(viewName(info, h)))
                        .append("</wavelength>\n\t\t<reflectance>").append(CNumberFormat.f(reflectance(raster)))
                        .append("</reflectance>\n\t</point>\n");
            }
        }
        xml.append("</spectra>");
        return ProtocolResponse.text("application/xml", xml.toString(), session.lastModified());
    }

    /**
     * {@code PFL=resolution:x1,y1-x2,y2}: the samples of a horizontal line (x1 to x2, end excluded, at y1) when
     * x2 > x1, else of a vertical one (y1 to y2 at x1) when y2 > y1, else of the one pixel x1,y1; all bands of each
     * pixel in turn. Numbers print as C++ streams print a float: six significant digits, or nine decimals for
     * floating point images. With several horizontal views, one list per view under its angle.
     *
     * @param session the request so far
     * @param argument {@code resolution:x1,y1-x2,y2} or {@code resolution:x,y}
     * @return {@code application/json}
     * @throws BadRequestException if the argument is malformed, outside the image or the line too long
     */
    static ProtocolResponse profile(IipSession session, String argument) {
        ImageInfo info = session.info("PFL");
        int colon = argument.indexOf(':');
        if (colon < 0) {
            throw new BadRequestException("PFL needs resolution:x1,y1-x2,y2");
        }
        int levelIndex = ImageCommands.levelIndex(info, "PFL",
                IipNumbers.natural("PFL", argument.substring(0, colon)));
        Level level = info.levels().get(levelIndex);
        String[] ends = argument.substring(colon + 1).split("-", -1);
        if (ends.length > 2) {
            throw new BadRequestException("PFL needs resolution:x1,y1-x2,y2");
        }
        int[] start = point(ends[0]);
        int[] end = ends.length == 2 ? point(ends[1]) : start;
        // iipsrv's own check lets a coordinate equal the size; the line read must still lie inside the level
        if (Math.max(start[0], end[0]) > level.width() || Math.max(start[1], end[1]) > level.height()) {
            throw new BadRequestException("PFL coordinates are outside the image");
        }
        int width = end[0] > start[0] ? end[0] - start[0] : 1;
        int height = end[0] <= start[0] && end[1] > start[1] ? end[1] - start[1] : 1;
        if (start[0] + width > level.width() || start[1] + height > level.height()) {
            throw new BadRequestException("PFL coordinates are outside the image");
        }
        List<Integer> angles = info.angles().horizontal();
        if ((long) width * height * info.bands() * angles.size() > MAX_PROFILE_VALUES) {
            throw new BadRequestException("PFL profile is too long");
        }
        Rect line = new Rect(start[0], start[1], width, height);
        int viewY = session.viewY();
        int views = angles.size();
        StringBuilder json = new StringBuilder("{\n\t\"profile\": ").append(views > 1 ? "{\n" : "");
        for (int h = 0; h < views; h++) {
            if (views > 1) {
                json.append("\t\t\"").append(ObjMetadata.escape(viewName(info, h))).append("\": ");
            }
            float scale = h < info.stack().size() ? (float) info.stack().get(h).scale() : 1f;
            values(session.image().samples(h, viewY, levelIndex, line), scale, json.append('['));
            json.append(h < views - 1 ? "],\n" : "]\n");
        }
        json.append(views > 1 ? "\t}\n}" : "}");
        return ProtocolResponse.text("application/json", json.toString(), session.lastModified());
    }

    private static int[] point(String text) {
        String[] xy = IipNumbers.list("PFL", text, 2);
        return new int[] {IipNumbers.natural("PFL", xy[0]), IipNumbers.natural("PFL", xy[1])};
    }

    /** A stack page's name where it has one, else the view's angle: what iipsrv calls a view in SPECTRA and PFL. */
    private static String viewName(ImageInfo info, int view) {
        String name = view < info.stack().size() ? info.stack().get(view).name() : "";
        return name.isEmpty() ? Integer.toString(info.angles().horizontal().get(view)) : name;
    }

    /** A name from the file, escaped for XML text (iipsrv writes it as it is). */
    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Every sample times the page's scale, comma-separated, as iipsrv's stream prints the float it reads. */
    private static void values(Raster raster, float scale, StringBuilder out) {
        boolean floats = raster.sampleType() == SampleType.FLOAT;
        int count = raster.width() * raster.height() * raster.bands();
        for (int i = 0; i < count; i++) {
            float read = (float) sample(raster, i);
            float value = scale == 1f ? read : read * scale;
            out.append(floats ? CNumberFormat.f(value, 9) : CNumberFormat.g(value, 6));
            if (i < count - 1) {
                out.append(',');
            }
        }
    }

    /** iipsrv's reflectance of the first sample: its fraction of the 8 or 16-bit range, or the value itself. */
    static float reflectance(Raster raster) {
        double value = sample(raster, 0);
        if (raster.isByteBacked()) {
            return (float) (value / 255.0);
        }
        return raster.bitsPerSample() <= 16 ? (float) (value / 65535.0) : (float) value;
    }

    /** @return one sample's value: unsigned unless the raster is signed, as iipsrv reads its unsigned types */
    static double sample(Raster raster, int index) {
        boolean signed = raster.sampleType() == SampleType.SIGNED;
        if (raster.isByteBacked()) {
            byte b = raster.bytes()[index];
            return signed ? b : b & 0xff;
        } else if (raster.sampleType() == SampleType.FLOAT) {
            return raster.floats()[index];
        } else if (raster.bitsPerSample() <= 16) {
            short s = raster.shorts()[index];
            return signed ? s : s & 0xffff;
        }
        int i = raster.ints()[index];
        return signed ? i : Integer.toUnsignedLong(i);
    }
}
