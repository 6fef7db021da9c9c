/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.Encoder;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageService;
import io.gigatile.api.ImageStore;
import io.gigatile.api.Quality;
import io.gigatile.api.ResolvedImage;
import io.gigatile.api.ResponseCache;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.StoredImage;
import io.gigatile.api.Transform;
import io.gigatile.api.ops.ServerMetrics;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ImageService}: routes identifiers to the image stores, resolves each once per request, keeps decoded
 * sources open, renders requests through the response caches. Plugins are bound dynamically; a request in flight finishes with the
 * services it started with.
 */
@Component(service = ImageService.class, configurationPid = Engine.PID)
@Designate(ocd = EngineConfig.class)
public final class Engine implements ImageService {
    static final String PID = "io.gigatile.engine";
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final Duration RENDER_WAIT = Duration.ofSeconds(10);

    private volatile EngineSettings settings;
    private final EngineMetrics metrics = new EngineMetrics();
    private final StoreRoutes stores = new StoreRoutes();
    private final DecoderRegistry decoders = new DecoderRegistry(metrics);
    private final Encoders encoders = new Encoders();
    private final TransformChain transforms = new TransformChain();
    private final ResponseCaches caches = new ResponseCaches(metrics);
    private final SourceCache sources;
    private final KnownImages known = new KnownImages(System::nanoTime);
    private final TileCache tiles;
    private final Histograms histograms = new Histograms();
    private final AtomicLong generation = new AtomicLong();
    private volatile CacheSettings cacheSettings;
    private volatile Renderer renderer;

    /** @param config the component configuration */
    @Activate
    public Engine(EngineConfig config) {
        this(EngineSettings.of(config), CacheSettings.of(config), gate(config));
        decoders.timeLimit(decodeTimeLimit(config));
        LOG.debug("engine activated with {} and {}", settings, cacheSettings);
    }

    /**
     * @param settings plain settings, for tests
     * @param cacheSettings the revalidation interval and the tile cache's size
     */
    Engine(EngineSettings settings, CacheSettings cacheSettings) {
        this(settings, cacheSettings, new RenderGate(RenderGate.budget(0, Runtime.getRuntime().maxMemory()),
                RENDER_WAIT));
    }

    private Engine(EngineSettings settings, CacheSettings cacheSettings, RenderGate gate) {
        this.settings = settings;
        this.cacheSettings = cacheSettings;
        this.sources = new SourceCache(decoders, settings.maxMetadataCache());
        this.tiles = new TileCache(cacheSettings.tileCacheBytes(), decoders::timeLimitNanos);
        this.renderer = new Renderer(settings, transforms, encoders, histograms, gate);
    }

    /** @param settings plain settings, for tests; the store is asked on every request */
    Engine(EngineSettings settings) {
        this(settings, CacheSettings.FRESH);
    }

    /** Takes new limits without dropping the open sources or interrupting requests in flight. */
    @Modified
    void modified(EngineConfig config) {
        EngineSettings next = EngineSettings.of(config);
        CacheSettings nextCaches = CacheSettings.of(config);
        // renders in flight give their share back to the gate they took it from
        this.renderer = new Renderer(next, transforms, encoders, histograms, gate(config));
        this.settings = next;
        this.cacheSettings = nextCaches;
        sources.capacity(next.maxMetadataCache());
        tiles.capacity(nextCaches.tileCacheBytes());
        decoders.timeLimit(decodeTimeLimit(config));
        LOG.debug("engine reconfigured with {} and {}", next, nextCaches);
    }

    private static RenderGate gate(EngineConfig config) {
        return new RenderGate(RenderGate.budget(config.renderMemory(), Runtime.getRuntime().maxMemory()),
                Duration.ofSeconds(Math.max(0, config.renderWait())));
    }

    private static Duration decodeTimeLimit(EngineConfig config) {
        return Duration.ofSeconds(Math.max(0, config.decodeTimeLimit()));
    }

    @Deactivate
    void deactivate() {
        sources.close();
        tiles.clear();
    }

    /** The store is asked here, once; what the request does next goes through the answer. */
    @Override
    public ResolvedImage image(String identifier) {
        StoreRoutes.Route route = stores.route(identifier);
        StoredImage stored = known.resolve(route, cacheSettings.revalidateAfter().toNanos());
        return new EngineImage(identifier, route, stored, new Parts(sources, caches, renderer, tiles, decoders,
                generation));
    }

    /**
     * What a resolved image renders with: the parts in force when it was resolved, so a reconfiguration does not
     * change a request halfway.
     *
     * @param sources the open sources
     * @param caches the response caches
     * @param renderer the renderer with the current settings
     * @param tiles the decoded tiles
     * @param decoders the decoders present, whose renderings may be served from the caches
     * @param generation counts the changes of transforms applied to every rendering: what was rendered across one
     *        is not cached
     */
    record Parts(SourceCache sources, ResponseCaches caches, Renderer renderer, TileCache tiles,
            DecoderRegistry decoders, AtomicLong generation) {
    }

