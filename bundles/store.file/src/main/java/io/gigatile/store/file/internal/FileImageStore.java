/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import io.gigatile.api.ImageListing;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageStore;
import io.gigatile.api.ListingPage;
import io.gigatile.api.ops.Probe;
import io.gigatile.api.StoredImage;
import io.gigatile.api.ViewAngles;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves identifiers to files as iipsrv does ({@code prefix + identifier + suffix}), jailed to the prefix's
 * folder. A leading '/' in the identifier is dropped, so {@code /a.tif} is {@code a.tif} under the root rather
 * than an absolute path. Symbolic links are followed only while their target stays inside the root. An
 * identifier whose own file does not exist may name an image sequence (iipsrv's FILENAME_PATTERN files, see
 * {@link SequenceNames}); its default view, as in iipsrv, is horizontal angle 0 and vertical angle 90. Safe for
 * concurrent calls: apart from the layout, only the sequences found in folders are remembered. It also lists its
 * folders ({@link ImageListing}, see {@link FolderListing}) under the same jail.
 */
// A configuration is required: without one the root would be the working directory, and bundles starting side
// by side let a request in before config.env (FILESYSTEM_PREFIX) or the samples bundle could name the real root.
@Component(configurationPid = "io.gigatile.store.file", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = FileStoreConfig.class)
public final class FileImageStore implements ImageStore, ImageListing, Probe {
    private static final Logger LOG = LoggerFactory.getLogger(FileImageStore.class);

    private final SequenceIndex sequences = new SequenceIndex(Clock.systemUTC());
    private volatile StoreLayout layout;

    /**
     * A sequence found for an identifier.
     *
     * @param folder the real path of its folder
     * @param stem the identifier's last segment followed by the pattern
     * @param names what the folder's names say of it
     */
    private record Found(Path folder, String stem, SequenceNames.Sequence names) {
    }

    /**
     * @param config the store's configuration
     */
    @Activate
    public FileImageStore(FileStoreConfig config) {
        this(config.prefix(), config.suffix(), config.filenamePattern(), Path.of("").toAbsolutePath());
        LOG.debug("File store active: root {}, name prefix '{}', suffix '{}', sequence pattern '{}'", layout.root(),
                layout.namePrefix(), layout.suffix(), layout.pattern());
    }

    FileImageStore(String prefix, String suffix, String pattern, Path workingDirectory) {
        this.layout = StoreLayout.of(prefix, suffix, pattern, workingDirectory);
    }

    FileImageStore(String prefix, String suffix, Path workingDirectory) {
        this(prefix, suffix, StoreLayout.DEFAULT_PATTERN, workingDirectory);
    }

    /**
     * A new root takes effect at once, without the store leaving the service registry, so that the engine and
     * the protocols built on it keep serving.
     *
     * @param config the new configuration
     */
    @Modified
    void modified(FileStoreConfig config) {
        this.layout = StoreLayout.of(config.prefix(), config.suffix(), config.filenamePattern(),
                Path.of("").toAbsolutePath());
        LOG.debug("File store reconfigured: root {}, sequence pattern '{}'", layout.root(), layout.pattern());
    }

