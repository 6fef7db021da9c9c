/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import javax.imageio.spi.ImageReaderSpi;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The service loader registrar (io.gigatile.serviceloader) publishes the ImageIO readers TwelveMonkeys' bundles
 * declare, as the Service Loader Mediator says, and takes them back with their bundle.
 */
class ServiceLoaderTest {
    private static final String WEBP = "com.twelvemonkeys.imageio.webp";

    private final BundleContext context = FrameworkUtil.getBundle(ServiceLoaderTest.class).getBundleContext();

    private List<ServiceReference<ImageReaderSpi>> readersOf(Bundle bundle) throws InvalidSyntaxException {
        Collection<ServiceReference<ImageReaderSpi>> all = context.getServiceReferences(ImageReaderSpi.class, null);
        return all.stream().filter(r -> r.getBundle() != null && r.getBundle().equals(bundle)).toList();
    }

    @Test
    void webpReaderIsAServiceOnlyWhileItsBundleRuns() throws Exception {
        Bundle webp = Arrays.stream(context.getBundles()).filter(b -> WEBP.equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        Bundle registrar = Arrays.stream(context.getBundles())
                .filter(b -> "io.gigatile.serviceloader".equals(b.getSymbolicName())).findFirst().orElseThrow();

        List<ServiceReference<ImageReaderSpi>> readers = readersOf(webp);
        assertThat(readers).hasSize(1);
        ServiceReference<ImageReaderSpi> reader = readers.get(0);
        assertThat(reader.getProperty("serviceloader.mediator")).isEqualTo(registrar.getBundleId());
        ImageReaderSpi spi = context.getService(reader);
        try {
            assertThat(spi.getFormatNames()).contains("webp");
            assertThat(spi.createReaderInstance()).isNotNull();
        } finally {
            context.ungetService(reader);
        }

        webp.stop();
        try {
            assertThat(readersOf(webp)).isEmpty();
        } finally {
            webp.start();
        }
        assertThat(readersOf(webp)).hasSize(1);
    }
}
