/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote;

import io.gigatile.api.GigatileException;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageStore;
import io.gigatile.api.StoredImage;
import io.gigatile.api.ops.Probe;
import io.gigatile.store.remote.internal.BlockCache;
import io.gigatile.store.remote.internal.MetadataCache;
import io.gigatile.store.remote.internal.RemoteImage;
import io.gigatile.store.remote.internal.RemoteNames;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link ImageStore} over a {@link RemoteObjects}: store bundles build one per configuration and delegate to it.
 *
 * <p>Identifiers are screened before anything is asked (see {@link #resolve(String)}); an object's metadata is
 * believed for {@link RemoteSettings#metadataTtl()}, its absence too; its bytes are read through one block cache
 * shared by every image of the store, so that a tile costs one ranged read and a tile read again costs none.
 *
 * <p>Threading: safe for concurrent use; so are the images it resolves and the byte sources they open. Ownership:
 * the store does not own the {@link RemoteObjects}; whoever made them closes them, after which open byte sources
 * fail on blocks they do not have yet. The caches go with the store and its byte sources when they are no longer
 * referenced. Exceptions: those of {@link ImageStore}; the storage's failures are never cached.
 *
 * @since 1.0
 */
public final class RemoteImageStore implements ImageStore, Probe {
    // an upper bound on the memory the metadata of a probing client can take
    private static final int METADATA_ENTRIES = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(RemoteImageStore.class);
    /** What a health probe asks for: any answer, found or not, says the storage answers. */
    static final String PROBE_NAME = ".gigatile-health-probe";

    private final RemoteObjects objects;
    private final RemoteSettings settings;
    private final MetadataCache metadata;
    private final BlockCache blocks;

    /**
     * @param objects the storage, shared with nobody else's caches
     * @param settings how to cache
     */
    public RemoteImageStore(RemoteObjects objects, RemoteSettings settings) {
        this(objects, settings, Clock.systemUTC());
    }

    /**
     * @param objects the storage
     * @param settings how to cache
     * @param clock what the metadata's time to live is measured with; tests pass one they move
     */
    public RemoteImageStore(RemoteObjects objects, RemoteSettings settings, Clock clock) {
        this.objects = Objects.requireNonNull(objects, "objects");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.metadata = new MetadataCache(settings.metadataTtl(), METADATA_ENTRIES, clock);
        this.blocks = new BlockCache(objects, settings.blockSize(), settings.cacheSize());
    }

    /**
     * The identifier, without its leading slashes, is the object's name below the root ({@link StoredImage#key()}).
     * Refused as {@link io.gigatile.api.BadRequestException}: empty identifiers and control characters. Refused as
     * not found, with the one message {@code "image not found"}: empty, {@code .} or {@code ..} segments (also
     * {@code ...}, {@code .. } and {@code ..;x}), backslashes, drive letters, and the same found in the identifier
     * decoded once more or in its Unicode compatibility form, because a web server or proxy may decode or
     * normalise again before it resolves the path.
     */
    @Override
    public StoredImage resolve(String identifier) {
        String name = RemoteNames.check(identifier);
        ObjectHead head = metadata.head(name, objects::head)
                .orElseThrow(() -> new ImageNotFoundException(RemoteNames.NOT_FOUND));
        return new RemoteImage(identifier, name, head, blocks, settings.headerPrefetch(), this);
    }

    /** Asks the storage again unless the metadata is younger than its time to live. */
    @Override
    public boolean unchanged(StoredImage known) {
        if (!(known instanceof RemoteImage image) || image.store() != this) {
            return false;
        }
        Optional<ObjectHead> now = metadata.head(image.key(), objects::head);
        return now.isPresent() && now.get().version().equals(image.version()) && now.get().size() == image.size();
    }

    /**
     * Asks the storage for the metadata of an object that need not exist, past the caches: a found or a not found
     * says it answers. A storage that refuses to say an object is missing (an S3 user without the right to list the
     * bucket) counts as not answering, as its missing images would be 503s rather than 404s. The detail names
     * neither the storage nor the reason, since a health report is public; the reason is logged.
     *
     * @since 1.1
     */
    @Override
    public Probe.Result probe() {
        try {
            objects.head(PROBE_NAME);
            return Probe.Result.ok();
        } catch (GigatileException | UncheckedIOException e) {
            LOG.debug("{} does not answer a health probe: {}", this, e.getMessage());
            return Probe.Result.down("storage does not answer");
        }
    }

    /** @return the settings the store was made with */
    public RemoteSettings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "RemoteImageStore" + settings;
    }
}
