/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.ImageProcessing;

/**
 * The IIP commands that iipsrv's URL puts before {@code IIIF=}, {@code DeepZoom=} or {@code Zoomify=}: iipsrv runs
 * them first, on the view those protocols then answer from, so that {@code ?CNT=2&IIIF=...} is a IIIF image with
 * twice the contrast. Here the processing commands and QLT count, in order as in an IIP request. ROT does not: the
 * IIIF request names its own rotation, and tiles are never rotated. Other commands (FIF, WID, JTL, ...) would open
 * or answer something the protocol does not use, and are ignored.
 */
final class ProcessingPrefix {
    private ProcessingPrefix() {
    }

    /**
     * @param query the commands, percent-encoded, separated by {@code &}
     * @return the processing they ask for
     * @throws io.gigatile.api.BadRequestException if a processing command or QLT is malformed
     */
    static ImageProcessing read(String query) {
        Processing processing = new Processing();
        Qlt qlt = new Qlt(null, -1);
        for (IipQuery.Command command : IipQuery.parse(query)) {
            switch (command.key()) {
                case "qlt" -> qlt = Qlt.parse(command.value());
                case "rot" -> {
                    // the protocol's own rotation rules
                }
                default -> processing.run(command.key(), command.value());
            }
        }
        return new ImageProcessing(processing.steps(), qlt.quality(), qlt.compression());
    }
}
