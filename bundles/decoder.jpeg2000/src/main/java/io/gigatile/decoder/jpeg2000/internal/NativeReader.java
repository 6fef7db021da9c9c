/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.GigatileException;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Rect;
import io.gigatile.jp2.codestream.CodestreamIndex;
import io.gigatile.jp2.codestream.CodestreamPieces;
import io.gigatile.jp2.codestream.Jp2Header;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import jj2000.j2k.util.FacilityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads rectangles of the codestream's own resolutions: finds the tiles a rectangle needs, checks that decoding
 * them stays within the bounds, and runs one jj2000 chain over a view holding just those tiles. Thread-safe: every
 * read builds its own view and chain; what it shares (header, index, byte source) is read-only.
 */
final class NativeReader {
    private static final Logger LOG = LoggerFactory.getLogger(NativeReader.class);

    private final ByteSource bytes;
    private final Jp2Header header;
    private final TileGrid grid;
    private final Supplier<CodestreamIndex> index;
    private final long maxPixels;

    /**
     * @param bytes the file
     * @param header what it says about itself
     * @param index where its tiles lie, found on first use
     * @param maxPixels the most pixels a read may reconstruct at once: any one tile at the resolution, and the
     *        rectangle read
     */
    NativeReader(ByteSource bytes, Jp2Header header, Supplier<CodestreamIndex> index, long maxPixels) {
        this.bytes = bytes;
        this.header = header;
        this.grid = new TileGrid(header);
        this.index = index;
        this.maxPixels = maxPixels;
    }

    /**
     * @param reduction the resolution: how many times it is halved from full, at most the decomposition levels
     * @param region a rectangle inside that resolution
     * @param layers how many quality layers to decode, or {@link Jj2000Chain#ALL_LAYERS}
     * @return its samples
     * @throws LimitExceededException if the rectangle, or a tile it needs at that resolution, has more pixels than
     *         the bound
     * @throws DecodeFailureException if the codestream is corrupt or truncated
     */
    Samples read(int reduction, Rect region, int layers) {
        List<TileGrid.Tile> tiles = grid.covering(reduction, region);
        check((long) region.width() * region.height(), "the region");
        for (TileGrid.Tile tile : tiles) {
            check((long) tile.rect().width() * tile.rect().height(), "a tile of the codestream");
        }
        CodestreamView view = view(index.get(), tiles);
        Samples out = new Samples(region.width(), region.height(), header.bands(), header.bitsPerSample(),
                header.signed());
        Thread thread = Thread.currentThread();
        // jj2000 reports through a logger per thread, by default to System.out: ours goes to SLF4J
        FacilityManager.registerMsgLogger(thread, Jj2000Log.INSTANCE);
        try {
            Jj2000Chain chain = new Jj2000Chain(view, reduction, layers);
            for (TileGrid.Tile tile : tiles) {
                Rect part = intersection(tile.rect(), region);
                chain.decode(tile.column(), tile.row(), tile.rect(), part, out, region);
            }
            return out;
        } catch (GigatileException e) {
            throw view.failure() != null ? view.failure() : e;
        } catch (IOException | RuntimeException e) {
            throw failed(view, e);
        } catch (LinkageError e) {
            // a class missing from the bundle is our fault, not the file's
            throw e;
        } catch (Error e) {
            // jj2000 throws Errors for corrupt codestreams; memory for sizes within the bounds is not the file's
            // fault either, but one request failing is better than the thread dying
            throw failed(view, e);
        } finally {
            FacilityManager.unregisterMsgLogger(thread);
        }
    }

    private void check(long pixels, String what) {
        if (pixels > maxPixels) {
            throw new LimitExceededException(String.format(
                    "decoding %s of this JPEG 2000 image at this resolution needs %.1f Mpixel; at most %.1f are"
                            + " decoded at once: ask for a smaller size",
                    what, pixels / 1e6, maxPixels / 1e6));
        }
    }

    private GigatileException failed(CodestreamView view, Throwable e) {
        if (view.failure() != null) {
            return view.failure();
        }
        LOG.debug("JPEG 2000 decode failed", e);
        return new DecodeFailureException("the JPEG 2000 codestream is corrupt or truncated", e);
    }

    /** The codestream as this read gives it to jj2000: the main header and the tiles' parts. */
    private CodestreamView view(CodestreamIndex index, List<TileGrid.Tile> tiles) {
        int[] indices = tiles.stream().mapToInt(t -> t.row() * grid.across() + t.column()).toArray();
        return new CodestreamView(bytes, CodestreamPieces.ofTiles(header, index, indices));
    }

    private static Rect intersection(Rect a, Rect b) {
        int x = Math.max(a.x(), b.x());
        int y = Math.max(a.y(), b.y());
        return new Rect(x, y, Math.min(a.right(), b.right()) - x, Math.min(a.bottom(), b.bottom()) - y);
    }
}
