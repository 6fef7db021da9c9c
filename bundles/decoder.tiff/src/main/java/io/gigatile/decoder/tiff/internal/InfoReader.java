/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.SampleType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds the {@link ImageInfo} of a TIFF from its levels and the first directory's metadata. */
final class InfoReader {
    private static final int MAX_EMBEDDED = 16 << 20;
    private static final double CM_PER_INCH = 2.54;

    private InfoReader() {
    }

    /**
     * @param first the full-resolution directory
     * @param levels the levels, full resolution first
     * @return the image's description
     */
    static ImageInfo read(Ifd first, List<TiffLevel> levels) {
        ImageInfo.Builder info = ImageInfo.builder();
        levels.forEach(level -> info.addLevel(level.level()));
        int bands = levels.get(0).bands();
        info.samples(bands, 8, SampleType.UNSIGNED, bands == 1 ? ColourSpace.GREY : ColourSpace.SRGB);
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
        first.bytes(Tag.XMP, MAX_EMBEDDED)
                .ifPresent(v -> info.metadata(ImageInfo.META_XMP, new String(v, StandardCharsets.UTF_8)));
        first.bytes(Tag.ICC_PROFILE, MAX_EMBEDDED).ifPresent(info::iccProfile);
        return info.build();
    }
}
