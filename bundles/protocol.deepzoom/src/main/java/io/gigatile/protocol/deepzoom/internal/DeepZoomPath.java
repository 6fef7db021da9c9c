/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.deepzoom.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.protocol.PercentDecoding;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a DeepZoom path asks for: {@code {id}.dzi}, the descriptor, or {@code {id}_files/{level}/{column}_{row}.jpg},
 * a tile. The identifier is everything before the suffix or before the last {@code _files/}, as iipsrv cuts it,
 * so identifiers may contain folders.
 */
sealed interface DeepZoomPath {

    /** The tile part: numbers of at most nine digits, so they fit an int, and a format suffix. */
    Pattern TILE = Pattern.compile("(\\d{1,9})/(\\d{1,9})_(\\d{1,9})\\.(jpg|jpeg|png)", Pattern.CASE_INSENSITIVE);

    /**
     * @return the decoded image identifier
     */
    String identifier();

    /**
     * The descriptor ({@code .dzi}) of an image.
     *
     * @param identifier the image
     */
    record Descriptor(String identifier) implements DeepZoomPath {
    }

    /**
     * One tile.
     *
     * @param identifier the image
     * @param level the DeepZoom level, 0 being 1x1 pixel
     * @param column tile column from the left
     * @param row tile row from the top
     * @param suffix the format suffix in lower case ({@code jpg}, {@code jpeg} or {@code png})
     */
    record Tile(String identifier, int level, int column, int row, String suffix) implements DeepZoomPath {
    }

    /**
     * @param path the path below the mount, or {@code "/"} and the value of {@code ?DeepZoom=}, percent-encoded
     * @return what it asks for
     * @throws BadRequestException if it is neither a descriptor nor a tile
     */
    static DeepZoomPath parse(String path) {
        String raw = path.startsWith("/") ? path.substring(1) : path;
        if (raw.endsWith(".dzi")) {
            return new Descriptor(decodeIdentifier(raw.substring(0, raw.length() - ".dzi".length())));
        }
        int files = raw.lastIndexOf("_files/");
        if (files < 0) {
            throw new BadRequestException("DeepZoom paths end in .dzi or _files/{level}/{column}_{row}.jpg");
        }
        Matcher tile = TILE.matcher(raw.substring(files + "_files/".length()));
        if (!tile.matches()) {
            throw new BadRequestException("DeepZoom tiles are named {level}/{column}_{row}.jpg");
        }
        return new Tile(decodeIdentifier(raw.substring(0, files)), Integer.parseInt(tile.group(1)),
                Integer.parseInt(tile.group(2)), Integer.parseInt(tile.group(3)),
                tile.group(4).toLowerCase(Locale.ROOT));
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
