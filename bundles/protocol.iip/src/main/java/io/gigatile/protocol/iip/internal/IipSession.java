/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageService;
import io.gigatile.api.ResolvedImage;
import io.gigatile.api.TransformStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the commands of one request have set so far, as iipsrv's Session and View hold it: the open image, the
 * view parameters and the processing that the image and value commands read when they run. Not thread-safe: one
 * per request.
 */
final class IipSession {
    private final ImageService service;
    private ResolvedImage image;
    private ImageInfo info;
    private int requestWidth;
    private int requestHeight;
    private float[] region;
    private int quality = -1;
    private String compression;
    private int layers;
    private final ViewChoice view = new ViewChoice();
    private MinMax minMax;
    private final Processing processing = new Processing();

    IipSession(ImageService service) {
        this.service = service;
    }

    /**
     * Opens an image, as FIF does: a missing image fails here, before any later command runs. As in iipsrv, the
     * view goes back to the default angles and MINMAX ranges are forgotten.
     *
     * @param id the decoded identifier, passed to the store as it is
     */
    void open(String id) {
        this.image = service.image(id);
        this.info = image.info();
        this.minMax = new MinMax(info);
        view.reset();
    }

    /**
     * @param command what needs the image, for the message
     * @return the open image's description
     * @throws BadRequestException if no FIF came before
     */
    ImageInfo info(String command) {
        if (info == null) {
            throw new BadRequestException(command + " needs an image: FIF must come first");
        }
        return info;
    }

    /** @return the open image's identifier; call {@link #info(String)} first */
    String identifier() {
        return image.identifier();
    }

    /** @return the open image, as FIF resolved it; call {@link #info(String)} first */
    ResolvedImage image() {
        return image;
    }

    /** @return when the open image last changed, or null when none is open */
    Instant lastModified() {
        return image == null ? null : image.lastModified();
    }

    void requestWidth(int width) {
        this.requestWidth = width;
    }

    int requestWidth() {
        return requestWidth;
    }

    void requestHeight(int height) {
        this.requestHeight = height;
    }

    int requestHeight() {
        return requestHeight;
    }

    /** @param xywh left, top, width, height as fractions; iipsrv's View clamps them to 0-1 */
    void region(float[] xywh) {
        this.region = xywh.clone();
    }

    /** @return left, top, width, height as fractions, or empty when no RGN was given */
    Optional<float[]> region() {
        return Optional.ofNullable(region).map(float[]::clone);
    }

    void quality(int q) {
        this.quality = q;
    }

    /** @param name the compression QLT named before its colon, lower case */
    void compression(String name) {
        this.compression = name;
    }

    /** @return the compression QLT named, or null when it named none */
    String compression() {
        return compression;
    }

    /** @return the QLT value, or -1 when none was given */
    int quality() {
        return quality;
    }

    void layers(int n) {
        this.layers = n;
    }

    int layers() {
        return layers;
    }

    /**
     * @param x the horizontal angle a client named (SDS, JTLS)
     * @param y the vertical angle
     */
    void angles(int x, int y) {
        view.choose(x, y);
    }

    /** @return the index of the chosen horizontal angle among the open image's views */
    int viewX() {
        return view.x(info("SDS").angles().horizontal());
    }

    /** @return the index of the chosen vertical angle among the open image's views */
    int viewY() {
        return view.y(info("SDS").angles().vertical());
    }

    /**
     * @param argument a MINMAX argument
     * @throws BadRequestException if no FIF came before or it is malformed
     */
    void minMax(String argument) {
        info("MINMAX");
        minMax.apply(argument);
    }

    /** @return the band ranges in force: the image's, as MINMAX changed them */
    MinMax ranges() {
        info("MINMAX");
        return minMax;
    }

    /** @return the normalise step MINMAX asks for, if any */
    private Optional<TransformStep> normalise() {
        return minMax == null ? Optional.empty() : minMax.step();
    }

    /** @return the image processing the commands so far asked for; FIF does not reset it, as in iipsrv */
    Processing processing() {
        return processing;
    }

    /** @return every transform step the image commands send: MINMAX's range, then the processing */
    List<TransformStep> steps() {
        List<TransformStep> steps = new ArrayList<>();
        normalise().ifPresent(steps::add);
        steps.addAll(processing.steps());
        return steps;
    }
}
