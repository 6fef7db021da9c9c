/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.zoomify.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.protocol.PercentDecoding;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Zoomify path asks for: {@code {id}/ImageProperties.xml}, or the tile
 * {@code {id}/TileGroup{n}/{tier}-{column}-{row}.jpg}. The identifier is everything before the file name or
 * before the last {@code /TileGroup}, so identifiers may contain folders.
 */
sealed interface ZoomifyPath {

    /** The file that describes an image. */
    String PROPERTIES = "/ImageProperties.xml";

    /** The tile part: numbers of at most nine digits, so they fit an int, and a format suffix. */
    Pattern TILE = Pattern.compile("/TileGroup(\\d{1,9})/(\\d{1,9})-(\\d{1,9})-(\\d{1,9})\\.(jpg|jpeg|png)",
            Pattern.CASE_INSENSITIVE);

    /**
     * @return the decoded image identifier
     */
    String identifier();

    /**
     * The image's {@code ImageProperties.xml}.
     *
     * @param identifier the image
     */
    record Properties(String identifier) implements ZoomifyPath {
    }

    /**
     * One tile.
     *
     * @param identifier the image
     * @param group the tile group the URL names
     * @param tier the tier, 0 being the one that fits in one tile
     * @param column tile column from the left
     * @param row tile row from the top
     * @param suffix the format suffix in lower case ({@code jpg}, {@code jpeg} or {@code png})
     */
    record Tile(String identifier, int group, int tier, int column, int row, String suffix) implements ZoomifyPath {
    }

    /**
     * @param path the path below the mount, or {@code "/"} and the value of {@code ?Zoomify=}, percent-encoded
     * @return what it asks for
     * @throws BadRequestException if it is neither the properties nor a tile
     */
    static ZoomifyPath parse(String path) {
        String raw = path.startsWith("/") ? path.substring(1) : path;
        if (raw.endsWith(PROPERTIES)) {
            return new Properties(decodeIdentifier(raw.substring(0, raw.length() - PROPERTIES.length())));
        }
        int group = raw.lastIndexOf("/TileGroup");
        if (group < 0) {
            throw new BadRequestException("Zoomify paths end in /ImageProperties.xml or "
                    + "/TileGroup{n}/{tier}-{column}-{row}.jpg");
        }
        Matcher tile = TILE.matcher(raw.substring(group));
        if (!tile.matches()) {
            throw new BadRequestException("Zoomify tiles are named TileGroup{n}/{tier}-{column}-{row}.jpg");
        }
        return new Tile(decodeIdentifier(raw.substring(0, group)), Integer.parseInt(tile.group(1)),
                Integer.parseInt(tile.group(2)), Integer.parseInt(tile.group(3)), Integer.parseInt(tile.group(4)),
                tile.group(5).toLowerCase(Locale.ROOT));
    }

    /**
     * Reads an identifier as iipsrv does (see {@link PercentDecoding#decodeAsIipsrv}). The store, not the
     * protocol, keeps identifiers inside its root.
     */
    private static String decodeIdentifier(String raw) {
        String identifier = PercentDecoding.decodeAsIipsrv(raw);
        if (identifier.isBlank()) {
            throw new BadRequestException("the path names no image");
        }
        return identifier;
    }
}
