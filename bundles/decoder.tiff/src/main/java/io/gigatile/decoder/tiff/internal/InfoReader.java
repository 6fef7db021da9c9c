/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ViewAngles;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds the {@link ImageInfo} of one image of a TIFF from its levels and its directory's metadata. */
final class InfoReader {
    /** Metadata key of a page's name (TIFF PageName), as iipsrv names it. */
    static final String META_PAGE_NAME = "pagename";

    private static final int MAX_EMBEDDED = 16 << 20;
    private static final double CM_PER_INCH = 2.54;

    private InfoReader() {
    }

    /**
     * @param first the full-resolution directory
     * @param levels the levels, full resolution first
     * @param range the value range of each band
     * @param views the file's views (pages)
     * @return the image's description
     */
    static ImageInfo read(Ifd first, List<LevelReader> levels, SampleRange range, ViewAngles views) {
        ImageInfo.Builder info = ImageInfo.builder();
        levels.forEach(level -> info.addLevel(level.level()));
        PixelFormat f = levels.get(0).format();
        info.samples(f.bands(), f.rasterBits(), f.rasterType(), f.space());
        info.range(range.min(), range.max());
        info.angles(views);
        long unit = first.scalar(Tag.RESOLUTION_UNIT, 2);
        double perInch = unit == 2 ? 1 : unit == 3 ? CM_PER_INCH : 0;
        info.dpi(first.rational(Tag.X_RESOLUTION) * perInch, first.rational(Tag.Y_RESOLUTION) * perInch);
        first.text(Tag.DOCUMENT_NAME).ifPresent(v -> info.metadata(ImageInfo.META_TITLE, v));
        first.text(Tag.IMAGE_DESCRIPTION).ifPresent(v -> info.metadata(ImageInfo.META_DESCRIPTION, v));
        first.text(Tag.ARTIST).ifPresent(v -> info.metadata(ImageInfo.META_CREATOR, v));
        first.text(Tag.COPYRIGHT).ifPresent(v -> info.metadata(ImageInfo.META_RIGHTS, v));
        first.text(Tag.DATE_TIME).ifPresent(v -> info.metadata(ImageInfo.META_DATE, v));
        first.text(Tag.SOFTWARE).ifPresent(v -> info.metadata(ImageInfo.META_SOFTWARE, v));
        first.text(Tag.MAKE).ifPresent(v -> info.metadata(ImageInfo.META_MAKE, v));
        first.text(Tag.MODEL).ifPresent(v -> info.metadata(ImageInfo.META_MODEL, v));
        first.text(Tag.PAGE_NAME).ifPresent(v -> info.metadata(META_PAGE_NAME, v));
        first.bytes(Tag.XMP, MAX_EMBEDDED)
                .ifPresent(v -> info.metadata(ImageInfo.META_XMP, new String(v, StandardCharsets.UTF_8)));
        first.bytes(Tag.ICC_PROFILE, MAX_EMBEDDED).ifPresent(info::iccProfile);
        return info.build();
    }
}
