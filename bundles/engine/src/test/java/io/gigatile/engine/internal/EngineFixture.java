/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.RenderedImage;
import io.gigatile.api.Transform;
import io.gigatile.api.propertytypes.EncoderFormat;
import io.gigatile.api.propertytypes.TransformName;
import io.gigatile.api.propertytypes.TransformStage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** An engine over a folder of synthetic images, with the raw encoder bound. */
final class EngineFixture {
    /** iipsrv's defaults, as the configuration gives them. */
    static final EngineSettings DEFAULTS = new EngineSettings(5000, true, 1, true, 1000);

    final Path dir;
    final Engine engine;
    final SyntheticDecoder decoder = new SyntheticDecoder();
    private final DirStore store;

    EngineFixture(Path dir, EngineSettings settings) {
        this(dir, settings, CacheSettings.FRESH);
    }

    EngineFixture(Path dir, EngineSettings settings, CacheSettings caches) {
        this.dir = dir;
        this.store = new DirStore(dir);
        this.engine = new Engine(settings, caches);
        engine.bindStore(store, Map.of());
        engine.bindDecoder(decoder, SyntheticDecoder.properties("synth", 0, 1L, List.of("syn"),
                List.of(SyntheticDecoder.SIGNATURE)));
        engine.bindEncoder(new RawEncoder(), Map.of(EncoderFormat.FORMAT, RawEncoder.FORMAT,
                EncoderFormat.MEDIATYPE, RawEncoder.MEDIA_TYPE));
    }

    EngineFixture(Path dir) {
        this(dir, EngineFixture.DEFAULTS);
    }

    static EngineSettings settings(int maxSize, boolean upscaling, int interpolation, boolean passThrough,
            int cache) {
        return new EngineSettings(maxSize, upscaling, interpolation, passThrough, cache);
    }

    /** Writes an image file and returns its identifier. */
    String write(String name, SyntheticSource.Spec spec) {
        try {
            Files.writeString(dir.resolve(name), spec.text(), StandardCharsets.US_ASCII);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String write(String name, int width, int height, int tile) {
        return write(name, new SyntheticSource.Spec(width, height, tile, 3, "coords", "-"));
    }

    /** Binds a transform with the stage its bundle declares, if the name is one the pipeline knows. */
    void bindTransform(String name, Transform transform) {
        Integer stage = PipelineDoubles.STAGES.get(name);
        engine.bindTransform(transform, stage == null ? Map.of(TransformName.TRANSFORM, name)
                : Map.of(TransformName.TRANSFORM, name, TransformStage.PROPERTY, stage));
    }

    /** Binds the stand-ins for the normalise and contrast bundles. */
    void bindPipeline() {
        bindTransform("normalise", PipelineDoubles.normaliser());
        bindTransform("contrast", PipelineDoubles.contrast());
    }

    RenderedImage renderBytes(ImageRequest.Builder request) {
        return rendered(request.format(RawEncoder.FORMAT).build());
    }

    /** Renders as a protocol does: one lookup, then the rendering. */
    RenderedImage rendered(ImageRequest request) {
        return engine.image(request.identifier()).render(request);
    }

    ImageInfo info(String identifier) {
        return engine.image(identifier).info();
    }

    RawEncoder.Image render(ImageRequest.Builder request) {
        return RawEncoder.Image.read(renderBytes(request).bytes());
    }

    /** @return the folder store the engine was given */
    DirStore store() {
        return store;
    }

    /** @return the only source the decoder opened */
    SyntheticSource source() {
        if (decoder.opened.size() != 1) {
            throw new IllegalStateException("expected one opened source, got " + decoder.opened.size());
        }
        return decoder.opened.get(0);
    }
}
