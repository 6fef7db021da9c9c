/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import io.gigatile.api.GigatileException;
import io.gigatile.api.ImageService;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's purge: {@code DELETE /admin/cache} empties every cache, {@code DELETE /admin/cache?id=...} forgets
 * one image (see {@link ImageService#purge(String)}). Only from this machine unless configured otherwise: a purge
 * from anyone would let any client make the server decode everything again.
 */
@Component(service = Servlet.class, configurationPid = PurgeConfig.PID)
@Designate(ocd = PurgeConfig.class)
@HttpWhiteboardServletPattern("/admin/cache")
@HttpWhiteboardServletName("gigatile-purge")
public final class PurgeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PurgeServlet.class);

    private final transient ImageService images;
    private volatile String access;

    @Activate
    public PurgeServlet(@Reference ImageService images, PurgeConfig config) {
        this.images = images;
        this.access = config.access();
        LOG.debug("cache purge at /admin/cache, access {}", access);
    }

    @Modified
    void modified(PurgeConfig config) {
        this.access = config.access();
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String who = access;
        if (who.equals("none")) {
            answer(resp, 404, "no service at this address");
            return;
        }
        if (!who.equals("any") && !loopback(req.getRemoteAddr())) {
            LOG.warn("purge refused to {}", req.getRemoteAddr());
            answer(resp, 403, "purging is allowed from this machine only");
            return;
        }
        String id = req.getParameter("id");
        try {
            if (id == null) {
                images.purgeAll();
            } else {
                images.purge(id);
            }
        } catch (GigatileException e) {
            answer(resp, ErrorStatus.of(e), e.getMessage());
            return;
        }
        resp.setStatus(204);
    }

    static boolean loopback(String address) {
        try {
            // a literal address: no name lookup happens
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    private static void answer(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
