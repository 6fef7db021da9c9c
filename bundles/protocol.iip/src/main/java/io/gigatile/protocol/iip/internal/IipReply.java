/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.ProtocolResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * The text answer of one IIP request, gathered as its commands run and formatted as iipsrv's IIPResponse
 * (releases 1.1 and 1.2) does: the protocol line (empty unless {@code OBJ=IIP,1.0} was asked), then one line per
 * answer, every line ending in CR LF. Errors replace the whole answer and turn it into a 400. Not thread-safe:
 * one per request.
 */
final class IipReply {
    /** iipsrv's media type for IIP text answers. */
    static final String NETFPX = "application/vnd.netfpx";
    static final String EOL = "\r\n";
    private static final String ERROR_DISPOSITION = "inline;filename=\"IIPisAMadGameClosedToOurUnderstanding.netfpx\"";
    /** iipsrv formats each error into a 32-byte buffer, so the line is cut after 31 characters. */
    private static final int ERROR_LINE_MAX = 31;

    private final StringBuilder body = new StringBuilder();
    private final StringBuilder errors = new StringBuilder();
    private String protocol = "";
    private String mediaType = NETFPX;

    /** @param protocol the protocol line, such as {@code IIP:1.0} */
    void protocol(String protocol) {
        this.protocol = protocol;
    }

    /** @param line one answer line, without its line end */
    void line(String line) {
        body.append(line).append(EOL);
    }

    /** @param type the media type of the whole answer; the last command to set one wins, as in iipsrv */
    void mediaType(String type) {
        this.mediaType = type;
    }

    /**
     * Records an IIP error as iipsrv does: {@code Error/<length>:<code> <argument>}.
     *
     * @param code the IIP error code, such as {@code 2 2} for an unknown command
     * @param argument what the client sent
     */
    void error(String code, String argument) {
        String printable = argument.codePoints().map(c -> c < 0x20 || c > 0x7e ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String line = "Error/" + (code.length() + printable.length() + 1) + ":" + code + " " + printable;
        errors.append(line, 0, Math.min(line.length(), ERROR_LINE_MAX)).append(EOL);
    }

    /** @return true once any command has answered or failed */
    boolean isSet() {
        return errors.length() > 0 || body.length() > 0 || !protocol.isEmpty();
    }

    /**
     * @param rawQuery the request's query, echoed in the error iipsrv gives when no command answered
     * @param lastModified when the image last changed, or null when no image was opened
     * @return the response
     */
    ProtocolResponse toResponse(String rawQuery, Instant lastModified) {
        if (!isSet()) {
            error("2 1", rawQuery);
        }
        if (errors.length() > 0) {
            return new ProtocolResponse(400, NETFPX, bytes(errors.toString()), null,
                    Map.of("Cache-Control", "no-cache", "Content-Disposition", ERROR_DISPOSITION));
        }
        return new ProtocolResponse(200, mediaType, bytes(protocol + EOL + body), lastModified, Map.of());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
