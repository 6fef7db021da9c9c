/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.benchmarks;

import io.gigatile.api.ImageSource;
import io.gigatile.api.Raster;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One 256 x 256 RGB tile read and decoded by the TIFF decoder, per compression: positional read, decompression
 * (or the JDK's JPEG reader with the tables spliced in), predictor and unpacking.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TileDecodeBenchmark {

    /** The tile's compression. */
    @Param({"none", "lzw", "deflate", "jpeg"})
    public String compression;

    private Path dir;
    private ImageSource source;

    /** Opens the image of the compression once per trial. */
    @Setup
    public void open() {
        dir = BenchmarkImages.folder();
        source = BenchmarkImages.open(compression, dir);
    }

    /** @return the decoded tile, consumed by JMH */
    @Benchmark
    public Raster decodeTile() {
        return source.readTile(0, 0, 0);
    }

    /** Closes the image and removes its file. */
    @TearDown
    public void close() {
        source.close();
        BenchmarkImages.delete(dir);
    }
}
