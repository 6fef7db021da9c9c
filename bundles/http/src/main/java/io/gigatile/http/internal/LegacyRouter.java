/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import io.gigatile.api.Protocol;
import java.util.Locale;
import java.util.Optional;

/**
 * Routes iipsrv's own URL, {@code /fcgi-bin/iipsrv.fcgi?...}: {@code IIIF=}, {@code Zoomify=} and
 * {@code DeepZoom=} go to those protocols with the value as their path, as iipsrv does; anything else is IIP.
 */
final class LegacyRouter {
    private final ProtocolTable protocols;

    LegacyRouter(ProtocolTable protocols) {
        this.protocols = protocols;
    }

    Optional<Route> route(String mount, String query) {
        String q = query == null ? "" : query;
        int eq = q.indexOf('=');
        int amp = q.indexOf('&');
        if (eq > 0 && (amp < 0 || eq < amp)) {
            String key = q.substring(0, eq).toLowerCase(Locale.ROOT);
            if (!key.equals("iip") && !key.equals("fif")) {
                Optional<Protocol> named = protocols.get(key);
                if (named.isPresent()) {
                    String value = amp < 0 ? q.substring(eq + 1) : q.substring(eq + 1, amp);
                    String rest = amp < 0 ? "" : q.substring(amp + 1);
                    return Optional.of(new Route(key, named.get(), mount, "/" + value, rest));
                }
            }
        }
        return protocols.get("iip").map(p -> new Route("iip", p, mount, "", q));
    }
}
