/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** Loading the library, and registering it only when it loads. */
class TurboJpegLoaderTest {
    private final List<Object> registered = new ArrayList<>();
    private final List<Object> unregistered = new ArrayList<>();

    @Test
    void theSystemLibraryLoads() {
        TurboJpegLibrary.Loaded loaded = TurboJpegLibrary.load(TurboJpegLibrary.NAMES, Map.of());

        assertThat(loaded.library()).isPresent();
        // "turbojpeg" names the development link, which JNA finds as the runtime's libturbojpeg.so.0 without it
        assertThat(loaded.library().get()).hasToString("TurboJPEG (turbojpeg)");
    }

    @Test
    void aLibraryThatDoesNotExistIsReportedUnavailable() {
        TurboJpegLibrary.Loaded loaded = TurboJpegLibrary.load(List.of("gigatile-no-such-library"), Map.of());

        assertThat(loaded.library()).isEmpty();
        // one line for the log: the system's reason, not JNA's search path
        assertThat(loaded.reason()).startsWith("gigatile-no-such-library: libgigatile-no-such-library.so")
                .doesNotContain("\n").doesNotContain("resource path");
    }

    /** A library without TurboJPEG's functions (the C library) is refused at load, not at the first call. */
    @Test
    void aLibraryLackingAFunctionIsReportedUnavailable() {
        TurboJpegLibrary.Loaded loaded = TurboJpegLibrary.load(List.of("libc.so.6"), Map.of());

        assertThat(loaded.library()).isEmpty();
        assertThat(loaded.reason()).startsWith("libc.so.6: ").contains("tjInitDecompress");
    }

    @Test
    void theNextNameIsTriedWhenOneDoesNotLoad() {
        TurboJpegLibrary.Loaded loaded = TurboJpegLibrary.load(List.of("gigatile-no-such-library",
                "libturbojpeg.so.0"), Map.of());

        assertThat(loaded.library()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TJ_ARITHMETIC", "TJ_PROGRESSIVE"})
    void anEnvironmentThatWouldBreakBaselineOutputLeavesTheLibraryUnused(String variable) {
        TurboJpegLibrary.Loaded loaded = TurboJpegLibrary.load(TurboJpegLibrary.NAMES, Map.of(variable, "1"));

        assertThat(loaded.library()).isEmpty();
        assertThat(loaded.reason()).isEqualTo(variable + "=1 is set: TurboJPEG would not write baseline JPEG");
        assertThat(TurboJpegLibrary.load(TurboJpegLibrary.NAMES, Map.of(variable, "0")).library()).isPresent();
    }

    @Test
    void theLoaderRegistersTheLibraryOnlyWhenItLoads() {
        TurboJpegLoader missing = new TurboJpegLoader(context(), List.of("gigatile-no-such-library"), Map.of());

        assertThat(missing.registered()).isFalse();
        assertThat(registered).isEmpty();

        TurboJpegLoader present = new TurboJpegLoader(context(), TurboJpegLibrary.NAMES, Map.of());

        assertThat(present.registered()).isTrue();
        assertThat(registered).singleElement().isInstanceOf(TurboJpegLibrary.class);

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
