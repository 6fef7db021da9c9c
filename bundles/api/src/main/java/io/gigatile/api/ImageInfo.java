/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a decoder knows of an image: its resolution levels, sample format, colour space, value range,
 * views and metadata. Immutable; built with {@link #builder()}.
 *
 * <p>Levels are ordered from the full resolution (index 0) to the smallest. IIP numbers resolutions the
 * other way round (0 is the smallest); protocols convert.
 *
 * @since 1.0
 */
public final class ImageInfo {
    /** Metadata key of the image title. Other keys: see the {@code META_} constants. */
    public static final String META_TITLE = "title";
    /** Metadata key of the image description (TIFF ImageDescription). */
    public static final String META_DESCRIPTION = "description";
    /** Metadata key of the creator (TIFF Artist). */
    public static final String META_CREATOR = "creator";
    /** Metadata key of the rights statement (TIFF Copyright). */
    public static final String META_RIGHTS = "rights";
    /** Metadata key of the creation date (TIFF DateTime). */
    public static final String META_DATE = "date";
    /** Metadata key of the producing software. */
    public static final String META_SOFTWARE = "software";
    /** Metadata key of the camera or scanner maker. */
    public static final String META_MAKE = "make";
    /** Metadata key of the camera or scanner model. */
    public static final String META_MODEL = "model";
    /** Metadata key of the XMP packet as text. */
    public static final String META_XMP = "xmp";

    private final List<Level> levels;
    private final int bands;
    private final int bitsPerSample;
    private final SampleType sampleType;
    private final ColourSpace colourSpace;
    private final double[] minValues;
    private final double[] maxValues;
    private final int qualityLayers;
    private final ViewAngles angles;
    private final double dpiX;
    private final double dpiY;
    private final byte[] iccProfile;
    private final Map<String, String> metadata;
    private final List<StackPage> stack;

    private ImageInfo(Builder b) {
        if (b.levels.isEmpty()) {
            throw new IllegalArgumentException("an image has at least one level");
        }
        this.levels = List.copyOf(b.levels);
        this.bands = b.bands;
        this.bitsPerSample = b.bitsPerSample;
        this.sampleType = Objects.requireNonNull(b.sampleType);
        this.colourSpace = Objects.requireNonNull(b.colourSpace);
        this.minValues = b.minValues == null ? defaultRange(true) : b.minValues.clone();
        this.maxValues = b.maxValues == null ? defaultRange(false) : b.maxValues.clone();
        this.qualityLayers = b.qualityLayers;
        this.angles = b.angles;
        this.dpiX = b.dpiX;
        this.dpiY = b.dpiY;
        this.iccProfile = b.iccProfile == null ? null : b.iccProfile.clone();
        this.metadata = Map.copyOf(b.metadata);
        this.stack = List.copyOf(b.stack);
        if (bands < 1 || minValues.length != bands || maxValues.length != bands) {
            throw new IllegalArgumentException("min/max values must have one entry per band");
        }
    }

    /** The range the sample type can hold, used where the decoder does not know better. */
    private double[] defaultRange(boolean min) {
        double value;
        if (sampleType == SampleType.FLOAT) {
            value = min ? 0.0 : 1.0;
        } else if (sampleType == SampleType.SIGNED) {
            value = min ? -Math.pow(2, bitsPerSample - 1) : Math.pow(2, bitsPerSample - 1) - 1;
        } else {
            value = min ? 0.0 : Math.pow(2, bitsPerSample) - 1;
        }
        double[] values = new double[Math.max(bands, 1)];
        Arrays.fill(values, value);
        return values;
    }

    /** @return a builder for a new image description */
    public static Builder builder() {
        return new Builder();
    }

    /** @return full-resolution width in pixels */
    public int width() {
        return levels.get(0).width();
    }

    /** @return full-resolution height in pixels */
    public int height() {
        return levels.get(0).height();
    }

    /** @return the resolution levels, full resolution first */
    public List<Level> levels() {
        return levels;
    }

    /** @return samples per pixel */
    public int bands() {
        return bands;
    }

    /** @return bits per sample as stored */
    public int bitsPerSample() {
        return bitsPerSample;
    }

    /** @return how samples are interpreted */
    public SampleType sampleType() {
        return sampleType;
    }

    /** @return the meaning of the bands */
    public ColourSpace colourSpace() {
        return colourSpace;
    }

    /**
     * @param band band index from 0
     * @return the smallest value the band holds (or may hold)
     */
    public double minValue(int band) {
        return minValues[band];
    }

    /**
     * @param band band index from 0
     * @return the largest value the band holds (or may hold)
     */
    public double maxValue(int band) {
        return maxValues[band];
    }

    /** @return number of quality layers (JPEG 2000), 0 where the format has none */
    public int qualityLayers() {
        return qualityLayers;
    }

    /**
     * @return the views: sequence angles or pages
     * @since 1.1
     */
    public ViewAngles angles() {
        return angles;
    }

    /** @return number of horizontal views (sequence angles or pages), at least 1 */
    public int horizontalViews() {
        return angles.horizontal().size();
    }

    /** @return number of vertical views, at least 1 */
    public int verticalViews() {
        return angles.vertical().size();
    }

    /**
     * A copy of this description with other views, for stores that know an image's sequence.
     *
     * @param views the views
     * @return the new description
     * @since 1.1
     */
    public ImageInfo withAngles(ViewAngles views) {
        Builder b = toBuilder();
        b.angles = Objects.requireNonNull(views);
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.levels.addAll(levels);
        b.metadata.putAll(metadata);
        b.stack.addAll(stack);
        b.bands = bands;
        b.bitsPerSample = bitsPerSample;
        b.sampleType = sampleType;
        b.colourSpace = colourSpace;
        b.minValues = minValues.clone();
        b.maxValues = maxValues.clone();
        b.qualityLayers = qualityLayers;
        b.angles = angles;
        b.dpiX = dpiX;
        b.dpiY = dpiY;
        b.iccProfile = iccProfile;
        return b;
    }

    /** @return horizontal resolution in pixels per inch, 0 if unknown */
    public double dpiX() {
        return dpiX;
    }

    /** @return vertical resolution in pixels per inch, 0 if unknown */
    public double dpiY() {
        return dpiY;
    }

    /** @return a copy of the embedded ICC profile, if any */
    public Optional<byte[]> iccProfile() {
        return Optional.ofNullable(iccProfile).map(byte[]::clone);
    }

    /** @return textual metadata by the {@code META_} keys (and others a decoder adds) */
    public Map<String, String> metadata() {
        return metadata;
    }

    /**
     * @return the pages of an image stack, one per horizontal view, with their names and value scales; empty when
     *         the image is not a stack
     * @since 2.8
     */
    public List<StackPage> stack() {
        return stack;
    }

    /** Builds an {@link ImageInfo}. Not thread-safe. */
    public static final class Builder {
        private final List<Level> levels = new ArrayList<>();
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final List<StackPage> stack = new ArrayList<>();
        private int bands = 1;
        private int bitsPerSample = 8;
        private SampleType sampleType = SampleType.UNSIGNED;
        private ColourSpace colourSpace = ColourSpace.GREY;
        private double[] minValues;
        private double[] maxValues;
        private int qualityLayers;
        private ViewAngles angles = ViewAngles.SINGLE;
        private double dpiX;
        private double dpiY;
        private byte[] iccProfile;

        private Builder() {
        }

        /**
         * @param level the next level, each smaller than the one before
         * @return this builder
         */
        public Builder addLevel(Level level) {
            levels.add(Objects.requireNonNull(level));
            return this;
        }

        /**
         * @param bands samples per pixel
         * @param bits bits per sample
         * @param type sample interpretation
         * @param space colour space
         * @return this builder
         */
        public Builder samples(int bands, int bits, SampleType type, ColourSpace space) {
            this.bands = bands;
            this.bitsPerSample = bits;
            this.sampleType = type;
            this.colourSpace = space;
            return this;
        }

        /**
         * @param min per-band minimum values
         * @param max per-band maximum values
         * @return this builder
         */
        public Builder range(double[] min, double[] max) {
            this.minValues = min.clone();
            this.maxValues = max.clone();
            return this;
        }

        /**
         * @param layers quality layers
         * @return this builder
         */
        public Builder qualityLayers(int layers) {
            this.qualityLayers = layers;
            return this;
        }

        /**
         * @param views the image's views (sequence angles or pages)
         * @return this builder
         * @since 1.1
         */
        public Builder angles(ViewAngles views) {
            this.angles = Objects.requireNonNull(views);
            return this;
        }

        /**
         * @param x horizontal pixels per inch
         * @param y vertical pixels per inch
         * @return this builder
         */
        public Builder dpi(double x, double y) {
            this.dpiX = x;
            this.dpiY = y;
            return this;
        }

        /**
         * @param profile ICC profile bytes, or null
         * @return this builder
         */
        public Builder iccProfile(byte[] profile) {
            this.iccProfile = profile == null ? null : profile.clone();
            return this;
        }

        /**
         * @param key metadata key
         * @param value text; ignored when null or blank
         * @return this builder
         */
        public Builder metadata(String key, String value) {
            if (value != null && !value.isBlank()) {
                metadata.put(key, value.strip());
            }
            return this;
        }

        /**
         * @param page the next page of an image stack
         * @return this builder
         * @since 2.8
         */
        public Builder stackPage(StackPage page) {
            stack.add(Objects.requireNonNull(page));
            return this;
        }

        /** @return the immutable description */
        public ImageInfo build() {
            return new ImageInfo(this);
        }
    }
}
