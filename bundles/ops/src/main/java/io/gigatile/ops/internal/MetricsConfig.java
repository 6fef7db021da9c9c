/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.ops.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The metrics' settings. */
@ObjectClassDefinition(name = "Gigatile metrics", description = "What /metrics publishes, in Prometheus text format.")
public @interface MetricsConfig {

    /** The configuration's PID. */
    String PID = "io.gigatile.ops.metrics";

    @AttributeDefinition(name = "Latency buckets", description = "Upper bounds, in seconds, of the buckets of the "
            + "request and decoder time histograms.")
    double[] buckets() default {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    @AttributeDefinition(name = "JVM metrics", description = "Also publish the JVM's memory, garbage collection "
            + "and thread metrics (read when scraped, nothing on the request path).")
    boolean jvm() default true;
}
