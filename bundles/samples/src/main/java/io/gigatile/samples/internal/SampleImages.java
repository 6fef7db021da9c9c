/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.samples.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unpacks the sample images into the bundle's data area and, if nobody configured an image root, points the
 * file store at them. An operator's FILESYSTEM_PREFIX or configuration file always wins: they either come
 * first, and this leaves them alone, or come later and replace the sample root.
 */
@Component(immediate = true)
public class SampleImages {
    private static final Logger LOG = LoggerFactory.getLogger(SampleImages.class);
    static final String STORE_PID = "io.gigatile.store.file";
    static final String PREFIX = "prefix";

    @Activate
    public SampleImages(BundleContext context, @Reference ConfigurationAdmin configAdmin) throws IOException {
        Path root = context.getDataFile("samples").toPath();
        int count = unpack(context, root);
        Configuration store = configAdmin.getConfiguration(STORE_PID, "?");
        Dictionary<String, Object> props = store.getProperties();
        Object prefix = props == null ? null : props.get(PREFIX);
        if (prefix == null || prefix.toString().isBlank()) {
            Dictionary<String, Object> next = props == null ? new Hashtable<>() : props;
            next.put(PREFIX, root.toAbsolutePath() + "/");
            store.updateIfDifferent(next);
            LOG.info("no image root configured: serving {} sample images (set FILESYSTEM_PREFIX to serve yours)",
                    count);
        } else {
            LOG.debug("image root already configured; samples not used");
        }
    }

    private static int unpack(BundleContext context, Path root) throws IOException {
        Files.createDirectories(root);
        Enumeration<URL> entries = context.getBundle().findEntries("samples", "*.tif", false);
        int count = 0;
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = entry.getPath();
            Path target = root.resolve(path.substring(path.lastIndexOf('/') + 1));
            try (InputStream in = entry.openStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            count++;
        }
        return count;
    }
}
