/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.serviceloader.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Service Loader Mediator's registrar: for each active bundle with an {@code osgi.serviceloader}
 * capability, every provider class its {@code META-INF/services} file names (or only the one its
 * {@code register:} directive names) becomes a service of the capability's type, with the capability's
 * public attributes and {@code serviceloader.mediator} as properties; each using bundle gets its own
 * instance. Taken back when the bundle stops.
 *
 * <p>Aries SPI Fly did this here before, and also wove every class of the bundles that may consume services
 * (Jetty's) with ASM at start-up, which none of our bundles needs: that weaving was a second of CPU.
 */
@Component(immediate = true)
public class Registrar {
    private static final Logger LOG = LoggerFactory.getLogger(Registrar.class);

    static final String NAMESPACE = "osgi.serviceloader";
    static final String MEDIATOR = "serviceloader.mediator";
    static final String REGISTER = "register";

    private final BundleTracker<List<ServiceRegistration<?>>> tracker;

    @Activate
    public Registrar(BundleContext context) {
        long mediator = context.getBundle().getBundleId();
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public List<ServiceRegistration<?>> addingBundle(Bundle bundle, BundleEvent event) {
                List<ServiceRegistration<?>> registered = register(bundle, mediator);
                return registered.isEmpty() ? null : registered;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, List<ServiceRegistration<?>> registered) {
                registered.forEach(Registrar::unregister);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    private static List<ServiceRegistration<?>> register(Bundle bundle, long mediator) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        List<ServiceRegistration<?>> registered = new ArrayList<>();
        if (wiring == null) {
            return registered;
        }
        for (BundleCapability capability : wiring.getCapabilities(NAMESPACE)) {
            Object type = capability.getAttributes().get(NAMESPACE);
            if (!(type instanceof String serviceType)) {
                continue;
            }
            String only = capability.getDirectives().get(REGISTER);
            for (String className : providers(bundle, serviceType)) {
                if (only == null || only.equals(className)) {
                    registered.add(bundle.getBundleContext().registerService(serviceType,
                            new Provider(className), properties(capability, mediator)));
                }
            }
        }
        LOG.debug("{} service loader providers of {} registered", registered.size(), bundle.getSymbolicName());
        return registered;
    }

    private static List<String> providers(Bundle bundle, String serviceType) {
        URL file = bundle.getEntry("META-INF/services/" + serviceType);
        if (file == null) {
            return List.of();
        }
        try (InputStream in = file.openStream()) {
            return ProviderFile.classNames(in);
        } catch (IOException e) {
            LOG.warn("cannot read the {} providers of {}: {}", serviceType, bundle.getSymbolicName(), e.getMessage());
            return List.of();
        }
    }

    static Hashtable<String, Object> properties(BundleCapability capability, long mediator) {
        Hashtable<String, Object> props = new Hashtable<>();
        for (Map.Entry<String, Object> attribute : capability.getAttributes().entrySet()) {
            // attributes whose names start with a dot are private to the capability
            if (!attribute.getKey().startsWith(".")) {
                props.put(attribute.getKey(), attribute.getValue());
            }
        }
        props.put(MEDIATOR, mediator);
        return props;
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            // the bundle's stop already took its services away
        }
    }

    /** One instance per using bundle, loaded by the providing bundle's class loader. */
    private record Provider(String className) implements ServiceFactory<Object> {
        @Override
        public Object getService(Bundle bundle, ServiceRegistration<Object> registration) {
            Bundle provider = registration.getReference().getBundle();
            try {
                return provider.loadClass(className).getConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                LOG.warn("cannot make the service loader provider {} of {}: {}", className,
                        provider.getSymbolicName(), e.toString());
                return null;
            }
        }

        @Override
        public void ungetService(Bundle bundle, ServiceRegistration<Object> registration, Object service) {
            // providers hold no resources of their own to release
        }
    }
}
