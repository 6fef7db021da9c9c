/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * The output size a request wants for its region. Immutable.
 *
 * @param kind how the numbers are meant
 * @param width width in pixels, or percent for {@link Kind#PERCENT}; 0 where unused
 * @param height height in pixels; 0 where unused
 * @param upscale whether the output may be larger than the region at full resolution
 * @since 1.0
 */
public record Size(Kind kind, double width, double height, boolean upscale) {

    /** How a size's numbers are meant. */
    public enum Kind {
        /** The region's own size at full resolution (or a tile's own size), within the server's limits. */
        MAX,
        /** Exactly width x height, distorting if need be. */
        EXACT,
        /** This width; height keeps the aspect ratio. */
        WIDTH,
        /** This height; width keeps the aspect ratio. */
        HEIGHT,
        /** The largest size within width x height that keeps the aspect ratio. */
        FIT,
        /** A percentage of the region's full-resolution size. */
        PERCENT
    }

    /** The natural size, no upscaling. */
    public static final Size MAX = new Size(Kind.MAX, 0, 0, false);

    /** Checks that the numbers suit the kind. */
    public Size {
        boolean ok = switch (kind) {
            case MAX -> true;
            case EXACT, FIT -> width >= 1 && height >= 1;
            case WIDTH -> width >= 1;
            case HEIGHT -> height >= 1;
            case PERCENT -> width > 0 && !Double.isInfinite(width);
        };
        if (!ok) {
            throw new BadRequestException("size must be positive");
        }
    }

    /** @return a canonical text form for cache keys */
    public String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + width + "," + height + (upscale ? "^" : "");
    }
}
