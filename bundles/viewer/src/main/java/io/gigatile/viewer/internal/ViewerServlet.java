/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.viewer.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageListing;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageStore;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.propertytypes.ImageDecoderFormat;
import io.gigatile.api.propertytypes.ImageStoreRoute;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web page at {@code /}: {@code /?folder=...&page=...} lists a folder, {@code /viewer/view?id=...} opens an
 * image in OpenSeadragon, {@code /viewer/static/...} are the bundle's own files. Registered as the whiteboard's
 * default servlet ({@code /}), which the servlet rules place behind every other mount ({@code /iiif/*},
 * {@code /fcgi-bin/iipsrv.fcgi}, ...), so it shadows none of them; every other path it receives is a 404.
 */
@Component(service = Servlet.class, configurationPid = ViewerConfig.PID)
@Designate(ocd = ViewerConfig.class)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletName("gigatile-viewer")
public final class ViewerServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ViewerServlet.class);
    private static final String STATIC = "/viewer/static/";
    // the pages hold no inline script; OpenSeadragon draws tiles from this origin into canvases
    private static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'"
            + " 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    @Reference(service = ImageListing.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Map.Entry<Map<String, Object>, ImageListing>> listings;

    @Reference(service = ImageStore.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<ImageStore>> stores;

    @Reference(service = ImageDecoder.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<ImageDecoder>> decoders;

    private final transient StaticFiles files = new StaticFiles(ViewerServlet.class.getClassLoader());
    private volatile int pageSize;
    private volatile int thumbnailSize;

    @Activate
    public ViewerServlet(ViewerConfig config) {
        modified(config);
        LOG.debug("viewer at /: page size {}, thumbnails {} px", pageSize, thumbnailSize);
    }

    @Modified
    void modified(ViewerConfig config) {
        this.pageSize = Math.max(1, Math.min(ImageListing.MAX_PAGE, config.pageSize()));
        this.thumbnailSize = Math.max(16, Math.min(1024, config.thumbnailSize()));
    }

    /**
     * As the default servlet this sees every method on every unmapped path: only its own pages answer, and only
     * to GET and HEAD; anything else is 404, as it was before the viewer came.
     */
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if (handedOver(req, resp)) {
            return;
        }
        String method = req.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            super.service(req, resp);
        } else if (ownPath(path(req))) {
            resp.setHeader("Allow", "GET, HEAD");
            text(resp, 405, "method not allowed");
        } else {
            text(resp, 404, "no service at this address");
        }
    }

    /**
     * A Whiteboard may cache the filter chain of each path (Pax Web, which served before Felix HTTP, did). A
     * request for a path whose servlet is being registered at that moment (a mount appearing while clients already
     * poll, as at start or when a protocol bundle is deployed) can put the chain that ends here into that cache
     * after the registration cleared it, and the path then reaches this servlet until the next registration,
     * although the container maps it to the new servlet. The mapping the container computed for the request is
     * right, so the request goes on to the servlet it names.
     */
    private boolean handedOver(HttpServletRequest req, HttpServletResponse resp) throws ServletException,
            IOException {
        HttpServletMapping mapping = req.getHttpServletMapping();
        String mapped = mapping == null ? null : mapping.getServletName();
        if (mapped == null || mapped.equals(getServletName()) || req.getDispatcherType() != DispatcherType.REQUEST) {
            return false;
        }
        RequestDispatcher owner = getServletContext().getNamedDispatcher(mapped);
        if (owner == null) {
            return false;
        }
        LOG.debug("{} was mapped to {}; handed over", req.getRequestURI(), mapped);
        owner.forward(req, resp);
        return true;
    }

    private static String path(HttpServletRequest req) {
        return req.getRequestURI().substring(req.getContextPath().length());
    }

    private static boolean ownPath(String path) {
        return path.equals("/") || path.equals("/viewer/view") || path.startsWith(STATIC);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        Pages pages = new Pages(new Links(req.getContextPath()));
        if (path.equals("/")) {
            folder(req, resp, pages);
        } else if (path.equals("/viewer/view")) {
            String id = req.getParameter("id");
            if (id == null || id.isBlank()) {
                page(resp, 400, pages.message("No identifier", "Type an image identifier to open."));
            } else {
                page(resp, 200, pages.image(id));
            }
        } else if (path.startsWith(STATIC)) {
            Optional<StaticFiles.File> file = files.get(path.substring(STATIC.length()));
            if (file.isEmpty()) {
                text(resp, 404, "no such file");
                return;
            }
            resp.setContentType(file.get().type());
            resp.setHeader("Cache-Control", "max-age=86400");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setContentLength(file.get().bytes().length);
            resp.getOutputStream().write(file.get().bytes());
        } else {
            text(resp, 404, "no service at this address");
        }
    }

    private void folder(HttpServletRequest req, HttpServletResponse resp, Pages pages) throws IOException {
        String folder = Optional.ofNullable(req.getParameter("folder")).orElse("");
        int page;
        try {
            page = Integer.parseInt(Optional.ofNullable(req.getParameter("page")).orElse("1"));
        } catch (NumberFormatException e) {
            page = 0;
        }
        if (page < 1) {
            page(resp, 400, pages.message("Bad page", "The page number is not valid."));
            return;
        }
        int size = pageSize;
        long offset = (long) (page - 1) * size;
        if (offset > Integer.MAX_VALUE) {
            page(resp, 404, pages.message("No such page", "This folder has no such page."));
            return;
        }
        try {
            Optional<Catalog.Page> listed = catalog().list(folder, (int) offset, size);
            if (listed.isEmpty()) {
                page(resp, 200, pages.message("Images", "Listing is not available for this image store;"
                        + " type an identifier above to open an image."));
                return;
            }
            int count = Math.max(1, (listed.get().total() + size - 1) / size);
            if (page > count) {
                page(resp, 404, pages.message("No such page", "This folder has no such page."));
                return;
            }
            page(resp, 200, pages.folder(folder, listed.get().entries(), page, count, thumbnailSize));
        } catch (ImageNotFoundException e) {
            page(resp, 404, pages.message("No such folder", "There is no such folder."));
        } catch (BadRequestException e) {
            page(resp, 400, pages.message("Bad folder", "The folder name is not valid."));
        } catch (SourceUnavailableException e) {
            page(resp, 503, pages.message("Storage unavailable", "The storage does not answer; try again."));
        } catch (GigatileException e) {
            LOG.warn("listing of folder '{}' failed: {}", folder, e.getMessage());
            page(resp, 500, pages.message("Listing failed", "The folder could not be listed."));
        }
    }

    /** The stores, listings and decoders registered at this moment. */
    Catalog catalog() {
        Map<String, ImageListing> byRoute = new HashMap<>();
        for (Map.Entry<Map<String, Object>, ImageListing> e : listOrEmpty(listings)) {
            byRoute.putIfAbsent(route(e.getKey().get(ImageStoreRoute.PREFIX)), e.getValue());
        }
        Set<String> routes = new HashSet<>();
        listOrEmpty(stores).forEach(r -> routes.add(route(r.getProperty(ImageStoreRoute.PREFIX))));
        Set<String> suffixes = new HashSet<>();
        for (ServiceReference<ImageDecoder> r : listOrEmpty(decoders)) {
            Object value = r.getProperty(ImageDecoderFormat.SUFFIXES);
            if (value instanceof String[] array) {
                suffixes.addAll(List.of(array));
            } else if (value instanceof String one) {
                suffixes.add(one);
            }
        }
        return new Catalog(byRoute, routes, suffixes);
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String route(Object prefix) {
        return prefix instanceof String s ? s : "";
    }

    private static void page(HttpServletResponse resp, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("Content-Security-Policy", POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static void text(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
