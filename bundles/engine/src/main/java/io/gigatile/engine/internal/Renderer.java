/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.EncodedTile;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.Region;
import io.gigatile.api.RenderedImage;
import io.gigatile.api.Size;
import io.gigatile.api.StoredImage;
import java.util.Optional;

/**
 * The pipeline for one request on the open source of one view: pass a stored tile through, or read the region at
 * the best level (with the margin the transforms need around it), normalise and transform it up to 8 bits,
 * resize, transform and encode. Stored tiles go out untouched only when the
 * image needs no normalising or colour conversion either. Everything that can refuse a request is checked
 * before any pixel is read.
 */
final class Renderer {
    private final EngineSettings settings;
    private final OutputSizer sizer;
    private final LevelChooser levels;
    private final Resizer resizer;
    private final TransformChain transforms;
    private final Encoders encoders;
    private final Histograms histograms;
    private final RenderGate gate;

    Renderer(EngineSettings settings, TransformChain transforms, Encoders encoders, Histograms histograms,
            RenderGate gate) {
        this.histograms = histograms;
        this.gate = gate;
        this.settings = settings;
        this.sizer = new OutputSizer(settings);
        this.levels = new LevelChooser(settings);
        this.resizer = new Resizer(settings.interpolation() == 0);
        this.transforms = transforms;
        this.encoders = encoders;
    }

    /**
     * @param request the request
     * @param file the stored image the source was opened from
     * @param version what the rendering is made from: the image's version and the decoder's identity
     * @param source the open source of the view the request names
     * @param owner the view's identity, under which its histogram is kept
     * @return the encoded image
     */
    RenderedImage render(ImageRequest request, StoredImage file, String version, ImageSource source,
            Object owner) {
        Encoders.Chosen encoder = encoders.require(request.format());
        ImageInfo info = source.info();
        TransformPlan steps = transforms.plan(request, info);
        if (request.isPlainTile() && settings.codecPassthrough() && steps.isEmpty()) {
            Optional<EncodedTile> stored = storedTile(request, info, source);
            if (stored.isPresent()) {
                return new RenderedImage(stored.get().bytes(), encoder.mediaType(), file.lastModified(),
                        version, request.cacheKey());
            }
        }
        ReadPlan plan = plan(request, info);
        int layers = settings.layers(request.layers());
        RenderContext context = new RenderContext(info, request.region().kind() == Region.Kind.TILE,
                () -> histograms.of(owner, source, layers, transforms::normaliser));
        Rect wanted = plan.read();
        Rect read = Margins.grow(wanted, steps.margin(), info.levels().get(plan.level()));
        byte[] bytes;
        try (RenderGate.Permit permit = gate.enter(footprint(info, read, plan))) {
            Raster raster = source.readRegion(plan.level(), read, layers);
            if (raster.width() != read.width() || raster.height() != read.height()) {
                throw new DecodeFailureException("decoder returned a region of the wrong size");
            }
            raster = Margins.crop(steps.beforeResize(raster, context), read, wanted);
            raster = resizer.resize(raster, plan);
            raster = OutputBands.forEncoding(raster);
            raster = steps.afterResize(raster, context);
            bytes = encoder.encode(raster, options(request, info, raster, plan));
        }
        return new RenderedImage(bytes, encoder.mediaType(), file.lastModified(), version, request.cacheKey());
    }

    /**
     * The most a render holds at once, over-estimated: the samples read and their 8-bit copy, then the output,
     * its transformed copy (an alpha band may be added), and the encoder's buffer that grows by doubling.
     */
    static long footprint(ImageInfo info, Rect read, ReadPlan plan) {
        int sampleBytes = info.bitsPerSample() <= 8 ? 1 : info.bitsPerSample() <= 16 ? 2 : 4;
        long readPixels = (long) read.width() * read.height();
        long outPixels = (long) plan.outWidth() * plan.outHeight();
        int bands = info.bands();
        return readPixels * bands * (2L * sampleBytes + 1) + outPixels * (bands + 1) * 4L;
    }

    /**
     * @param requested the layers a request asks for, 0 for none
     * @return the layers to decode, as the settings cap them
     */
    int layers(int requested) {
        return settings.layers(requested);
    }

    private static Optional<EncodedTile> storedTile(ImageRequest request, ImageInfo info, ImageSource source) {
        Region region = request.region();
        tileRect(region, info);
        return source.encodedTile(region.level(), (int) region.x(), (int) region.y(), request.format())
                .filter(t -> t.format().equalsIgnoreCase(request.format()));
    }

    private ReadPlan plan(ImageRequest request, ImageInfo info) {
        Region region = request.region();
        if (region.kind() == Region.Kind.TILE) {
            if (request.size().kind() != Size.Kind.MAX) {
                throw new BadRequestException("a tile is served at its own size");
            }
            return levels.checked(ReadPlan.exact(region.level(), tileRect(region, info)), info.bands());
        }
        Rect rect = RegionResolver.resolve(region, info.width(), info.height());
        OutputSizer.Extent out = sizer.size(request.size(), rect.width(), rect.height(), info.bands());
        return levels.plan(info, rect, out.width(), out.height());
    }

    /** A tile's rectangle in its level, or BadRequestException if the level or the tile does not exist. */
    private static Rect tileRect(Region region, ImageInfo info) {
        if (region.level() < 0 || region.level() >= info.levels().size()) {
            throw new BadRequestException("no such resolution level");
        }
        if (!(region.x() >= 0 && region.y() >= 0)) {
            throw new BadRequestException("tile numbers must not be negative");
        }
        return info.levels().get(region.level()).tileRect((int) region.x(), (int) region.y());
    }

    /**
     * The ICC profile goes along only while the pixels still are in the image's own colour space. The image's
     * resolution is scaled as the output scales the region, so that the output keeps the image's physical size.
     */
    private EncodeOptions options(ImageRequest request, ImageInfo info, Raster raster, ReadPlan plan) {
        // an added alpha band (rotation) keeps the colours, so the profile still applies
        boolean sameColours = raster.colourSpace() == info.colourSpace();
        byte[] icc = sameColours ? info.iccProfile().filter(settings::embeds).orElse(null) : null;
        String xmp = info.metadata().get(ImageInfo.META_XMP);
        if (!(info.dpiX() > 0 && info.dpiY() > 0)) {
            return new EncodeOptions(request.encodeQuality(), icc, xmp, 0, 0, request.encodeCompression());
        }
        Level level = info.levels().get(plan.level());
        double scaleX = plan.outWidth() / (plan.windowWidth() * info.width() / level.width());
        double scaleY = plan.outHeight() / (plan.windowHeight() * info.height() / level.height());
        boolean quarterTurn = raster.width() != plan.outWidth() && raster.width() == plan.outHeight();
        double dpiX = info.dpiX() * (quarterTurn ? scaleY : scaleX);
        double dpiY = info.dpiY() * (quarterTurn ? scaleX : scaleY);
        return new EncodeOptions(request.encodeQuality(), icc, xmp, dpiX, dpiY, request.encodeCompression());
    }
}
