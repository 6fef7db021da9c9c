/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.Quality;
import io.gigatile.api.SampleType;
import io.gigatile.api.Transform;
import io.gigatile.api.TransformStep;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformAlways;
import io.gigatile.api.propertytypes.TransformName;
import io.gigatile.api.propertytypes.TransformStage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Transform services, and for each request its steps bound to them in pipeline order: by each service's
 * {@code gigatile.transform.stage}, whatever order the request named them in (ARCHITECTURE.md). Rotation,
 * mirroring and the grey and bitonal qualities are transforms too; CIELAB images get a {@code lab2srgb} step,
 * images that are not 8-bit unsigned a {@code normalise} step, and transforms marked
 * {@code gigatile.transform.always} a step on every request.
 */
final class TransformChain {
    /** Brings samples to 0..1 floats or to 8 bits; the one normaliser, a required service for such images. */
    static final String NORMALISE = "normalise";
    /** Turns CIELAB into 8-bit sRGB; CIELAB images cannot be served without it. */
    static final String LAB2SRGB = "lab2srgb";
    /** The cut from floats to 8 bits, which every float pipeline ends with. */
    static final String CONTRAST = "contrast";
    /** The contrast argument asking for the range of the image's histogram (IIP {@code CNT=st}). */
    static final String STRETCH = "stretch";

    /**
     * A request's step with the service that does it.
     *
     * @param step what the request asked for
     * @param service the transform that does it
     * @param stage where it runs
     */
    record Bound(TransformStep step, Transform service, int stage) {
    }

    private final Ranked<Transform> transforms = new Ranked<>();

    /**
     * @param transform a transform service
     * @param properties its service properties
     * @return true if it applies to every request, so that responses made without it are out of date
     */
    boolean add(Transform transform, Map<String, Object> properties) {
        transforms.add(transform, properties);
        return isAlways(properties);
    }

    /**
     * @param transform a transform service
     * @return true if it applied to every request
     */
    boolean remove(Transform transform) {
        boolean always = transforms.entries().stream()
                .anyMatch(e -> e.service() == transform && isAlways(e.properties()));
        transforms.remove(transform);
        return always;
    }

    /**
     * @param request the request
     * @param info the image (the view) it reads
     * @return its steps in pipeline order, bound to their services, with the steps the image needs
     * @throws UnsupportedFormatException (a feature) if a transform is not present
     * @throws io.gigatile.api.BadRequestException if the request's normalise arguments are malformed
     */
    TransformPlan plan(ImageRequest request, ImageInfo info) {
        List<TransformStep> steps = new ArrayList<>();
        List<TransformStep> ranges = new ArrayList<>();
        boolean stretch = false;
        for (TransformStep step : request.transforms()) {
            if (step.name().equals(NORMALISE)) {
                ranges.add(step);
            } else if (step.name().equals(CONTRAST) && step.arguments().equals(List.of(STRETCH))) {
                stretch = true;
                steps.add(new TransformStep(CONTRAST, List.of("1")));
            } else {
                steps.add(step);
            }
        }
        addViewSteps(request, steps);
        boolean lab = info.colourSpace() == ColourSpace.CIELAB;
        if (lab && steps.stream().noneMatch(s -> s.name().equals(LAB2SRGB))) {
            steps.add(new TransformStep(LAB2SRGB, List.of()));
        }
        List<Bound> bound = new ArrayList<>();
        for (TransformStep step : steps) {
            Ranked.Entry<Transform> entry = service(step.name())
                    .orElseThrow(() -> new UnsupportedFormatException(unsupported(step.name()), true));
            bound.add(new Bound(step, entry.service(), stage(entry.properties())));
        }
        for (Ranked.Entry<Transform> e : transforms.entries()) {
            if (isAlways(e.properties())) {
                TransformStep step = new TransformStep(e.strings(TransformName.TRANSFORM).stream().findFirst()
                        .orElse("always"), List.of());
                bound.add(new Bound(step, e.service(), stage(e.properties())));
            }
        }
        boolean floats = stretch || !ranges.isEmpty() || bound.stream().anyMatch(TransformChain::needsFloats);
        boolean deep = !lab && (info.bitsPerSample() != 8 || info.sampleType() != SampleType.UNSIGNED);
        // iipsrv ignores MINMAX for CIELAB images: lab2srgb has already made 8-bit sRGB of their L*a*b* values
        NormaliseRange range = !floats && !deep ? null
                : lab ? NormaliseRange.bytes(3, List.of()) : NormaliseRange.of(info, ranges);
        if (floats && bound.stream().noneMatch(b -> b.stage() == TransformStage.CONTRAST)) {
            Transform contrast = service(CONTRAST).orElseThrow(() -> new UnsupportedFormatException(
                    "image processing needs the contrast transform", true)).service();
            bound.add(new Bound(new TransformStep(CONTRAST, List.of("1")), contrast, TransformStage.CONTRAST));
        }
        bound.sort(Comparator.comparingInt(Bound::stage));
        Transform normaliser = range == null ? null : service(NORMALISE).orElseThrow(() ->
                new UnsupportedFormatException("images deeper than 8 bits need the normalise transform", true))
                .service();
        return new TransformPlan(bound, normaliser, range, floats, stretch);
    }

    private static void addViewSteps(ImageRequest request, List<TransformStep> steps) {
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
    }

    /** @return true if the transform is one whose stage receives floats */
    private static boolean needsFloats(Bound b) {
        return b.stage() > TransformStage.NORMALISE && b.stage() <= TransformStage.CONTRAST;
    }

    /** @return the normalise service, or null when none is present */
    Transform normaliser() {
        return service(NORMALISE).map(Ranked.Entry::service).orElse(null);
    }

    /** @return whether the transform a quality is made with is present: grey and bitonal are bundles */
    boolean renders(Quality quality) {
        return switch (quality) {
            case GRAY -> service("greyscale").isPresent();
            case BITONAL -> service("bitonal").isPresent();
            default -> true;
        };
    }

    /** @return whether a transform of that name is present */
    boolean has(String name) {
        return service(name).isPresent();
    }

    private Optional<Ranked.Entry<Transform>> service(String name) {
        return transforms.firstWith(TransformName.TRANSFORM, name);
    }

    private static boolean isAlways(Map<String, Object> properties) {
        return Boolean.parseBoolean(String.valueOf(properties.get(TransformAlways.PROPERTY)));
    }

    /** A transform without a readable stage runs where transforms ran before stages existed: before resizing. */
    private static int stage(Map<String, Object> properties) {
        Object value = properties.get(TransformStage.PROPERTY);
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? TransformStage.UNPLACED : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            return TransformStage.UNPLACED;
        }
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
