/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.ops.internal;

import io.gigatile.api.ops.ServerMetrics;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmGarbageCollectorMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmMemoryMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmRuntimeInfoMetric;
import io.prometheus.metrics.instrumentation.jvm.JvmThreadsMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ServerMetrics} service, backed by the Prometheus Java client. The registry is this component's own
 * (never the library's static default registry), so a restarted or updated bundle starts from a clean one and
 * leaves nothing behind.
 */
@Component(service = {ServerMetrics.class, MetricsScrape.class}, configurationPid = MetricsConfig.PID)
@Designate(ocd = MetricsConfig.class)
public final class PrometheusMetrics implements ServerMetrics, MetricsScrape {
    static final String OPEN_IMAGES = "gigatile_open_images";
    private static final Logger LOG = LoggerFactory.getLogger(PrometheusMetrics.class);

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Instruments instruments;
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final AtomicReference<IntSupplier> openImages = new AtomicReference<>();

    /** @param config what to publish */
    @Activate
    public PrometheusMetrics(MetricsConfig config) {
        this(config.buckets(), config.jvm());
        LOG.debug("metrics active: buckets {} s, JVM metrics {}", config.buckets(), config.jvm());
    }

    PrometheusMetrics(double[] buckets, boolean jvm) {
        instruments = new Instruments(registry, buckets);
        GaugeWithCallback.builder().name(OPEN_IMAGES).help("Images held open by the engine").callback(cb -> {
            IntSupplier count = openImages.get();
            if (count != null) {
                cb.call(count.getAsInt());
            }
        }).register(registry);
        if (jvm) {
            JvmMemoryMetrics.builder().register(registry);
            JvmGarbageCollectorMetrics.builder().register(registry);
            JvmThreadsMetrics.builder().register(registry);
            JvmRuntimeInfoMetric.builder().register(registry);
        }
    }

    @Override
    public void request(String protocol, int status, long nanos) {
        instruments.request(protocol, status, nanos);
    }

    @Override
    public void cacheLookup(String cache, boolean hit) {
        instruments.cacheLookup(cache, hit);
    }

    @Override
    public void decode(String format, long nanos) {
        instruments.decode(format, nanos);
    }

    /** One engine publishes its open images; a second one would replace the first. */
    @Override
    public AutoCloseable openImages(IntSupplier count) {
        openImages.set(count);
        return () -> openImages.compareAndSet(count, null);
    }

    @Override
    public String contentType() {
        return writer.getContentType();
    }

    @Override
    public void write(OutputStream out) throws IOException {
        writer.write(out, registry.scrape(), EscapingScheme.UNDERSCORE_ESCAPING);
    }
}
