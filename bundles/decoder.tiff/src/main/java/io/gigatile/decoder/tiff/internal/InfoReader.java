/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.StackPage;
import io.gigatile.api.ViewAngles;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds the {@link ImageInfo} of one image of a TIFF from its levels and its directory's metadata. */
final class InfoReader {
    /** Metadata key of a page's name (TIFF PageName), as iipsrv names it. */
    static final String META_PAGE_NAME = "pagename";
    /** iipsrv's "scale" metadata: StoNits as C's {@code %g} prints it, for IIP's {@code OBJ=scale}. */
    static final String META_SCALE = "scale";

    private static final int MAX_EMBEDDED = 16 << 20;
    private static final double CM_PER_INCH = 2.54;

    private InfoReader() {
    }

    /**
     * @param first the full-resolution directory
     * @param levels the levels, full resolution first
     * @param range the value range of each band
     * @param views the file's views (pages)
     * @param stack the file's pages with their names and scales, or empty when it is not a stack
     * @return the image's description
     */
    static ImageInfo read(Ifd first, List<LevelReader> levels, SampleRange range, ViewAngles views,
            List<StackPage> stack) {
        ImageInfo.Builder info = ImageInfo.builder();
        levels.forEach(level -> info.addLevel(level.level()));
        PixelFormat f = levels.get(0).format();
        info.samples(f.bands(), f.rasterBits(), f.rasterType(), f.space());
        info.range(range.min(), range.max());
        info.angles(views);
        stack.forEach(info::stackPage);
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
        first.numbers(Tag.STO_NITS, 1).ifPresent(v -> info.metadata(META_SCALE, cFormatG(v[0])));
        first.bytes(Tag.XMP, MAX_EMBEDDED)
                .ifPresent(v -> info.metadata(ImageInfo.META_XMP, new String(v, StandardCharsets.UTF_8)));
        first.bytes(Tag.ICC_PROFILE, MAX_EMBEDDED).ifPresent(info::iccProfile);
        return info.build();
    }

    /** C's {@code %g}: six significant digits, trailing zeros dropped, an exponent outside 1e-4 to 1e6. */
    static String cFormatG(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(6, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= -4 && exponent < 6) {
            return rounded.stripTrailingZeros().toPlainString();
        }
        String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
        int magnitude = Math.abs(exponent);
        return mantissa + (exponent < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + magnitude;
    }
}
