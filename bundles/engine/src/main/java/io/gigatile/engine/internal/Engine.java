/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Encoder;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageFile;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ImageService;
import io.gigatile.api.ImageSource;
import io.gigatile.api.ImageStore;
import io.gigatile.api.RenderedImage;
import io.gigatile.api.ResponseCache;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.Transform;
import io.gigatile.api.ViewAngles;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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
 * The {@link ImageService}: resolves identifiers through the image store, keeps decoded sources open, renders
 * requests through the response caches. Plugins are bound dynamically; a request in flight finishes with the
 * services it started with.
 */
@Component(service = ImageService.class, configurationPid = Engine.PID)
@Designate(ocd = EngineConfig.class)
public final class Engine implements ImageService {
    static final String PID = "io.gigatile.engine";
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private volatile EngineSettings settings;
    private final Ranked<ImageStore> stores = new Ranked<>();
    private final DecoderRegistry decoders = new DecoderRegistry();
    private final Encoders encoders = new Encoders();
    private final TransformChain transforms = new TransformChain();
    private final ResponseCaches caches = new ResponseCaches();
    private final SourceCache sources;
    private volatile Renderer renderer;

    /** @param config the component configuration */
    @Activate
    public Engine(EngineConfig config) {
        this(EngineSettings.of(config));
        LOG.debug("engine activated with {}", settings);
    }

    /** @param settings plain settings, for tests */
    Engine(EngineSettings settings) {
        this.settings = settings;
        this.sources = new SourceCache(decoders, settings.maxMetadataCache());
        this.renderer = new Renderer(settings, transforms, encoders);
    }

    /** Takes new limits without dropping the open sources or interrupting requests in flight. */
    @Modified
    void modified(EngineConfig config) {
        EngineSettings next = EngineSettings.of(config);
        this.renderer = new Renderer(next, transforms, encoders);
        this.settings = next;
        sources.capacity(next.maxMetadataCache());
        LOG.debug("engine reconfigured with {}", next);
    }

    @Deactivate
    void deactivate() {
        sources.close();
    }

    /** A sequence is described by its default view, with the angles the store found. */
    @Override
    public ImageInfo info(String identifier) {
        ImageStore store = store();
        Optional<ViewAngles> sequence = store.sequence(identifier);
        try (CachedSource.Lease lease = sources.lease(store.resolve(identifier))) {
            ImageInfo info = lease.source().info();
            return sequence.map(info::withAngles).orElse(info);
        }
    }

    @Override
    public Instant lastModified(String identifier) {
        return store().resolve(identifier).lastModified();
    }

    /**
     * The view of a sequence is a file of its own, which the store finds; the view of any other image is a
     * page its decoder selects.
     */
    @Override
    public RenderedImage render(ImageRequest request) {
        ImageStore store = store();
        String id = request.identifier();
        boolean sequence = store.sequence(id).isPresent();
        ImageFile file = sequence ? store.resolve(id, request.viewX(), request.viewY()) : store.resolve(id);
        Optional<RenderedImage> cached = caches.get(request.cacheKey(), file.lastModified());
        if (cached.isPresent()) {
            return cached.get();
        }
        RenderedImage image;
        try (CachedSource.Lease lease = sources.lease(file)) {
            ImageSource source = sequence ? lease.source() : view(lease.source(), request);
            image = renderer.render(request, file, source);
        }
        caches.put(image);
        return image;
    }

    private static ImageSource view(ImageSource source, ImageRequest request) {
        int x = request.viewX();
        int y = request.viewY();
        ImageInfo info = source.info();
        if (x < 0 || y < 0 || x >= info.horizontalViews() || y >= info.verticalViews()) {
            throw new BadRequestException("no such view of the image");
        }
        ImageSource view = source.view(x, y);
        if (view == null) {
            throw new DecodeFailureException("the decoder has no source for the view");
        }
        return view;
    }

    @Override
    public ServiceLimits limits() {
        return new ServiceLimits(settings.maxSize(), settings.allowUpscaling());
    }

    @Override
    public boolean supportsFormat(String format) {
        return encoders.find(format).isPresent();
    }

    private ImageStore store() {
        return stores.first().orElseThrow(() -> new ImageNotFoundException("no image store is available"))
                .service();
    }

    /** @return how many sources are open, for tests */
    int openSources() {
        return sources.size();
    }

    @Reference(name = "store", policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "unbindStore")
    void bindStore(ImageStore store, Map<String, Object> properties) {
        stores.add(store, properties);
    }

    void unbindStore(ImageStore store) {
        stores.remove(store);
    }

    @Reference(name = "decoder", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedDecoder", unbind = "unbindDecoder")
    void bindDecoder(ImageDecoder decoder, Map<String, Object> properties) {
        decoders.add(decoder, properties);
    }

    void updatedDecoder(ImageDecoder decoder, Map<String, Object> properties) {
        decoders.add(decoder, properties);
    }

    void unbindDecoder(ImageDecoder decoder) {
        decoders.remove(decoder);
        sources.dropDecoder(decoder);
    }

    @Reference(name = "encoder", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedEncoder", unbind = "unbindEncoder")
    void bindEncoder(Encoder encoder, Map<String, Object> properties) {
        encoders.add(encoder, properties);
    }

    void updatedEncoder(Encoder encoder, Map<String, Object> properties) {
        encoders.add(encoder, properties);
    }

    void unbindEncoder(Encoder encoder) {
        encoders.remove(encoder);
    }

    @Reference(name = "transform", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedTransform", unbind = "unbindTransform")
    void bindTransform(Transform transform, Map<String, Object> properties) {
        transforms.add(transform, properties);
    }

    void updatedTransform(Transform transform, Map<String, Object> properties) {
        transforms.add(transform, properties);
    }

    void unbindTransform(Transform transform) {
        transforms.remove(transform);
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
