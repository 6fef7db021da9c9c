/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration, checked: a version other than 1, 2 or 3 falls back to 3 and extra info that is not JSON is
 * dropped, each with a warning, so that a bad setting never breaks info.json.
 *
 * @param version the version of paths without one
 * @param baseUrl BASE_URL, or empty
 * @param copyright COPYRIGHT, or empty
 * @param extraInfo the members of IIIF_EXTRA_INFO, parsed
 * @param maxArea the configured maximum area; not positive for the default
 * @param delimiter IIIF_DELIMITER, empty for none
 * @param extensions IIIF_EXTENSIONS: whether iipsrv's extra qualities are taken and advertised
 */
record IiifSettings(IiifVersion version, String baseUrl, String copyright, Map<String, Object> extraInfo,
        long maxArea, String delimiter, boolean extensions) {
    private static final Logger LOG = LoggerFactory.getLogger(IiifSettings.class);

    /** Keeps the members' order, and their JSON nulls, which {@code Map.copyOf} would refuse. */
    IiifSettings {
        extraInfo = Collections.unmodifiableMap(new LinkedHashMap<>(extraInfo));
    }

    /**
     * @param version IIIF_VERSION
     * @param baseUrl BASE_URL
     * @param copyright COPYRIGHT
     * @param extraInfo IIIF_EXTRA_INFO, raw
     * @param maxArea the maximum area, -1 for the default
     * @param delimiter IIIF_DELIMITER
     * @param extensions IIIF_EXTENSIONS
     * @return the checked settings
     */
    static IiifSettings of(int version, String baseUrl, String copyright, String extraInfo, long maxArea,
            String delimiter, boolean extensions) {
        IiifVersion v = IiifVersion.ofSegment(Integer.toString(version));
        if (v == null) {
            LOG.warn("IIIF version {} is not served; using 3", version);
            v = IiifVersion.V3;
        }
        return new IiifSettings(v, strip(baseUrl), strip(copyright), members(strip(extraInfo)), maxArea,
                delimiter == null ? "" : delimiter, extensions);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** iipsrv pastes the text into its JSON as it is; a comma at either end is a common leftover of that. */
    private static Map<String, Object> members(String fragment) {
        String f = fragment;
        if (f.startsWith(",")) {
            f = f.substring(1);
        }
        if (f.endsWith(",")) {
            f = f.substring(0, f.length() - 1);
        }
        if (f.isBlank()) {
            return Map.of();
        }
        try {
            return JsonReader.parseMembers(f);
        } catch (IllegalArgumentException e) {
            LOG.warn("IIIF extra info ignored: it is not a list of JSON members ({})", e.getMessage());
            return Map.of();
        }
    }
}