    /**
     * The store is asked for the image's key only when what it answered last is no longer remembered; an image
     * that is gone from its store leaves nothing to find but its responses.
     */
    @Override
    public void purge(String identifier) {
        StoreRoutes.Route route = stores.route(identifier);
        Optional<StoredImage> last = known.forget(route.store(), route.local());
        Optional<String> key = last.map(StoredImage::key).or(() -> keyNow(route));
        key.ifPresent(k -> {
            sources.drop(route.store(), k);
            tiles.removeImages(owner -> owner instanceof EngineImage.TileOwner t && t.store() == route.store()
                    && t.key().equals(k));
        });
        caches.purge(identifier);
        LOG.info("purged image {}", identifier);
    }

    private static Optional<String> keyNow(StoreRoutes.Route route) {
        try {
            return Optional.of(route.store().resolve(route.local()).key());
        } catch (GigatileException gone) {
            return Optional.empty();
        }
    }

    @Override
    public void purgeAll() {
        known.clear();
        sources.close();
        tiles.clear();
        histograms.clear();
        caches.purgeAll();
        LOG.info("purged every image");
    }

    @Override
    public ServiceLimits limits() {
        return new ServiceLimits(settings.maxSize(), settings.allowUpscaling());
    }

    @Override
    public boolean supportsFormat(String format) {
        return encoders.knows(format);
    }

    @Override
    public boolean supportsQuality(Quality quality) {
        return transforms.renders(quality);
    }

    @Override
    public boolean supportsTransform(String name) {
        return transforms.has(name);
    }

    /** @return bytes of decoded tiles held, for tests */
    long tileCacheBytes() {
        return tiles.held();
    }

    /** @return how many sources are open, for tests */
    int openSources() {
        return sources.size();
    }

    @Reference(name = "store", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedStore", unbind = "unbindStore")
    void bindStore(ImageStore store, Map<String, Object> properties) {
        stores.add(store, properties);
    }

    /**
     * A store's route prefix may change with its configuration, and so may what it answers (another root, another
     * bucket): what it answered before is not trusted any more.
     */
    void updatedStore(ImageStore store, Map<String, Object> properties) {
        stores.add(store, properties);
        known.forget(store);
    }

    void unbindStore(ImageStore store) {
        stores.remove(store);
        known.forget(store);
    }

    @Reference(name = "decoder", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedDecoder", unbind = "unbindDecoder")
    void bindDecoder(ImageDecoder decoder, Map<String, Object> properties) {
        decoders.add(decoder, properties);
        takeOver(decoder);
    }

    void updatedDecoder(ImageDecoder decoder, Map<String, Object> properties) {
        decoders.add(decoder, properties);
        takeOver(decoder);
    }

    /** A decoder that now ranks above others may claim the files they have open: those are opened anew. */
    private void takeOver(ImageDecoder decoder) {
        if (sources.dropRankedBelow(decoders.ranking(decoder)) > 0) {
            tiles.clear();
        }
    }

    void unbindDecoder(ImageDecoder decoder) {
        decoders.remove(decoder);
        sources.dropDecoder(decoder);
        // the tiles do not say which decoder made them: a departed decoder's pixels must not outlive it
        tiles.clear();
    }

    @Reference(name = "encoder", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedEncoder", unbind = "unbindEncoder")
    void bindEncoder(Encoder encoder, Map<String, Object> properties) {
        encoders.add(encoder, properties);
    }

    /** An encoder's configuration changed (its default quality): what it wrote before is stale. */
    void updatedEncoder(Encoder encoder, Map<String, Object> properties) {
        encoders.add(encoder, properties);
        dropRenderings("an encoder's configuration changed");
    }

    void unbindEncoder(Encoder encoder) {
        encoders.remove(encoder);
    }

    @Reference(name = "transform", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedTransform", unbind = "unbindTransform")
    void bindTransform(Transform transform, Map<String, Object> properties) {
        if (transforms.add(transform, properties)) {
            dropRenderings();
        }
    }

    void updatedTransform(Transform transform, Map<String, Object> properties) {
        boolean was = transforms.remove(transform);
        if (transforms.add(transform, properties) || was) {
            dropRenderings();
        }
    }

    void unbindTransform(Transform transform) {
        if (transforms.remove(transform)) {
            dropRenderings();
        }
    }

    /** A transform applied to every response (a watermark) came, changed or went: what the caches hold is not it. */
    private void dropRenderings() {
        dropRenderings("a transform applied to every image changed");
    }

    private void dropRenderings(String why) {
        generation.incrementAndGet();
        caches.purgeAll();
        LOG.info("{}: cached responses dropped", why);
    }

    /** Optional: without a metrics bundle the engine records into {@link ServerMetrics#NONE}. */
    @Reference(name = "metrics", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindMetrics")
    void bindMetrics(ServerMetrics bound) {
        metrics.bind(bound, sources::size);
    }

    void unbindMetrics(ServerMetrics gone) {
        metrics.unbind(gone);
    }

    @Reference(name = "cache", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedCache", unbind = "unbindCache")
    void bindCache(ResponseCache cache, Map<String, Object> properties) {
        caches.add(cache, properties);
    }

    void updatedCache(ResponseCache cache, Map<String, Object> properties) {
        caches.add(cache, properties);
    }

    void unbindCache(ResponseCache cache) {
        caches.remove(cache);
    }
}
