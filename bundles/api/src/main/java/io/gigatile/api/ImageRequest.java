/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A request for an image: which image and view, which region at what size, which transforms, and how to
 * encode it. Immutable; built with {@link #builder(String)}. {@link #cacheKey()} is canonical: two requests
 * for the same output have the same key.
 *
 * @since 1.0
 */
public final class ImageRequest {
    private final String identifier;
    private final int viewX;
    private final int viewY;
    private final Region region;
    private final Size size;
    private final double rotation;
    private final boolean mirror;
    private final List<TransformStep> transforms;
    private final Quality quality;
    private final String format;
    private final int encodeQuality;
    private final String encodeCompression;
    private final int layers;
    private final String cacheKey;

    private ImageRequest(Builder b) {
        this.identifier = b.identifier;
        this.viewX = b.viewX;
        this.viewY = b.viewY;
        this.region = b.region;
        this.size = b.size;
        this.rotation = b.rotation;
        this.mirror = b.mirror;
        this.transforms = List.copyOf(b.transforms);
        this.quality = b.quality;
        this.format = b.format;
        this.encodeQuality = b.encodeQuality;
        this.encodeCompression = b.encodeCompression;
        this.layers = b.layers;
        StringBuilder key = new StringBuilder(identifier.length() + 64).append(identifier)
                .append('|').append(viewX).append(',').append(viewY)
                .append('|').append(region.key()).append('|').append(size.key())
                .append('|').append(mirror ? "!" : "").append(rotationKey(rotation))
                .append('|').append(quality).append('|').append(format)
                .append('|').append(encodeQuality).append('|').append(layers);
        for (TransformStep t : transforms) {
            key.append('|').append(t.name()).append(t.arguments());
        }
        if (encodeCompression != null) {
            // only where one is named, so that the keys of other requests stay as they were (memcached shares them)
            key.append("|compression=").append(encodeCompression);
        }
        this.cacheKey = key.toString();
    }

    /** Double.toString's text, without its formatting for the angle of nearly every request. */
    private static String rotationKey(double rotation) {
        return Double.doubleToRawLongBits(rotation) == 0L ? "0.0" : Double.toString(rotation);
    }

    /**
     * @param identifier the image identifier
     * @return a builder with the defaults: full region, natural size, no rotation, default quality, jpg
     */
    public static Builder builder(String identifier) {
        return new Builder(identifier);
    }

    /** @return the image identifier */
    public String identifier() {
        return identifier;
    }

    /** @return horizontal view (sequence angle index), 0 for the first */
    public int viewX() {
        return viewX;
    }

    /** @return vertical view index */
    public int viewY() {
        return viewY;
    }

    /** @return the region */
    public Region region() {
        return region;
    }

    /** @return the output size */
    public Size size() {
        return size;
    }

    /** @return clockwise rotation in degrees, 0 to 360 */
    public double rotation() {
        return rotation;
    }

    /** @return whether to mirror horizontally before rotating */
    public boolean mirror() {
        return mirror;
    }

    /** @return the requested transforms, in the order the request named them */
    public List<TransformStep> transforms() {
        return transforms;
    }

    /** @return the colour quality */
    public Quality quality() {
        return quality;
    }

    /** @return the output format name ({@code jpg}, {@code png}...) */
    public String format() {
        return format;
    }

    /** @return encoder quality, -1 for the configured default */
    public int encodeQuality() {
        return encodeQuality;
    }

    /**
     * @return the compression the encoder should use inside its format ({@code lzw}, {@code deflate}... in a TIFF),
     *         lower case, or null for its configured default
     * @since 2.7
     */
    public String encodeCompression() {
        return encodeCompression;
    }

    /** @return quality layers to decode, 0 for the default */
    public int layers() {
        return layers;
    }

    /** @return true if the request asks for exactly one native tile with nothing done to it */
    public boolean isPlainTile() {
        return region.kind() == Region.Kind.TILE && size.kind() == Size.Kind.MAX && rotation == 0 && !mirror
                && transforms.isEmpty() && quality == Quality.DEFAULT && encodeQuality < 0 && encodeCompression == null
                && layers == 0;
    }

    /**
     * @return the canonical key of this request's output; it begins with the identifier and a {@code '|'}, so a
     *         cache can find an image's entries
     */
    public String cacheKey() {
        return cacheKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageRequest r && r.cacheKey.equals(cacheKey);
    }

    @Override
    public int hashCode() {
        return cacheKey.hashCode();
    }

    @Override
    public String toString() {
        return "ImageRequest[" + cacheKey + "]";
    }

    /** Builds an {@link ImageRequest}. Not thread-safe. */
    public static final class Builder {
        private final String identifier;
        private int viewX;
        private int viewY;
        private Region region = Region.FULL;
        private Size size = Size.MAX;
        private double rotation;
        private boolean mirror;
        private final List<TransformStep> transforms = new ArrayList<>();
        private Quality quality = Quality.DEFAULT;
        private String format = "jpg";
        private int encodeQuality = -1;
        private String encodeCompression;
        private int layers;

        private Builder(String identifier) {
            this.identifier = Objects.requireNonNull(identifier);
        }

        /**
         * @param x horizontal view index
         * @param y vertical view index
         * @return this builder
         */
        public Builder view(int x, int y) {
            this.viewX = x;
            this.viewY = y;
            return this;
        }

        /**
         * @param region the region
         * @return this builder
         */
        public Builder region(Region region) {
            this.region = Objects.requireNonNull(region);
            return this;
        }

        /**
         * @param size the output size
         * @return this builder
         */
        public Builder size(Size size) {
            this.size = Objects.requireNonNull(size);
            return this;
        }

        /**
         * @param degrees clockwise rotation, 0 to 360
         * @param mirror mirror first
         * @return this builder
         */
        public Builder rotation(double degrees, boolean mirror) {
            if (!(degrees >= 0 && degrees <= 360)) {
                throw new BadRequestException("rotation must be between 0 and 360");
            }
            this.rotation = degrees == 360 ? 0 : degrees;
            this.mirror = mirror;
            return this;
        }

        /**
         * @param step a transform to apply
         * @return this builder
         */
        public Builder transform(TransformStep step) {
            transforms.add(Objects.requireNonNull(step));
            return this;
        }

        /**
         * @param quality colour quality
         * @return this builder
         */
        public Builder quality(Quality quality) {
            this.quality = Objects.requireNonNull(quality);
            return this;
        }

        /**
         * @param format output format name
         * @return this builder
         */
        public Builder format(String format) {
            this.format = Objects.requireNonNull(format);
            return this;
        }

        /**
         * @param quality encoder quality, -1 for the default
         * @return this builder
         */
        public Builder encodeQuality(int quality) {
            this.encodeQuality = quality;
            return this;
        }

        /**
         * @param compression the compression inside the format, such as {@code lzw} for TIFF; null for the
         *        encoder's default
         * @return this builder
         * @since 2.7
         */
        public Builder encodeCompression(String compression) {
            this.encodeCompression = compression == null ? null : compression.toLowerCase(Locale.ROOT);
            return this;
        }

        /**
         * @param layers quality layers, 0 for the default
         * @return this builder
         */
        public Builder layers(int layers) {
            this.layers = layers;
            return this;
        }

        /** @return the immutable request */
        public ImageRequest build() {
            return new ImageRequest(this);
        }
    }
}
