/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import java.util.ArrayList;
import java.util.List;

/** Writes a 3.0 info.json (ImageService3, level 2). */
final class InfoV3 {
    /** Formats level 2 includes; only others go into {@code extraFormats}. */
    private static final List<String> LEVEL2_FORMATS = List.of("jpg", "png");
    /** Qualities every image has; the others are listed as extra when the engine renders them. */
    private static final List<String> BASE_QUALITIES = List.of("default", "color");

    private InfoV3() {
    }

    /**
     * @param c what to say
     * @return the JSON document
     */
    static String write(InfoContent c) {
        List<String> written = new ArrayList<>(List.of("@context", "id", "type", "protocol", "profile", "width",
                "height", "sizes", "tiles", "extraFeatures"));
        JsonWriter json = new JsonWriter().beginObject()
                .name("@context").value(IiifVersion.V3.context())
                .name("id").value(c.id())
                .name("type").value("ImageService3")
                .name("protocol").value(IiifVersion.PROTOCOL)
                .name("profile").value("level2")
                .name("width").value(c.info().width())
                .name("height").value(c.info().height());
        Limits limits = c.limits();
        if (limits.maxWidth() > 0) {
            json.name("maxWidth").value(limits.maxWidth()).name("maxHeight").value(limits.maxHeight());
            written.addAll(List.of("maxWidth", "maxHeight"));
        }
        if (limits.maxArea() > 0) {
            json.name("maxArea").value(limits.maxArea());
            written.add("maxArea");
        }
        c.writeSizesAndTiles(json);
        List<String> extraQualities = c.qualities().stream().filter(q -> !BASE_QUALITIES.contains(q)).toList();
        if (!extraQualities.isEmpty()) {
            json.name("extraQualities").beginArray();
            extraQualities.forEach(json::value);
            json.endArray();
            written.add("extraQualities");
        }
        List<String> extraFormats = c.formats().stream().filter(f -> !LEVEL2_FORMATS.contains(f)).toList();
        if (!extraFormats.isEmpty()) {
            json.name("extraFormats").beginArray();
            extraFormats.forEach(json::value);
            json.endArray();
            written.add("extraFormats");
        }
        json.name("extraFeatures").beginArray();
        InfoContent.FEATURES.forEach(json::value);
        if (limits.allowUpscaling()) {
            json.value("sizeUpscaling");
        }
        json.endArray();
        if (c.rights().isUri()) {
            json.name("rights").value(c.rights().text());
            written.add("rights");
        }
        c.writeExtra(json, written);
        return json.endObject().toString();
    }
}
