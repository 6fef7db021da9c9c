/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.Transform;
import java.util.List;
import java.util.function.UnaryOperator;

/** Writes its name and arguments to a shared log, then applies an operation (or none). */
final class RecordingTransform implements Transform {
    private final String name;
    private final List<String> log;
    private final UnaryOperator<Raster> operation;

    RecordingTransform(String name, List<String> log, UnaryOperator<Raster> operation) {
        this.name = name;
        this.log = log;
        this.operation = operation;
    }

    RecordingTransform(String name, List<String> log) {
        this(name, log, UnaryOperator.identity());
    }

    /** Keeps band 0 of each pixel: a stand-in for a real greyscale conversion. */
    static Raster firstBand(Raster in) {
        byte[] from = in.bytes();
        byte[] grey = new byte[in.width() * in.height()];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = from[i * in.bands()];
        }
        return Raster.ofBytes(in.width(), in.height(), 1, ColourSpace.GREY, grey);
    }

    /** Turns a raster a quarter clockwise. */
    static Raster quarterTurn(Raster in) {
        int w = in.width();
        int h = in.height();
        int bands = in.bands();
        byte[] from = in.bytes();
        byte[] out = new byte[from.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx = h - 1 - y;
                int ny = x;
                System.arraycopy(from, (y * w + x) * bands, out, (ny * h + nx) * bands, bands);
            }
        }
        return Raster.ofBytes(h, w, bands, in.colourSpace(), out);
    }

    @Override
    public Raster apply(Raster input, List<String> arguments) {
        log.add(arguments.isEmpty() ? name : name + ":" + String.join(",", arguments));
        return operation.apply(input);
    }
}
