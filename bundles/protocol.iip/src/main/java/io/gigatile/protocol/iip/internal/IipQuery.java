/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.protocol.PercentDecoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an IIP query string into commands the way iipsrv's main loop does: tokens separated by {@code &},
 * each cut at its first {@code =}; a token without {@code =} is both name and value; a token with an empty
 * name or an empty value is dropped. Order is kept, since iipsrv runs the commands one after the other.
 */
final class IipQuery {

    /**
     * One command of a query.
     *
     * @param name the name as the client wrote it (iipsrv echoes it in its errors)
     * @param value the value, percent-decoded as iipsrv does
     */
    record Command(String name, String value) {

        /** @return the name in lower case: iipsrv matches command names case-insensitively */
        String key() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    private IipQuery() {
    }

    /**
     * @param query the raw query string
     * @return its commands, in order
     */
    static List<Command> parse(String query) {
        List<Command> commands = new ArrayList<>();
        for (String token : query.split("&", -1)) {
            int eq = token.indexOf('=');
            String name = eq < 0 ? token : token.substring(0, eq);
            String raw = eq < 0 ? token : token.substring(eq + 1);
            if (!name.isEmpty() && !raw.isEmpty()) {
                commands.add(new Command(name, PercentDecoding.decodeAsIipsrv(raw)));
            }
        }
        return commands;
    }
}
