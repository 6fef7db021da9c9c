/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** Loading the library, and registering it only when it loads. */
class OpenJpegLoaderTest {
    private final List<Object> registered = new ArrayList<>();
    private final List<Object> unregistered = new ArrayList<>();

    @Test
    void theSystemLibraryLoadsAndIsRecentEnough() {
        OpenJpegLibrary.Loaded loaded = OpenJpegLibrary.load(OpenJpegLibrary.NAMES);

        assertThat(loaded.library()).isPresent();
        assertThat(loaded.library().get().version()).matches("2\\.([3-9]|\\d\\d).*");
    }

    @Test
    void aLibraryThatDoesNotExistIsReportedUnavailable() {
        OpenJpegLibrary.Loaded loaded = OpenJpegLibrary.load(List.of("gigatile-no-such-library"));

        assertThat(loaded.library()).isEmpty();
        // one line for the log: the system's reason, not JNA's search path
        assertThat(loaded.reason()).startsWith("gigatile-no-such-library: libgigatile-no-such-library.so")
                .doesNotContain("\n").doesNotContain("resource path");
    }

    @Test
    void theNextNameIsTriedWhenOneDoesNotLoad() {
        OpenJpegLibrary.Loaded loaded = OpenJpegLibrary.load(List.of("gigatile-no-such-library", "libopenjp2.so.7"));

        assertThat(loaded.library()).isPresent();
    }

    @Test
    void theLoaderRegistersTheLibraryOnlyWhenItLoads() {
        OpenJpegLoader missing = new OpenJpegLoader(context(), List.of("gigatile-no-such-library"));

        assertThat(missing.registered()).isFalse();
        assertThat(registered).isEmpty();

        OpenJpegLoader present = new OpenJpegLoader(context(), OpenJpegLibrary.NAMES);

        assertThat(present.registered()).isTrue();
        assertThat(registered).singleElement().isInstanceOf(OpenJpegLibrary.class);

        present.deactivate();
        missing.deactivate();
        assertThat(unregistered).hasSize(1);
    }

    /** A bundle context that records the services registered in it and their unregistration. */
    private BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("registerService")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Object service = args[1];
                    registered.add(service);
                    return Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[] {ServiceRegistration.class}, (p, m, a) -> {
                                if (m.getName().equals("unregister")) {
                                    unregistered.add(service);
                                    return null;
                                }
                                throw new UnsupportedOperationException(m.getName());
                            });
                });
    }
}
