/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import io.gigatile.api.Protocol;
import io.gigatile.api.ops.ServerMetrics;
import io.gigatile.api.propertytypes.ProtocolName;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.annotations.RequireHttpWhiteboard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts every {@link Protocol} service on the web: {@code /<name>/*} for each protocol name, registered on the
 * Servlet Whiteboard when the first protocol of the name comes and kept while none is present (its addresses then
 * answer 503), plus iipsrv's legacy URLs, which route by query key.
 */
@Component(immediate = true, configurationPid = HttpConfig.PID)
@Designate(ocd = HttpConfig.class)
@RequireHttpWhiteboard
public class HttpMounts {
    private static final Logger LOG = LoggerFactory.getLogger(HttpMounts.class);
    private static final String[] LEGACY_PATHS = {"/fcgi-bin/iipsrv.fcgi"};

    private final ProtocolTable protocols = new ProtocolTable();
    private final LegacyRouter legacy = new LegacyRouter(protocols);
    private final Map<String, ServiceRegistration<Servlet>> mounts = new HashMap<>();
    private volatile HeaderPolicy headers;
    private final AtomicReference<ServerMetrics> metrics = new AtomicReference<>(ServerMetrics.NONE);
    private BundleContext context;
    private ServiceRegistration<Servlet> legacyRegistration;
    private UriMap uriMap;
    private ServiceRegistration<Servlet> uriMapRegistration;

    @Activate
    public HttpMounts(BundleContext context, HttpConfig config) {
        this.headers = HeaderPolicy.of(config);
        synchronized (mounts) {
            this.context = context;
            mounts.keySet().forEach(this::register);
            legacyRegistration = registerServlet("gigatile-legacy", LEGACY_PATHS,
                    req -> legacy.route(req.getServletPath(), req.getQueryString()));
            mapUris(config);
        }
        LOG.debug("HTTP mounts active: cors='{}', cacheControl='{}'", config.cors(), config.cacheControl());
    }

    @Modified
    void modified(HttpConfig config) {
        this.headers = HeaderPolicy.of(config);
        synchronized (mounts) {
            mapUris(config);
        }
    }

    /** Called with the lock held: (re)registers the URI map's mount when the setting changed. */
    private void mapUris(HttpConfig config) {
        Optional<UriMap> next;
        try {
            next = UriMap.parse(config.uriMap());
        } catch (IllegalArgumentException e) {
            LOG.error("URI map '{}' ignored: {}", config.uriMap(), e.getMessage());
            next = Optional.empty();
        }
        if (Objects.equals(next.orElse(null), uriMap) || context == null) {
            return;
        }
        if (uriMapRegistration != null) {
            unregisterQuietly(uriMapRegistration);
            uriMapRegistration = null;
        }
        uriMap = next.orElse(null);
        if (uriMap != null) {
            UriMap map = uriMap;
            uriMapRegistration = registerServlet("gigatile-uri-map", map.patterns(), req -> protocols
                    .get(map.protocol()).map(p -> map.route(p, rawPathBelow(req, map.mount()), req.getQueryString())));
            LOG.info("URI map: paths under '{}/' go to protocol {}", map.mount(), map.protocol());
        }
    }

    @Deactivate
    void deactivate() {
        synchronized (mounts) {
            mounts.values().forEach(r -> {
                if (r != null) {
                    unregisterQuietly(r);
                }
            });
            mounts.replaceAll((k, v) -> null);
            unregisterQuietly(legacyRegistration);
            if (uriMapRegistration != null) {
                unregisterQuietly(uriMapRegistration);
            }
            context = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindProtocol(Protocol protocol, Map<String, Object> properties) {
        String name = nameOf(properties);
        if (name == null) {
            LOG.warn("protocol service {} has no {} property; ignored", properties.get(Constants.SERVICE_ID),
                    ProtocolName.PROTOCOL);
            return;
        }
        boolean first = protocols.add(new ProtocolTable.Entry(name, ranking(properties),
                (Long) properties.get(Constants.SERVICE_ID), protocol));
        synchronized (mounts) {
            if (first && !mounts.containsKey(name)) {
                mounts.put(name, null);
                register(name);
            }
        }
    }

    void unbindProtocol(Protocol protocol, Map<String, Object> properties) {
        String name = nameOf(properties);
        if (name == null) {
            return;
        }
        // the mount stays: while no protocol of the name is present it answers 503, so that a protocol bundle being
        // updated or restarted makes its addresses unavailable for a moment, never missing (404)
        protocols.remove(name, (Long) properties.get(Constants.SERVICE_ID));
    }

    /** Without a metrics bundle requests cost one volatile read and a call that does nothing. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindMetrics")
    void bindMetrics(ServerMetrics bound) {
        metrics.set(bound);
    }

    /** A greedy reference binds the newcomer before it unbinds the one it replaces, which must not win then. */
    void unbindMetrics(ServerMetrics gone) {
        metrics.compareAndSet(gone, ServerMetrics.NONE);
    }

    /** Called with the lock held; before activation there is no context yet and activation registers. */
    private void register(String name) {
        if (context == null || mounts.get(name) != null) {
            return;
        }
        String mount = "/" + name;
        mounts.put(name, registerServlet("gigatile-" + name, new String[] {mount, mount + "/*"},
                req -> protocols.get(name).map(p -> new Route(name, p, mount, rawPathBelow(req, mount),
                        req.getQueryString()))));
        LOG.info("protocol {} mounted at {}", name, mount);
    }

    private ServiceRegistration<Servlet> registerServlet(String servletName, String[] patterns,
            java.util.function.Function<HttpServletRequest, Optional<Route>> router) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, patterns);
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, servletName);
        return context.registerService(Servlet.class, new GatewayServlet(router, () -> headers, metrics::get), props);
    }

    /** The path below the mount as the client sent it, still encoded, so protocols decode it once. */
    static String rawPathBelow(HttpServletRequest req, String mount) {
        String uri = req.getRequestURI();
        String prefix = req.getContextPath() + mount;
        return uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
    }

    private static String nameOf(Map<String, Object> properties) {
        Object name = properties.get(ProtocolName.PROTOCOL);
        return name instanceof String s && s.matches("[a-z0-9]+") ? s : null;
    }

    private static int ranking(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0;
    }

    private static void unregisterQuietly(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            LOG.debug("servlet registration already gone");
        }
    }
}
