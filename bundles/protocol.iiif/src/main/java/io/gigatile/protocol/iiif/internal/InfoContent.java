/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.Quality;
import java.util.List;
import java.util.Map;

/**
 * Everything an info.json says, whichever version writes it.
 *
 * @param id the image service's URI
 * @param info the image
 * @param pyramid its levels
 * @param limits the output limits
 * @param formats the output formats the engine writes, of those IIIF names
 * @param qualities the names, in the version written, of the qualities the engine renders, of {@link #QUALITIES}
 *        and iipsrv's extra ones
 * @param rights the rights statement
 * @param extra the operator's extra members (IIIF_EXTRA_INFO)
 */
record InfoContent(String id, ImageInfo info, Pyramid pyramid, Limits limits, List<String> formats,
        List<String> qualities, Rights rights, Map<String, Object> extra) {

    /**
     * The qualities IIIF names, in the order info.json lists them (each version by its own names,
     * {@link QualityFormat#name}); the engine makes gray and bitonal with bundles.
     */
    static final List<Quality> QUALITIES = List.of(Quality.DEFAULT, Quality.COLOR, Quality.GRAY, Quality.BITONAL);

    /**
     * Features of 2.1 and 3.0 (3.0's names; 2.1 knows them all; 1.1 lists none). CORS is the http bundle's (its
     * CORS setting); {@code sizeUpscaling} is added only where the engine allows upscaling.
     */
    static final List<String> FEATURES = List.of("baseUriRedirect", "canonicalLinkHeader", "cors",
            "jsonldMediaType", "mirroring", "profileLinkHeader", "regionByPct", "regionByPx", "regionSquare",
            "rotationArbitrary", "rotationBy90s", "sizeByConfinedWh", "sizeByH", "sizeByPct", "sizeByW", "sizeByWh");

    /** Writes the sizes and tiles arrays, which 2.1 and 3.0 spell alike. */
    void writeSizesAndTiles(JsonWriter json) {
        json.name("sizes").beginArray();
        for (int[] size : pyramid.sizes(limits)) {
            json.beginObject().name("width").value(size[0]).name("height").value(size[1]).endObject();
        }
        json.endArray().name("tiles").beginArray();
        for (Pyramid.Tiles tiles : pyramid.tiles()) {
            json.beginObject().name("width").value(tiles.width()).name("height").value(tiles.height())
                    .name("scaleFactors").beginArray();
            tiles.scaleFactors().forEach(json::value);
            json.endArray().endObject();
        }
        json.endArray();
    }

    /**
     * Writes the extra members whose names the version's own writer has not used.
     *
     * @param json the writer, inside the outermost object
     * @param written names already written
     */
    void writeExtra(JsonWriter json, List<String> written) {
        extra.forEach((name, value) -> {
            if (!written.contains(name)) {
                json.name(name).any(value);
            }
        });
    }
}
