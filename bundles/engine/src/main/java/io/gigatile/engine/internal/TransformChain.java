/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ImageRequest;
import io.gigatile.api.Raster;
import io.gigatile.api.Transform;
import io.gigatile.api.TransformStep;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformName;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The Transform services and the one order the engine applies them in, whatever order a request names them
 * in (ARCHITECTURE.md). Rotation, mirroring and the grey and bitonal qualities are transforms too, named
 * {@code rotate}, {@code mirror}, {@code greyscale} and {@code bitonal}.
 */
final class TransformChain {
    /** The engine's own resize takes this place; transforms before it see the region at the level read. */
    static final String RESIZE = "resize";
    /** Where the engine brings samples to 8 bits when no {@code normalise} transform did. */
    static final String NORMALISE = "normalise";
    /** The pipeline order. */
    static final List<String> ORDER = List.of(NORMALISE, "lab2srgb", "hillshade", "twist", "convolve", "contrast",
            "gamma", "colormap", "invert", RESIZE, "mirror", "rotate", "greyscale", "bitonal", "watermark");

    /**
     * A request's transforms with the services that do them, split around the engine's own steps.
     *
     * @param normalise the {@code normalise} step, if asked for
     * @param beforeResize the steps between normalising and resizing
     * @param afterResize the steps after resizing
     */
    record Plan(List<Bound> normalise, List<Bound> beforeResize, List<Bound> afterResize) {
        static Raster apply(List<Bound> steps, Raster raster) {
            Raster out = raster;
            for (Bound b : steps) {
                out = b.service().apply(out, b.step().arguments());
            }
            return out;
        }
    }

    /**
     * @param step what the request asked for
     * @param service the transform that does it
     */
    record Bound(TransformStep step, Transform service) {
    }

    private final Ranked<Transform> transforms = new Ranked<>();

    void add(Transform transform, Map<String, Object> properties) {
        transforms.add(transform, properties);
    }

    void remove(Transform transform) {
        transforms.remove(transform);
    }

    /**
     * @param request the request
     * @return its transforms in pipeline order, bound to their services
     * @throws UnsupportedFormatException (a feature) if a transform is not present
     */
    Plan plan(ImageRequest request) {
        List<TransformStep> steps = new ArrayList<>(request.transforms());
        if (request.mirror()) {
            steps.add(new TransformStep("mirror", List.of()));
        }
        if (request.rotation() != 0) {
            String degrees = BigDecimal.valueOf(request.rotation()).stripTrailingZeros().toPlainString();
            steps.add(new TransformStep("rotate", List.of(degrees)));
        }
        switch (request.quality()) {
            case GRAY -> steps.add(new TransformStep("greyscale", List.of()));
            case BITONAL -> steps.add(new TransformStep("bitonal", List.of()));
            default -> {
                // DEFAULT and COLOR leave the colours as they are
            }
        }
        steps.sort(Comparator.comparingInt(s -> rank(s.name())));
        List<Bound> normalise = new ArrayList<>();
        List<Bound> before = new ArrayList<>();
        List<Bound> after = new ArrayList<>();
        for (TransformStep step : steps) {
            Transform service = transforms.firstWith(TransformName.TRANSFORM, step.name())
                    .orElseThrow(() -> new UnsupportedFormatException(unsupported(step.name()), true)).service();
            int rank = rank(step.name());
            List<Bound> into = rank == rank(NORMALISE) ? normalise : rank < rank(RESIZE) ? before : after;
            into.add(new Bound(step, service));
        }
        return new Plan(List.copyOf(normalise), List.copyOf(before), List.copyOf(after));
    }

    /** Transforms the order does not know run just before the resize, in the order the request named them. */
    private static int rank(String name) {
        int index = ORDER.indexOf(name);
        return index < 0 ? 2 * ORDER.indexOf(RESIZE) - 1 : 2 * index;
    }

    private static String unsupported(String name) {
        return switch (name) {
            case "mirror" -> "mirroring is not supported";
            case "rotate" -> "rotation is not supported";
            case "greyscale" -> "grey quality is not supported";
            case "bitonal" -> "bitonal quality is not supported";
            default -> {
                // the name comes from the client: echo only a short, harmless part of it
                String safe = name.replaceAll("[^A-Za-z0-9_.-]", "");
                yield "transform not supported: " + safe.substring(0, Math.min(32, safe.length()));
            }
        };
    }
}
