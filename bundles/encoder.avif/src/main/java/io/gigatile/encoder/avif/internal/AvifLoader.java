/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.avif.internal;

import io.gigatile.nativelib.LibraryService;
import io.gigatile.nativelib.NativeLibraries;
import java.util.List;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads libavif when the bundle starts and, only if it loads in the version the encoder knows and with an AV1
 * encoder, registers it as an {@link AvifLibrary} service, which the {@link AvifEncoder} requires: where it is
 * missing the encoder stays unsatisfied, so no AVIF is advertised or written, and this says why in one log line.
 * The service capability is declared for the resolver, which would otherwise find nothing to satisfy the encoder's
 * requirement; at run time it is there only where the library loads.
 */
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=io.gigatile.encoder.avif.internal.AvifLibrary")
@Component(service = {}, immediate = true)
public final class AvifLoader {
    private static final Logger LOG = LoggerFactory.getLogger(AvifLoader.class);

    private final LibraryService<AvifLibrary> registration;

    /** @param context this bundle's context, to register the library in */
    @Activate
    public AvifLoader(BundleContext context) {
        this(context, AvifLibrary.NAMES);
    }

    AvifLoader(BundleContext context, List<String> names) {
        NativeLibraries.Loaded<AvifLibrary> loaded = AvifLibrary.load(names);
        registration = LibraryService.register(context, AvifLibrary.class, loaded.api());
        if (registration.registered()) {
            LOG.debug("{} loaded: AVIF output is available", loaded.api().get());
        } else {
            LOG.info("AVIF encoder inactive, no AVIF output: {}", loaded.reason());
        }
    }

    @Deactivate
    void deactivate() {
        registration.close();
    }
}
