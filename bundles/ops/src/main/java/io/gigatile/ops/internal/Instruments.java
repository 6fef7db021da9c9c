/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.ops.internal;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The server's own metrics in one registry, with each label combination's data point looked up once and kept: a
 * request then costs a map look-up by a string the caller already holds, an array slot and the library's atomic
 * updates, and allocates nothing.
 */
final class Instruments {
    static final String REQUESTS = "gigatile_http_requests";
    static final String REQUEST_SECONDS = "gigatile_http_request_duration_seconds";
    static final String CACHE_LOOKUPS = "gigatile_cache_lookups";
    static final String DECODE_SECONDS = "gigatile_decode_duration_seconds";
    private static final double NANOS_PER_SECOND = 1e9;

    private final Counter requests;
    private final Histogram requestSeconds;
    private final Counter cacheLookups;
    private final Histogram decodeSeconds;
    private final Map<String, ProtocolPoints> byProtocol = new ConcurrentHashMap<>();
    private final Map<String, CounterDataPoint[]> byCache = new ConcurrentHashMap<>();
    private final Map<String, DistributionDataPoint> byFormat = new ConcurrentHashMap<>();

    /** One protocol's latency and its counters by status, 100 to 599 (any other status is counted as 0). */
    private record ProtocolPoints(DistributionDataPoint latency, AtomicReferenceArray<CounterDataPoint> byStatus) {
    }

    Instruments(PrometheusRegistry registry, double[] buckets) {
        requests = Counter.builder().name(REQUESTS).help("HTTP requests answered, by protocol and status")
                .labelNames("protocol", "status").withoutExemplars().register(registry);
        requestSeconds = Histogram.builder().name(REQUEST_SECONDS)
                .help("Time from a request's arrival to the end of its answer, by protocol").labelNames("protocol")
                .classicOnly().classicUpperBounds(buckets).withoutExemplars().register(registry);
        cacheLookups = Counter.builder().name(CACHE_LOOKUPS)
                .help("Response cache look-ups, by cache and result (hit or miss)").labelNames("cache", "result")
                .withoutExemplars().register(registry);
        decodeSeconds = Histogram.builder().name(DECODE_SECONDS)
                .help("Time in decoders opening images and reading tiles and regions, by decoder format")
                .labelNames("format").classicOnly().classicUpperBounds(buckets).withoutExemplars().register(registry);
    }

    void request(String protocol, int status, long nanos) {
        ProtocolPoints points = byProtocol.get(protocol);
        if (points == null) {
            points = byProtocol.computeIfAbsent(protocol, p -> new ProtocolPoints(requestSeconds.labelValues(p),
                    new AtomicReferenceArray<>(600)));
        }
        int slot = status >= 100 && status < 600 ? status : 0;
        CounterDataPoint counter = points.byStatus().get(slot);
        if (counter == null) {
            counter = requests.labelValues(protocol, Integer.toString(slot));
            points.byStatus().set(slot, counter);
        }
        counter.inc();
        points.latency().observe(nanos / NANOS_PER_SECOND);
    }

    void cacheLookup(String cache, boolean hit) {
        CounterDataPoint[] points = byCache.get(cache);
        if (points == null) {
            points = byCache.computeIfAbsent(cache, c -> new CounterDataPoint[] {
                cacheLookups.labelValues(c, "miss"), cacheLookups.labelValues(c, "hit")});
        }
        points[hit ? 1 : 0].inc();
    }

    void decode(String format, long nanos) {
        DistributionDataPoint point = byFormat.get(format);
        if (point == null) {
            point = byFormat.computeIfAbsent(format, decodeSeconds::labelValues);
        }
        point.observe(nanos / NANOS_PER_SECOND);
    }
}
