/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.nativelib;

import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * A loaded library registered as a service, or nothing where it did not load: the components that need the
 * library then stay unsatisfied, and what they provide (a format, a codec) is simply not there. Loading is a
 * component of its own in each native bundle, rather than a failing activation of the codec, so that a missing
 * library is a state, not an error with a stack trace on every start.
 *
 * @param <T> the library's service type
 */
public final class LibraryService<T> implements AutoCloseable {
    private final ServiceRegistration<T> registration;

    private LibraryService(ServiceRegistration<T> registration) {
        this.registration = registration;
    }

    /**
     * @param <T> the library's service type
     * @param context the native bundle's context
     * @param type the service type
     * @param library the library, if it loaded
     * @return the registration, empty when there is no library
     */
    public static <T> LibraryService<T> register(BundleContext context, Class<T> type, Optional<T> library) {
        return new LibraryService<>(library.map(l -> context.registerService(type, l, null)).orElse(null));
    }

    /** @return whether the library loaded and is registered */
    public boolean registered() {
        return registration != null;
    }

    /** Unregisters the library, if it is; it may be gone with its bundle already. */
    @Override
    public void close() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle stopped first
            }
        }
    }
}
