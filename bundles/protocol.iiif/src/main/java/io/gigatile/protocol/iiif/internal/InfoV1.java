/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a 1.1 info.json: flat members under Stanford's context and compliance URIs, as 1.1 viewers read them.
 * 1.1 has no sizes, limits, features or rights: what it cannot say is left out, and the operator's extra members
 * may add it.
 */
final class InfoV1 {

    private InfoV1() {
    }

    /**
     * @param c what to say
     * @return the JSON document
     */
    static String write(InfoContent c) {
        List<String> written = new ArrayList<>(List.of("@context", "@id", "width", "height", "scale_factors",
                "tile_width", "tile_height", "formats", "qualities", "profile"));
        JsonWriter json = new JsonWriter().beginObject()
                .name("@context").value(IiifVersion.V1.context())
                .name("@id").value(c.id())
                .name("width").value(c.info().width())
                .name("height").value(c.info().height());
        // every tile-addressable level, so that a viewer zooms out on small levels, not on the full resolution
        json.name("scale_factors").beginArray();
        c.pyramid().steps().forEach(step -> json.value(step.scale()));
        json.endArray();
        // 1.1 assumes one tile size for all scale factors: the one most levels have (the full resolution's on a
        // tie), whose tiles pass through; the others are cut from their levels
        Pyramid.Tiles tiles = c.pyramid().tiles().stream()
                .max(Comparator.comparingInt(t -> t.scaleFactors().size())).orElseThrow();
        json.name("tile_width").value(tiles.width()).name("tile_height").value(tiles.height());
        json.name("formats").beginArray();
        c.formats().forEach(json::value);
        json.endArray().name("qualities").beginArray();
        c.qualities().forEach(json::value);
        json.endArray();
        json.name("profile").value(IiifVersion.V1.profile());
        c.writeExtra(json, written);
        return json.endObject().toString();
    }
}
