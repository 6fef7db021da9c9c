/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.webp.internal;

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
 * Loads libwebp when the bundle starts and, only if it loads, registers it as a {@link WebpLibrary} service, which
 * the {@link WebpEncoder} requires: where the library is missing the encoder stays unsatisfied, so no WebP is
 * advertised or written, and this says why in one log line. The service capability is declared for the resolver,
 * which would otherwise find nothing to satisfy the encoder's requirement; at run time it is there only where the
 * library loads.
 */
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=io.gigatile.encoder.webp.internal.WebpLibrary")
@Component(service = {}, immediate = true)
public final class WebpLoader {
    private static final Logger LOG = LoggerFactory.getLogger(WebpLoader.class);

    private final LibraryService<WebpLibrary> registration;

    /** @param context this bundle's context, to register the library in */
    @Activate
    public WebpLoader(BundleContext context) {
        this(context, WebpLibrary.NAMES);
    }

    WebpLoader(BundleContext context, List<String> names) {
        NativeLibraries.Loaded<WebpLibrary> loaded = WebpLibrary.load(names);
        registration = LibraryService.register(context, WebpLibrary.class, loaded.api());
        if (registration.registered()) {
            LOG.debug("{} loaded: WebP output is available", loaded.api().get());
        } else {
            LOG.info("WebP encoder inactive, no WebP output: {}", loaded.reason());
        }
    }

    @Deactivate
    void deactivate() {
        registration.close();
    }
}
