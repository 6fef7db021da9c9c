/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.benchmarks;

import io.gigatile.api.ops.ServerMetrics;
import io.gigatile.ops.internal.OpsMetrics;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the server pays per request for its metrics: one request counted and timed plus one cache look-up, as the
 * http bundle and the engine record a cache hit, into the ops bundle's Prometheus metrics ({@code ops}) or into
 * the do-nothing recorder used while the ops bundle is absent ({@code none}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MetricsBenchmark {
    /** Which recorder. */
    @Param({"none", "ops"})
    public String recorder;

    private volatile ServerMetrics metrics;

    /** Chooses the recorder. */
    @Setup
    public void choose() {
        metrics = recorder.equals("ops") ? OpsMetrics.of() : ServerMetrics.NONE;
    }

    /** @return a value the compiler cannot drop */
    @Benchmark
    public long request() {
        long start = System.nanoTime();
        ServerMetrics m = metrics;
        m.cacheLookup("cache.memory", true);
        m.request("iiif", 200, System.nanoTime() - start);
        return start;
    }
}