    /** A health check's question: can the image root be listed? The answer does not name it. */
    @Override
    public Probe.Result probe() {
        Path root = layout.root();
        if (!Files.isDirectory(root)) {
            return Probe.Result.down("image root is not a folder");
        }
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(root)) {
            listing.iterator().hasNext();
            return Probe.Result.ok();
        } catch (IOException | SecurityException | DirectoryIteratorException e) {
            return Probe.Result.down("image root is not readable");
        }
    }

    /**
     * For a sequence, its default view (the file of horizontal angle 0 and vertical angle 90, as in iipsrv), which
     * carries the sequence's angles.
     */
    @Override
    public StoredImage resolve(String identifier) {
        return view(identifier, -1, -1);
    }

    @Override
    public StoredImage resolve(String identifier, int x, int y) {
        if (x < 0 || y < 0) {
            throw notFound(identifier, "no such view");
        }
        return view(identifier, x, y);
    }

    /** A file's attributes answer without opening it; a file that left the jail since is gone. */
    @Override
    public boolean unchanged(StoredImage known) {
        if (!(known instanceof LocalFile file)) {
            return false;
        }
        Jail jail = new Jail(layout.root());
        return jail.file(file.identifier(), file.path())
                .filter(now -> now.lastModified().equals(file.lastModified()) && now.size() == file.size())
                .isPresent();
    }

    /** Folders, single images and sequences, as identifiers {@link #resolve(String)} takes. */
    @Override
    public ListingPage list(String folder, Set<String> suffixes, int offset, int limit) {
        return new FolderListing(layout).list(folder, suffixes, offset, limit);
    }

    /** Negative indices name the default view. */
    private LocalFile view(String identifier, int x, int y) {
        String relative = IdentifierCheck.relative(identifier);
        StoreLayout current = layout;
        Jail jail = new Jail(current.root());
        Optional<LocalFile> own = ownFile(identifier, relative, current, jail);
        if (own.isPresent()) {
            if (x <= 0 && y <= 0) {
                return own.get();
            }
            throw notFound(identifier, "a single image has one view");
        }
        Found found = findSequence(identifier, relative, current, jail).orElseThrow(() -> notFound(identifier,
                "neither a file nor a sequence"));
        SequenceNames.Sequence names = found.names();
        String name;
        if (x < 0) {
            name = SequenceNames.fileName(found.stem(), 0, 90, names.extension());
            return jail.file(identifier, found.folder().resolve(name))
                    .map(file -> file.asDefaultViewOf(new ViewAngles(names.horizontal(), names.vertical())))
                    .orElseThrow(() -> notFound(identifier, "view file missing"));
        } else if (x < names.horizontal().size() && y < names.vertical().size()) {
            name = SequenceNames.fileName(found.stem(), names.horizontal().get(x), names.vertical().get(y),
                    names.extension());
        } else {
            throw notFound(identifier, "no such view");
        }
        return jail.file(identifier, found.folder().resolve(name))
                .orElseThrow(() -> notFound(identifier, "view file missing"));
    }

    /**
     * @param identifier an identifier
     * @return the angles of the sequence it names, or empty if it names a single file
     */
    Optional<ViewAngles> sequence(String identifier) {
        String relative = IdentifierCheck.relative(identifier);
        StoreLayout current = layout;
        Jail jail = new Jail(current.root());
        if (ownFile(identifier, relative, current, jail).isPresent()) {
            return Optional.empty();
        }
        return findSequence(identifier, relative, current, jail)
                .map(f -> new ViewAngles(f.names().horizontal(), f.names().vertical()));
    }

    private static Optional<LocalFile> ownFile(String identifier, String relative, StoreLayout layout, Jail jail) {
        return jail.inside(identifier, layout.namePrefix() + relative + layout.suffix())
                .flatMap(candidate -> jail.file(identifier, candidate));
    }

    /**
     * iipsrv's sequence files are {@code prefix + identifier + pattern + angles + "." + extension}; its
     * FILESYSTEM_SUFFIX is not part of them (iipsrv looks for the first view with the suffix but opens the views
     * without it, so that sequences and a suffix never worked together there).
     */
    private Optional<Found> findSequence(String identifier, String relative, StoreLayout layout, Jail jail) {
        String path = layout.namePrefix() + relative + layout.pattern();
        int slash = path.lastIndexOf('/');
        String stem = path.substring(slash + 1);
        Optional<Path> folder = jail.inside(identifier, path.substring(0, slash + 1))
                .flatMap(candidate -> jail.folder(identifier, candidate));
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        try {
            return sequences.find(folder.get(), stem).map(names -> new Found(folder.get(), stem, names));
        } catch (IOException | SecurityException e) {
            return Jail.absent(identifier, e.getClass().getSimpleName());
        }
    }

    // No cause is attached: an IOException's message holds the path, and a missing file is not an error.
    private static ImageNotFoundException notFound(String identifier, String reason) {
        LOG.debug("Identifier '{}' not resolved: {}", identifier, reason);
        return new ImageNotFoundException(IdentifierCheck.NOT_FOUND);
    }
}
