/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import io.gigatile.api.ImageFile;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves identifiers to files as iipsrv does ({@code prefix + identifier + suffix}), jailed to the prefix's
 * folder. A leading '/' in the identifier is dropped, so {@code /a.tif} is {@code a.tif} under the root rather
 * than an absolute path. Symbolic links are followed only while their target stays inside the root. Stateless
 * apart from the layout, so safe for concurrent calls; nothing is cached, a lookup costs a few stat calls.
 */
@Component(configurationPid = "io.gigatile.store.file")
@Designate(ocd = FileStoreConfig.class)
public final class FileImageStore implements ImageStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileImageStore.class);

    private volatile StoreLayout layout;

    /**
     * @param config the store's configuration
     */
    @Activate
    public FileImageStore(FileStoreConfig config) {
        this(config.prefix(), config.suffix(), Path.of("").toAbsolutePath());
        LOG.debug("File store active: root {}, name prefix '{}', suffix '{}'", layout.root(), layout.namePrefix(),
                layout.suffix());
    }

    FileImageStore(String prefix, String suffix, Path workingDirectory) {
        this.layout = StoreLayout.of(prefix, suffix, workingDirectory);
    }

    /**
     * A new root takes effect at once, without the store leaving the service registry, so that the engine and
     * the protocols built on it keep serving.
     *
     * @param config the new configuration
     */
    @Modified
    void modified(FileStoreConfig config) {
        this.layout = StoreLayout.of(config.prefix(), config.suffix(), Path.of("").toAbsolutePath());
        LOG.debug("File store reconfigured: root {}", layout.root());
    }

    @Override
    public ImageFile resolve(String identifier) {
        String relative = IdentifierCheck.relative(identifier);
        StoreLayout current = layout;
        Path root = current.root();
        Path candidate;
        try {
            candidate = root.resolve(current.namePrefix() + relative + current.suffix()).normalize();
        } catch (InvalidPathException e) {
            throw notFound(identifier, "not a valid path");
        }
        if (!candidate.startsWith(root) || candidate.equals(root)) {
            throw notFound(identifier, "outside the root");
        }
        try {
            Path real = candidate.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                throw notFound(identifier, "links outside the root");
            }
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || !Files.isReadable(real)) {
                throw notFound(identifier, "not a readable file");
            }
            return new ImageFile(identifier, real, attributes.lastModifiedTime().toInstant(), attributes.size());
        } catch (IOException | SecurityException e) {
            throw notFound(identifier, e.getClass().getSimpleName());
        }
    }

    // No cause is attached: an IOException's message holds the path, and a missing file is not an error.
    private static ImageNotFoundException notFound(String identifier, String reason) {
        LOG.debug("Identifier '{}' not resolved: {}", identifier, reason);
        return new ImageNotFoundException(IdentifierCheck.NOT_FOUND);
    }
}
