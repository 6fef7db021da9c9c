/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.ops.internal;

import io.gigatile.api.Encoder;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageService;
import io.gigatile.api.ImageStore;
import io.gigatile.api.Protocol;
import io.gigatile.api.ResponseCache;
import io.gigatile.api.ops.Probe;
import io.gigatile.api.propertytypes.EncoderFormat;
import io.gigatile.api.propertytypes.ImageDecoderFormat;
import io.gigatile.api.propertytypes.ImageStoreRoute;
import io.gigatile.api.propertytypes.ProtocolName;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.annotations.RequireHttpWhiteboard;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: the {@link HealthReport} as JSON, with status 200 when the server can serve and 503 when it
 * cannot. Everything is read from the service registry at each request, so the answer follows bundles and
 * configurations as they come and go; stores and caches that are {@link Probe}s are asked then.
 */
@Component(service = Servlet.class, configurationPid = HealthConfig.PID)
@Designate(ocd = HealthConfig.class)
@HttpWhiteboardServletPattern("/health")
@HttpWhiteboardServletName("gigatile-health")
@RequireHttpWhiteboard
public final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);

    private final transient BundleContext context;
    private final transient BundlePatterns required;

    /**
     * @param context this bundle's context, to read the registry and the bundles
     * @param config which bundles are required
     */
    @Activate
    public HealthServlet(BundleContext context, HealthConfig config) {
        this.context = context;
        this.required = new BundlePatterns(config.requiredBundles());
        LOG.debug("health check active: required bundles {}", required);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HealthReport report = report();
        List<String> problems = report.problems();
        if (!problems.isEmpty()) {
            LOG.debug("unhealthy: {}", problems);
        }
        byte[] body = Json.write(report.toMap()).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(problems.isEmpty() ? 200 : 503);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    HealthReport report() {
        return new HealthReport(context.getServiceReference(ImageService.class) != null, bundles(), decoders(),
                encoders(), protocols(), probed(ImageStore.class), probed(ResponseCache.class));
    }

    private List<HealthReport.BundleState> bundles() {
        List<HealthReport.BundleState> out = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            BundleRevision revision = b.adapt(BundleRevision.class);
            if (revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
                continue;
            }
            String name = b.getSymbolicName() == null ? "bundle-" + b.getBundleId() : b.getSymbolicName();
            out.add(new HealthReport.BundleState(name, state(b.getState()), required.matches(name)));
        }
        return out;
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            default -> "UNINSTALLED";
        };
    }

    private List<Map<String, Object>> decoders() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ServiceReference<ImageDecoder> ref : references(ImageDecoder.class)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format", String.valueOf(ref.getProperty(ImageDecoderFormat.FORMAT)));
            m.put("suffixes", strings(ref.getProperty(ImageDecoderFormat.SUFFIXES)));
            m.put("bundle", bundleOf(ref));
            out.add(m);
        }
        out.sort(Comparator.comparing(m -> (String) m.get("format")));
        return out;
    }

    private List<Map<String, Object>> encoders() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ServiceReference<Encoder> ref : references(Encoder.class)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format", String.valueOf(ref.getProperty(EncoderFormat.FORMAT)));
            m.put("mediatype", String.valueOf(ref.getProperty(EncoderFormat.MEDIATYPE)));
            m.put("bundle", bundleOf(ref));
            out.add(m);
        }
        out.sort(Comparator.comparing(m -> (String) m.get("format")));
        return out;
    }

    private List<String> protocols() {
        return references(Protocol.class).stream().map(r -> String.valueOf(r.getProperty(ProtocolName.PROTOCOL)))
                .distinct().sorted().toList();
    }

    private <T> List<HealthReport.Checked> probed(Class<T> type) {
        List<HealthReport.Checked> out = new ArrayList<>();
        for (ServiceReference<T> ref : references(type)) {
            Map<String, Object> properties = new HashMap<>();
            for (String key : ref.getPropertyKeys()) {
                properties.put(key, ref.getProperty(key));
            }
            Map<String, Object> shown = new LinkedHashMap<>();
            if (ref.getProperty(ImageStoreRoute.PREFIX) instanceof String prefix) {
                shown.put("route", prefix);
            }
            out.add(new HealthReport.Checked(ServiceName.of(properties), shown, probe(ref)));
        }
        out.sort(Comparator.comparing(HealthReport.Checked::name));
        return out;
    }

    /** A service that is no probe is taken at its word: it is registered, so it serves. */
    private <T> Probe.Result probe(ServiceReference<T> ref) {
        T service = context.getService(ref);
        if (service == null) {
            return Probe.Result.down("gone");
        }
        try {
            return service instanceof Probe p ? p.probe() : Probe.Result.ok();
        } catch (RuntimeException e) {
            LOG.warn("a health probe failed", e);
            return Probe.Result.down("probe failed");
        } finally {
            context.ungetService(ref);
        }
    }

    private <T> List<ServiceReference<T>> references(Class<T> type) {
        try {
            return List.copyOf(context.getServiceReferences(type, null));
        } catch (InvalidSyntaxException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    /** Two decoders of one format (JPEG 2000 in Java and through OpenJPEG) are told apart by their bundles. */
    private static String bundleOf(ServiceReference<?> ref) {
        Bundle b = ref.getBundle();
        return b == null ? "gone" : b.getSymbolicName();
    }

    private static List<String> strings(Object value) {
        if (value instanceof String[] a) {
            return List.of(a);
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
