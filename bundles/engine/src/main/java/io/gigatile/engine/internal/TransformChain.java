/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
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
 * {@code rotate}, {@code mirror}, {@code greyscale} and {@code bitonal}. Images that are not 8-bit unsigned get
 * a {@code normalise} step, CIELAB images a {@code lab2srgb} step, whether the request names them or not.
 */
final class TransformChain {
    /** The engine's own resize takes this place; transforms before it see the region at the level read. */
    static final String RESIZE = "resize";
    /** Brings samples to 8 bits; the engine's own {@link SampleNormaliser} stands in when no service does. */
    static final String NORMALISE = "normalise";
    /** Turns CIELAB into 8-bit sRGB; CIELAB images cannot be served without it. */
    static final String LAB2SRGB = "lab2srgb";
    /** The pipeline order. */
    static final List<String> ORDER = List.of(NORMALISE, LAB2SRGB, "hillshade", "twist", "convolve", "contrast",
            "gamma", "colormap", "invert", RESIZE, "mirror", "rotate", "greyscale", "bitonal", "watermark");

    /**
     * A request's transforms with the services that do them, split around the engine's own steps.
     *
     * @param range the input range to bring to 8 bits, null when the image needs no normalising
     * @param normaliser the {@code normalise} service, null to use the engine's own
     * @param beforeResize the steps between normalising and resizing
     * @param afterResize the steps after resizing
     */
    record Plan(NormaliseRange range, Transform normaliser, List<Bound> beforeResize, List<Bound> afterResize) {
        static Raster apply(List<Bound> steps, Raster raster) {
            Raster out = raster;
            for (Bound b : steps) {
                out = b.service().apply(out, b.step().arguments());
            }
            return out;
        }

        /** @return the raster in 8-bit unsigned samples if the plan normalises, else the raster as it is */
        Raster normalise(Raster raster) {
            if (range == null) {
                return raster;
            }
            Raster out = normaliser == null ? raster : normaliser.apply(raster, range.step().arguments());
            return SampleNormaliser.toEightBit(out, range);
        }

        /** @return true if nothing is done to the pixels read */
        boolean isEmpty() {
            return range == null && beforeResize.isEmpty() && afterResize.isEmpty();
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
     * @param info the image (the view) it reads
     * @return its transforms in pipeline order, bound to their services, with the steps the image needs
     * @throws UnsupportedFormatException (a feature) if a transform is not present
     * @throws io.gigatile.api.BadRequestException if the request's normalise arguments are malformed
     */
    Plan plan(ImageRequest request, ImageInfo info) {
        List<TransformStep> steps = new ArrayList<>();
        List<TransformStep> ranges = new ArrayList<>();
        for (TransformStep step : request.transforms()) {
            (step.name().equals(NORMALISE) ? ranges : steps).add(step);
        }
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
        NormaliseRange range = null;
        if (info.colourSpace() == ColourSpace.CIELAB) {
            // lab2srgb reads CIELAB at any depth; stretching L*a*b* values first would shift the colours
            if (steps.stream().noneMatch(s -> s.name().equals(LAB2SRGB))) {
                steps.add(new TransformStep(LAB2SRGB, List.of()));
            }
        } else if (!ranges.isEmpty() || info.bitsPerSample() != 8 || info.sampleType() != SampleType.UNSIGNED) {
            range = NormaliseRange.of(info, ranges);
        }
        steps.sort(Comparator.comparingInt(s -> rank(s.name())));
        List<Bound> before = new ArrayList<>();
        List<Bound> after = new ArrayList<>();
        for (TransformStep step : steps) {
            Transform service = transforms.firstWith(TransformName.TRANSFORM, step.name())
                    .orElseThrow(() -> new UnsupportedFormatException(unsupported(step.name()), true)).service();
            (rank(step.name()) < rank(RESIZE) ? before : after).add(new Bound(step, service));
        }
        Transform normaliser = range == null ? null
                : transforms.firstWith(TransformName.TRANSFORM, NORMALISE).map(Ranked.Entry::service).orElse(null);
        return new Plan(range, normaliser, List.copyOf(before), List.copyOf(after));
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
            case LAB2SRGB -> "CIELAB images need the lab2srgb transform";
            default -> {
                // the name comes from the client: echo only a short, harmless part of it
                String safe = name.replaceAll("[^A-Za-z0-9_.-]", "");
                yield "transform not supported: " + safe.substring(0, Math.min(32, safe.length()));
            }
        };
    }
}
