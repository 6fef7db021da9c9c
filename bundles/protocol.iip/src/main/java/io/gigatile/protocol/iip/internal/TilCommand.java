/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.ProtocolResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code TIL=resolution,start-end}: the tiles of the rectangle whose corners are the two tile numbers, in one
 * answer, laid out as iipsrv's TIL.cc writes them (IIP 1.05's multi-tile answer): for each tile the text
 * {@code Tile,<resolution>,<number>,0/<length + 8>:}, the 4-byte compression type (2, JPEG, little-endian), the
 * 4-byte FlashPix JPEG subtype (interleaved, 1x1 chroma subsampling, no colour conversion, tables inline), the
 * JPEG, and CR LF. Each tile is rendered as JTL renders it, so QLT, MINMAX and the processing commands apply to it
 * (iipsrv sends its stored tiles untouched).
 */
final class TilCommand {
    /** iipsrv sends as many as are asked for; one answer is bounded here, as a client asks for a view at a time. */
    static final int MAX_TILES = 256;
    /** Bounds the answer held in memory, as the tiles of large-tiled images can be large. */
    static final int MAX_BYTES = 64 << 20;
    private static final byte[] JPEG_TYPE = {0x02, 0x00, 0x00, 0x00};
    private static final byte[] JPEG_SUBTYPE = {0x00, 0x11, 0x00, 0x00};
    private static final byte[] CRLF = {'\r', '\n'};

    private TilCommand() {
    }

    /**
     * @param session the request so far
     * @param argument {@code resolution,start-end}, {@code resolution,start} or {@code resolution,start-}
     * @return the tiles
     * @throws BadRequestException if the argument is malformed, the tiles are outside the image or too many
     * @throws LimitExceededException if the answer would be larger than {@link #MAX_BYTES}
     */
    static ProtocolResponse answer(IipSession session, String argument) {
        ImageInfo info = session.info("TIL");
        String[] v = IipNumbers.list("TIL", argument, 2);
        int resolution = IipNumbers.natural("TIL", v[0]);
        int dash = v[1].indexOf('-');
        int start = IipNumbers.natural("TIL", dash < 0 ? v[1] : v[1].substring(0, dash));
        String last = dash < 0 ? "" : v[1].substring(dash + 1);
        // iipsrv reads a missing end as the start, and an end before the start as the start
        int end = Math.max(start, last.isBlank() ? start : IipNumbers.natural("TIL", last));
        int levelIndex = ImageCommands.levelIndex(info, "TIL", resolution);
        Level level = info.levels().get(levelIndex);
        int across = level.tilesAcross();
        if (end >= (long) across * level.tilesDown()) {
            throw new BadRequestException("TIL tile is outside the image at that resolution");
        }
        int left = Math.min(start % across, end % across);
        int right = Math.max(start % across, end % across);
        int top = start / across;
        int bottom = end / across;
        if ((long) (right - left + 1) * (bottom - top + 1) > MAX_TILES) {
            throw new BadRequestException("TIL asks for more than " + MAX_TILES + " tiles");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        // iipsrv's loop order: down each column, column after column
        for (int x = left; x <= right; x++) {
            for (int y = top; y <= bottom; y++) {
                int n = y * across + x;
                byte[] jpeg = session.image()
                        .render(ImageCommands.tileRequest(session, levelIndex, level, n, "jpg")).bytes();
                if ((long) body.size() + jpeg.length > MAX_BYTES) {
                    throw new LimitExceededException("TIL answer is too large; ask for fewer tiles");
                }
                String prefix = "Tile," + resolution + "," + n + ",0/" + (jpeg.length + 8) + ":";
                body.writeBytes(prefix.getBytes(StandardCharsets.US_ASCII));
                body.writeBytes(JPEG_TYPE);
                body.writeBytes(JPEG_SUBTYPE);
                body.writeBytes(jpeg);
                body.writeBytes(CRLF);
            }
        }
        return new ProtocolResponse(200, IipReply.NETFPX, body.toByteArray(), session.lastModified(), Map.of());
    }
}
