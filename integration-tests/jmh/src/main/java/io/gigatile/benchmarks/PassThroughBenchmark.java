/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.benchmarks;

import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Encoder;
import io.gigatile.api.ImageSource;
import io.gigatile.encoder.jpeg.internal.JpegEncoders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A JPEG tile request answered two ways: the stored tile passed through (read, tables spliced in, Adobe marker),
 * or decoded and encoded again by the server's JPEG encoder at iipsrv's default quality 75.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PassThroughBenchmark {
    private Path dir;
    private ImageSource source;
    private Encoder jpeg;

    /** Opens the JPEG-compressed image once per trial. */
    @Setup
    public void open() {
        dir = BenchmarkImages.folder();
        source = BenchmarkImages.open("jpeg", dir);
        jpeg = JpegEncoders.withQuality(75);
    }

    /** @return the stored tile as a complete JPEG */
    @Benchmark
    public byte[] passThrough() {
        return source.encodedTile(0, 0, 0, "jpg").orElseThrow().bytes();
    }

    /**
     * @return the tile decoded and encoded again
     * @throws IOException never: the stream is in memory
     */
    @Benchmark
    public byte[] decodeAndEncode() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 << 10);
        jpeg.encode(source.readTile(0, 0, 0), EncodeOptions.DEFAULT, out);
        return out.toByteArray();
    }

    /** Closes the image and removes its file. */
    @TearDown
    public void close() {
        source.close();
        BenchmarkImages.delete(dir);
    }
}
