/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import io.gigatile.api.ProcessingReader;
import io.gigatile.api.Protocol;
import java.util.Locale;
import java.util.Optional;

/**
 * Routes iipsrv's own URL, {@code /fcgi-bin/iipsrv.fcgi?...}: {@code IIIF=}, {@code Zoomify=} and
 * {@code DeepZoom=} go to those protocols with the value as their path, as iipsrv does; anything else is IIP.
 * iipsrv runs a query's commands in order, so IIP commands before such a key ({@code CNT=2&IIIF=...}) process
 * what that protocol answers: they travel as the route's prefix, which the IIP protocol reads.
 */
final class LegacyRouter {
    private final ProtocolTable protocols;

    LegacyRouter(ProtocolTable protocols) {
        this.protocols = protocols;
    }

    Optional<Route> route(String mount, String query) {
        String q = query == null ? "" : query;
        Optional<Protocol> iip = protocols.get("iip");
        for (int start = 0; start < q.length();) {
            int amp = q.indexOf('&', start);
            int end = amp < 0 ? q.length() : amp;
            int eq = q.indexOf('=', start);
            if (eq > start && eq < end) {
                String key = q.substring(start, eq).toLowerCase(Locale.ROOT);
                Optional<Protocol> named = key.equals("iip") || key.equals("fif") ? Optional.empty()
                        : protocols.get(key);
                if (named.isPresent()) {
                    String rest = amp < 0 ? "" : q.substring(amp + 1);
                    String before = start == 0 ? "" : q.substring(0, start - 1);
                    ProcessingReader reader = iip.orElse(null) instanceof ProcessingReader r ? r : null;
                    return Optional.of(new Route(key, named.get(), mount, "/" + q.substring(eq + 1, end), rest,
                            new Route.Prefix(before, reader)));
                }
            }
            start = end + 1;
        }
        return iip.map(p -> new Route("iip", p, mount, "", q));
    }
}
