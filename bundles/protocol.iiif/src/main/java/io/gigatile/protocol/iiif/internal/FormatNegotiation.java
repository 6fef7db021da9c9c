/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The format of a 1.1 image request that names none: 1.1 lets the server choose after the Accept header (the
 * official validator asks with {@code Accept: image/png} and expects PNG). The format the client rates highest
 * among those the server writes; a tie goes to the earlier of {@link QualityFormat#KNOWN_FORMATS}, so that a
 * browser's {@code image/avif,image/webp,image/*} gets jpg. Nothing acceptable, or no header, gives jpg, as iipsrv
 * answers every such request: a client that cannot state its wish still gets an image.
 */
final class FormatNegotiation {
    private static final Map<String, String> MEDIA_TYPES = Map.of("jpg", "image/jpeg", "png", "image/png", "tif",
            "image/tiff", "webp", "image/webp", "gif", "image/gif", "jp2", "image/jp2", "pdf", "application/pdf",
            "avif", "image/avif");
    /** Longer headers are not read: the choice then is jpg. */
    private static final int MAX_ACCEPT = 2048;

    private FormatNegotiation() {
    }

    /** One media range of the header, lower case, with its weight. */
    private record Range(String type, double q) {
    }

    /**
     * @param accept the request's Accept header, or null
     * @param writable whether the server writes a format
     * @return the format to answer in
     */
    static String choose(String accept, Predicate<String> writable) {
        if (accept == null || accept.isBlank() || accept.length() > MAX_ACCEPT) {
            return QualityFormat.IMPLIED_FORMAT;
        }
        List<Range> ranges = ranges(accept);
        String best = QualityFormat.IMPLIED_FORMAT;
        double bestQ = 0;
        for (String format : QualityFormat.KNOWN_FORMATS) {
            double q = quality(ranges, MEDIA_TYPES.get(format));
            if (q > bestQ && writable.test(format)) {
                best = format;
                bestQ = q;
            }
        }
        return best;
    }

    /** The q of the most specific range that matches the type (RFC 9110, 12.5.1), 0 if none does. */
    private static double quality(List<Range> ranges, String mediaType) {
        String typeWildcard = mediaType.substring(0, mediaType.indexOf('/')) + "/*";
        double q = 0;
        int specificity = -1;
        for (Range r : ranges) {
            int s = r.type().equals(mediaType) ? 2 : r.type().equals(typeWildcard) ? 1 : r.type().equals("*/*") ? 0
                    : -1;
            if (s > specificity) {
                specificity = s;
                q = r.q();
            }
        }
        return q;
    }

    private static List<Range> ranges(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String item : accept.split(",")) {
            String[] parts = item.split(";");
            if (parts.length > 0) {
                ranges.add(new Range(parts[0].strip().toLowerCase(Locale.ROOT), weight(parts)));
            }
        }
        return ranges;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                try {
                    double q = Double.parseDouble(p.substring(2).strip());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
