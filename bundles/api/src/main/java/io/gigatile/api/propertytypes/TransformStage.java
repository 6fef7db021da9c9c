/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Places a {@link io.gigatile.api.Transform} in the pipeline: {@code gigatile.transform.stage}, an integer. The
 * engine applies a request's transforms by ascending stage, whatever order the request named them in, so a
 * third-party transform chooses its place by its number. The constants are iipsrv's order (its CVT.cc and
 * JTL.cc); stages between {@link #NORMALISE} and {@link #CONTRAST} receive floating point samples normalised to
 * 0..1 and may return any number of bands; {@link #CONTRAST} brings them to 8 bits; every later stage receives
 * and returns 8-bit samples. A transform without this property runs at {@link #UNPLACED}.
 *
 * @since 1.2
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TransformStage {
    /** Prefix of the service property. */
    String PREFIX_ = "gigatile.";
    /** Service property holding the stage. */
    String PROPERTY = "gigatile.transform.stage";

    /** CIELAB to sRGB, before anything else reads the colours. */
    int LAB2SRGB = 100;
    /** The engine's step: each band's range to 0..1 floats (or straight to 8 bits when nothing follows). */
    int NORMALISE = 200;
    /** Hillshading of a normal map (IIP SHD). */
    int HILLSHADE = 300;
    /** Colour twist, a matrix over the bands (IIP CTW). */
    int TWIST = 400;
    /** Gamma or logarithm (IIP GAM). */
    int GAMMA = 500;
    /** Inversion (IIP INV). */
    int INVERT = 600;
    /** A colour map over the first band (IIP CMP). */
    int COLORMAP = 700;
    /** A convolution kernel (IIP CNV). */
    int CONVOLVE = 800;
    /** Contrast, and the cut from floats to 8 bits (IIP CNT). */
    int CONTRAST = 900;
    /** Where a transform without a stage runs: on 8-bit samples of the region read, before resizing. */
    int UNPLACED = 950;
    /** The engine's resize to the requested size; later stages see the output's pixels. */
    int RESIZE = 1000;
    /** The engine's reduction of multispectral images to the bands an encoder holds. */
    int FLATTEN = 1100;
    /** Colour to grey (grey quality, IIP COL=grey). */
    int GREYSCALE = 1200;
    /** Black and white (bitonal quality, IIP COL=binary). */
    int BITONAL = 1300;
    /** Histogram equalisation (IIP CNT=eq). */
    int EQUALISE = 1400;
    /** Mirroring (IIIF {@code !}, IIP ROT=!). */
    int MIRROR = 1500;
    /** Rotation. */
    int ROTATE = 1600;
    /** Watermarks, always last. */
    int WATERMARK = 1700;

    /** @return the stage, one of the constants above or a number between them */
    int value();
}
