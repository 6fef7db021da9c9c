/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.StackPage;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metadata objects of iipsrv's OBJ command: one field as plain text (XMP as XML), or all of them as JSON.
 * A field the image lacks adds nothing, as in iipsrv.
 */
final class ObjMetadata {

    private ObjMetadata() {
    }

    /**
     * @param info the image
     * @param field the metadata key, lower case
     * @param reply where the value goes
     */
    static void field(ImageInfo info, String field, IipReply reply) {
        String value = info.metadata().get(field);
        if (value != null && !value.isEmpty()) {
            reply.mediaType(field.equals(ImageInfo.META_XMP) ? "application/xml" : "text/plain");
            reply.line(value);
        }
    }

    /**
     * All fields but the ICC profile and XMP, sorted by key, in iipsrv's layout. iipsrv writes the values
     * unescaped, which breaks the JSON when a value holds a quote; here they are escaped.
     *
     * @param info the image
     * @param reply where the object goes
     */
    static void json(ImageInfo info, IipReply reply) {
        StringBuilder json = new StringBuilder("{ ");
        for (Map.Entry<String, String> e : new TreeMap<>(info.metadata()).entrySet()) {
            if (e.getKey().equals("icc") || e.getKey().equals(ImageInfo.META_XMP) || e.getValue().isEmpty()) {
                continue;
            }
            json.append("\n\t\"").append(escape(e.getKey())).append("\": \"").append(escape(e.getValue()))
                    .append("\",");
        }
        // iipsrv overwrites the last character (the trailing comma, or the space after the brace) with the newline.
        json.setLength(json.length() - 1);
        json.append("\n}");
        reply.mediaType("application/json");
        reply.line(json.toString());
    }

    /**
     * iipsrv 1.3's stack JSON: each page's index, name and scale, the scale a C float printed with 9 significant
     * digits, as its stream does ({@code 0.35} is {@code 0.349999994}). An image that is not a stack answers
     * nothing, as in iipsrv.
     */
    static void stack(ImageInfo info, IipReply reply) {
        if (info.stack().isEmpty()) {
            return;
        }
        StringBuilder json = new StringBuilder("[ ");
        for (int i = 0; i < info.stack().size(); i++) {
            StackPage page = info.stack().get(i);
            json.append("\n\t{\n\t\t\"id\": ").append(i).append(",\n\t\t\"name\": \"").append(escape(page.name()))
                    .append("\",\n\t\t\"scale\": ").append(CNumberFormat.g((float) page.scale(), 9))
                    .append("\n\t},");
        }
        // as in iipsrv, the trailing comma is overwritten
        json.setLength(json.length() - 1);
        json.append("\n]");
        reply.mediaType("application/json");
        reply.line(json.toString());
    }

    /** @return the text as a JSON string's content */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
