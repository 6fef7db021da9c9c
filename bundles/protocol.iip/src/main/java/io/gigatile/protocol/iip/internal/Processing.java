/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.TransformStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The image processing an IIP request asks for (CNT, GAM, ROT, SHD, CMP, INV, CTW, COL, CNV; ICC is accepted and
 * does nothing, as iipsrv's is a stub), held as iipsrv's View holds it, and the engine's transform steps for it.
 * The engine orders the steps by each transform's stage; they are listed here in iipsrv's pipeline order anyway,
 * so that the same settings give the same cache key whatever order the client sent them in. A later command of
 * the same name replaces what an earlier one set. Neutral values (contrast 1, gamma 1, rotation 0) add no step,
 * so tiles stay plain and pass through. FIF does not reset any of this, as in iipsrv. Not thread-safe: one per
 * request.
 */
final class Processing {
    private static final Set<String> COLORMAPS = Set.of("hot", "cold", "jet", "blue", "green", "red");
    private static final Set<String> KERNELS = Set.of("sobel", "prewitt", "scharr", "laplace", "gaussian",
            "sharpen", "emboss");
    /** iipsrv reads at most 5x5 kernels, and ignores kernels that are not square with an odd side. */
    private static final Set<Integer> KERNEL_SIZES = Set.of(1, 9, 25);
    private static final int MAX_KERNEL = 25;
    /** Rows are output bands, columns input bands; no image served has this many. */
    private static final int MAX_TWIST = 64;

    private String contrast;
    private boolean equalise;
    private String gamma;
    private List<String> hillshade;
    private List<String> twist;
    private boolean invert;
    private String colormap;
    private List<String> convolve;
    private String colour;
    private IipRotation rotation = IipRotation.NONE;

    /**
     * @param key the command name in lower case
     * @param value its argument as decoded
     * @return false if the command is not a processing command
     * @throws BadRequestException if the argument is malformed
     */
    boolean run(String key, String value) {
        switch (key) {
            case "cnt" -> contrast(value);
            case "gam" -> gamma(value);
            case "rot" -> rotation = IipRotation.parse(value);
            case "shd" -> hillshade(value);
            case "cmp" -> {
                // iipsrv turns the colour map off for a name it does not know
                String name = value.strip().toLowerCase(Locale.ROOT);
                colormap = COLORMAPS.contains(name) ? name : null;
            }
            case "inv" -> invert = true;
            case "ctw" -> twist(value);
            case "col" -> colour(value);
            case "cnv" -> convolve(value);
            case "icc" -> {
                // iipsrv's ICC command does nothing (its colour management is unfinished)
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** @return the rotation ROT asked for */
    IipRotation rotation() {
        return rotation;
    }

    /** @return the transform steps, in iipsrv's pipeline order; empty when nothing is asked for */
    List<TransformStep> steps() {
        List<TransformStep> steps = new ArrayList<>();
        add(steps, "hillshade", hillshade);
        add(steps, "twist", twist);
        add(steps, "gamma", gamma);
        add(steps, "invert", invert);
        add(steps, "colormap", colormap);
        add(steps, "convolve", convolve);
        add(steps, "contrast", contrast);
        if (colour != null) {
            add(steps, colour, true);
        }
        add(steps, "equalise", equalise);
        add(steps, "mirror", rotation.mirror());
        add(steps, "rotate", rotation.degrees() == 0 ? null : Integer.toString(rotation.degrees()));
        return steps;
    }

    private static void add(List<TransformStep> steps, String name, List<String> arguments) {
        if (arguments != null) {
            steps.add(new TransformStep(name, arguments));
        }
    }

    private static void add(List<TransformStep> steps, String name, String argument) {
        if (argument != null) {
            steps.add(new TransformStep(name, List.of(argument)));
        }
    }

    private static void add(List<TransformStep> steps, String name, boolean on) {
        if (on) {
            steps.add(new TransformStep(name, List.of()));
        }
    }

    /**
     * {@code eq} asks for equalisation, which iipsrv keeps apart from the contrast factor; {@code st} and iipsrv's
     * reserved factor -1 for a stretch over the histogram's range.
     */
    private void contrast(String value) {
        String arg = value.strip().toLowerCase(Locale.ROOT);
        if (arg.equals("eq") || arg.equals("equalization")) {
            equalise = true;
        } else if (arg.equals("st") || arg.equals("stretch")) {
            contrast = "stretch";
        } else {
            float factor = IipNumbers.decimal("CNT", arg);
            contrast = factor == 1 ? null : factor == -1 ? "stretch" : IipNumbers.plain(factor);
        }
    }

    /** {@code log} or iipsrv's reserved exponent -1 for the logarithm. */
    private void gamma(String value) {
        String arg = value.strip().toLowerCase(Locale.ROOT);
        if (arg.equals("log") || arg.equals("logarithm")) {
            gamma = "log";
        } else {
            float g = IipNumbers.decimal("GAM", arg);
            gamma = g == 1 ? null : g == -1 ? "log" : IipNumbers.plain(g);
        }
    }

    /** iipsrv shades only when it reads two angles; a single one changes nothing. */
    private void hillshade(String value) {
        String[] items = value.split(",", -1);
        if (items.length > 2) {
            throw new BadRequestException("SHD needs two angles");
        }
        int h = IipNumbers.integer("SHD", items[0]);
        if (items.length == 2) {
            hillshade = List.of(Integer.toString(h), Integer.toString(IipNumbers.integer("SHD", items[1])));
        }
    }

    /** One argument per row, {@code a,b,c}; an empty matrix turns the twist off. */
    private void twist(String value) {
        List<String> rows = IipMatrix.items(IipMatrix.inner("CTW", value), ';');
        if (rows.size() > MAX_TWIST) {
            throw new BadRequestException("CTW has too many rows");
        }
        List<String> arguments = new ArrayList<>(rows.size());
        for (String row : rows) {
            List<String> columns = IipMatrix.items(row, ',');
            if (columns.isEmpty() || columns.size() > MAX_TWIST) {
                throw new BadRequestException("CTW rows need 1 to " + MAX_TWIST + " numbers");
            }
            arguments.add(String.join(",", IipMatrix.numbers("CTW", columns)));
        }
        twist = arguments.isEmpty() ? null : List.copyOf(arguments);
    }

    /** Other values leave the colour as it was, as in iipsrv. */
    private void colour(String value) {
        String arg = value.strip().toLowerCase(Locale.ROOT);
        if (arg.equals("grey") || arg.equals("gray")) {
            colour = "greyscale";
        } else if (arg.equals("binary")) {
            colour = "bitonal";
        }
    }

    /** A named kernel, or 1, 9 or 25 values; iipsrv ignores other sizes and keeps the kernel it had. */
    private void convolve(String value) {
        String inner = IipMatrix.inner("CNV", value);
        String name = inner.strip().toLowerCase(Locale.ROOT);
        if (KERNELS.contains(name)) {
            convolve = List.of(name);
            return;
        }
        List<String> items = IipMatrix.items(inner, ',');
        if (items.size() <= MAX_KERNEL) {
            List<String> kernel = IipMatrix.numbers("CNV", items);
            if (KERNEL_SIZES.contains(kernel.size())) {
                convolve = kernel;
            }
        }
    }
}
