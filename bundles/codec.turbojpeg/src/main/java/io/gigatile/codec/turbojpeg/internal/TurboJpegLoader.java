/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import io.gigatile.nativelib.LibraryService;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads TurboJPEG when the bundle starts and, only if it loads, registers it as a {@link TurboJpegLibrary} service,
 * which the {@link TurboJpegCodec} requires. Where the library is missing the codec stays unsatisfied, this says
 * why in one log line, and the TIFF decoder and JPEG encoder keep the JDK's codec. Loading is a component of its
 * own rather than a failing codec activation so that a missing library is a state, not an error with a stack
 * trace on every start. The service capability is declared for the resolver, which would otherwise find nothing
 * to satisfy the codec's requirement of it; at run time it is there only where the library loads.
 */
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=io.gigatile.codec.turbojpeg.internal.TurboJpegLibrary")
@Component(service = {}, immediate = true)
public final class TurboJpegLoader {
    private static final Logger LOG = LoggerFactory.getLogger(TurboJpegLoader.class);

    private final LibraryService<TurboJpegLibrary> registration;

    /** @param context this bundle's context, to register the library in */
    @Activate
    public TurboJpegLoader(BundleContext context) {
        this(context, TurboJpegLibrary.NAMES, System.getenv());
    }

    /**
     * @param context this bundle's context
     * @param names the library names to try, in turn
     * @param environment the process environment
     */
    TurboJpegLoader(BundleContext context, List<String> names, Map<String, String> environment) {
        TurboJpegLibrary.Loaded loaded = TurboJpegLibrary.load(names, environment);
        registration = LibraryService.register(context, TurboJpegLibrary.class, loaded.library());
        if (registration.registered()) {
            LOG.debug("{} loaded: the TurboJPEG codec decodes and encodes JPEG", loaded.library().get());
        } else {
            LOG.info("TurboJPEG codec inactive, JPEG is left to the JDK's codec: {}", loaded.reason());
        }
    }

    /** @return whether the library loaded and is registered */
    boolean registered() {
        return registration.registered();
    }

    @Deactivate
    void deactivate() {
        registration.close();
    }
}
