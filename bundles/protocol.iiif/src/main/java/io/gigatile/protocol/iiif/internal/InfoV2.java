/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import java.util.ArrayList;
import java.util.List;

/** Writes a 2.1 info.json: level 2 profile with the formats, qualities and features beyond it. */
final class InfoV2 {
    /** 2.1's names for size features that 3.0 renamed or dropped. */
    private static final List<String> V2_SIZE_FEATURES = List.of("sizeByDistortedWh", "sizeByForcedWh");

    private InfoV2() {
    }

    /**
     * @param c what to say
     * @return the JSON document
     */
    static String write(InfoContent c) {
        List<String> written = new ArrayList<>(List.of("@context", "@id", "protocol", "width", "height", "sizes",
                "tiles", "profile"));
        JsonWriter json = new JsonWriter().beginObject()
                .name("@context").value(IiifVersion.V2.context())
                .name("@id").value(c.id())
                .name("protocol").value(IiifVersion.PROTOCOL)
                .name("width").value(c.info().width())
                .name("height").value(c.info().height());
        c.writeSizesAndTiles(json);
        json.name("profile").beginArray().value(IiifVersion.V2.profile()).beginObject();
        json.name("formats").beginArray();
        c.formats().forEach(json::value);
        json.endArray().name("qualities").beginArray();
        c.qualities().forEach(json::value);
        json.endArray().name("supports").beginArray();
        InfoContent.FEATURES.forEach(json::value);
        V2_SIZE_FEATURES.forEach(json::value);
        if (c.limits().allowUpscaling()) {
            json.value("sizeAboveFull");
        }
        json.endArray();
        Limits limits = c.limits();
        if (limits.maxWidth() > 0) {
            json.name("maxWidth").value(limits.maxWidth()).name("maxHeight").value(limits.maxHeight());
        }
        if (limits.maxArea() > 0) {
            json.name("maxArea").value(limits.maxArea());
        }
        json.endObject().endArray();
        if (!c.rights().text().isEmpty()) {
            String name = c.rights().isUri() ? "license" : "attribution";
            json.name(name).value(c.rights().text());
            written.add(name);
        }
        c.writeExtra(json, written);
        return json.endObject().toString();
    }
}
