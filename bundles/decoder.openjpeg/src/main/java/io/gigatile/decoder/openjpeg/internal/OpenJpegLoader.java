/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import io.gigatile.nativelib.LibraryService;
import java.util.List;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads OpenJPEG when the bundle starts and, only if it loads and is recent enough, registers it as an
 * {@link OpenJpegLibrary} service, which the {@link OpenJpegDecoder} requires. Where the library is missing the
 * decoder stays unsatisfied, this says why in one log line, and the pure Java JPEG 2000 decoder serves. Loading
 * is a DS component rather than a failing decoder activation so that a missing library is a state, not an error
 * with a stack trace on every start. The service capability is declared for the resolver, which would otherwise
 * find nothing to satisfy the decoder's requirement of it; at run time it is there only where the library loads.
 */
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=io.gigatile.decoder.openjpeg.internal.OpenJpegLibrary")
@Component(service = {}, immediate = true)
public final class OpenJpegLoader {
    private static final Logger LOG = LoggerFactory.getLogger(OpenJpegLoader.class);

    private final LibraryService<OpenJpegLibrary> registration;

    /** @param context this bundle's context, to register the library in */
    @Activate
    public OpenJpegLoader(BundleContext context) {
        this(context, OpenJpegLibrary.NAMES);
    }

    /**
     * @param context this bundle's context
     * @param names the library names to try, in turn
     */
    OpenJpegLoader(BundleContext context, List<String> names) {
        OpenJpegLibrary.Loaded loaded = OpenJpegLibrary.load(names);
        registration = LibraryService.register(context, OpenJpegLibrary.class, loaded.library());
        if (registration.registered()) {
            LOG.debug("{} loaded: the OpenJPEG decoder serves JPEG 2000", loaded.library().get());
        } else {
            LOG.info("OpenJPEG decoder inactive, JPEG 2000 is left to other decoders: {}", loaded.reason());
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
