/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gigatile.api.testing.CorruptCopies;
import io.gigatile.api.testing.LocalImages;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every {@link ImageDecoder} and the {@link ImageSource}s it opens must keep, for images of any
 * sample format the {@link Raster} contract allows. A decoder's test extends this class once per fixture and
 * says which decoder, which file and which pixels the file holds at full resolution, in the raster format the
 * decoder gives; the tests here check the levels, every tile, regions, concurrent use, errors and closing.
 *
 * <p>Lower levels are compared with a box-filtered copy of the expected pixels, loosely, so that decoders
 * whose pyramids were made with another filter pass while misplaced or garbled tiles do not. Tolerances are
 * given in steps of an 8-bit sample and scaled to the raster's value range (see {@link #sampleScale()}).
 * CIELAB rasters of integers hold a* and b* as two's complement, and are averaged as such.
 *
 * @since 1.0
 */
public abstract class ImageSourceContract {
    private static final int THREADS = 8;

    private ImageSource source;
    private ByteSource bytes;

    /** @return the decoder under test */
    protected abstract ImageDecoder decoder();

    /** @return the fixture the decoder opens */
    protected abstract StoredImage fixture();

    /**
     * @return the full-resolution pixels the fixture holds, whose size is the image's size, in the raster format
     *         the decoder gives (array type, bits, sample type, bands and colour space)
     */
    protected abstract Raster expectedPixels();

    /**
     * @return the largest difference allowed between a decoded and an expected sample, in 8-bit steps; 0 for
     *         lossless codecs
     */
    protected int tolerance() {
        return 0;
    }

    /**
     * @return the size of one 8-bit step in the raster's values: 1 for 8-bit samples, 257 for 16-bit ones,
     *         {@code (2^bits - 1) / 255} for other integers, and a 255th of the image's first band's value range
     *         for floating point
     */
    protected double sampleScale() {
        Raster expected = expectedPixels();
        if (expected.sampleType() == SampleType.FLOAT) {
            return (source.info().maxValue(0) - source.info().minValue(0)) / 255.0;
        }
        return (Math.pow(2, expected.bitsPerSample()) - 1) / 255.0;
    }

    /** @return the largest mean absolute sample difference allowed at full resolution */
    protected double meanTolerance() {
        return tolerance() / 4.0;
    }

    /**
     * @return the largest mean absolute difference of a lower level's tile from the box-filtered expected pixels
     */
    protected double lowerLevelMeanTolerance() {
        return 2.0 + 2 * meanTolerance();
    }

    /**
     * @param file an existing file
     * @return the file as a store would resolve it, its name as the identifier
     */
    protected static StoredImage imageFile(Path file) {
        return LocalImages.of(file);
    }

    @BeforeEach
    void openSource() {
        StoredImage image = fixture();
        bytes = image.open();
        source = decoder().open(image, bytes);
    }

    @AfterEach
    void closeSource() {
        source.close();
        bytes.close();
    }

    @Test
    void infoDescribesTheImageAndItsLevels() {
        Raster expected = expectedPixels();
        ImageInfo info = source.info();

        assertThat(source.info()).isSameAs(info);
        assertThat(info.width()).isEqualTo(expected.width());
        assertThat(info.height()).isEqualTo(expected.height());
        assertThat(info.bands()).isEqualTo(expected.bands());
        assertThat(info.bitsPerSample()).isEqualTo(expected.bitsPerSample());
        assertThat(info.sampleType()).isEqualTo(expected.sampleType());
        assertThat(info.colourSpace()).isEqualTo(expected.colourSpace());
        boolean eightBit = expected.bitsPerSample() == 8 && expected.sampleType() == SampleType.UNSIGNED
                && expected.colourSpace() != ColourSpace.CIELAB;
        for (int band = 0; band < info.bands(); band++) {
            assertThat(info.maxValue(band)).as("largest value of band %d", band).isGreaterThan(info.minValue(band));
            if (eightBit) {
                assertThat(info.minValue(band)).isGreaterThanOrEqualTo(0.0);
                assertThat(info.maxValue(band)).isLessThanOrEqualTo(255.0);
            }
        }
        List<Level> levels = info.levels();
        for (int i = 1; i < levels.size(); i++) {
            Level larger = levels.get(i - 1);
            Level level = levels.get(i);
            assertThat(level.width()).as("width of level %d", i).isCloseTo(larger.width() / 2, within(1));
            assertThat(level.height()).as("height of level %d", i).isCloseTo(larger.height() / 2, within(1));
        }
    }

    @Test
    void everyTileOfEveryLevelHasItsSize() {
        ImageInfo info = source.info();
        for (int l = 0; l < info.levels().size(); l++) {
            Level level = info.levels().get(l);
            int tiles = 0;
            for (int y = 0; y < level.tilesDown(); y++) {
                for (int x = 0; x < level.tilesAcross(); x++) {
                    Raster tile = source.readTile(l, x, y);
                    Rect rect = level.tileRect(x, y);
                    assertThat(tile.width()).as("width of tile %d,%d of level %d", x, y, l).isEqualTo(rect.width());
                    assertThat(tile.height()).as("height of tile %d,%d of level %d", x, y, l)
                            .isEqualTo(rect.height());
                    assertThat(tile.bands()).isEqualTo(info.bands());
                    assertThat(tile.bitsPerSample()).isEqualTo(info.bitsPerSample());
                    assertThat(tile.sampleType()).isEqualTo(info.sampleType());
                    assertThat(tile.colourSpace()).isEqualTo(info.colourSpace());
                    assertThat(samplesOf(tile).getClass()).isEqualTo(samplesOf(expectedPixels()).getClass());
                    tiles++;
                }
            }
            assertThat(tiles).isEqualTo(level.tilesAcross() * level.tilesDown());
        }
    }

    @Test
    void fullResolutionTilesHoldTheExpectedPixels() {
        Raster expected = expectedPixels();
        Raster decoded = composeFromTiles(0, new Rect(0, 0, expected.width(), expected.height()));

        assertWithin(decoded, expected, tolerance() * sampleScale(), meanTolerance() * sampleScale(), "level 0");
    }

    @Test
    void lowerLevelTilesResembleTheExpectedPixelsScaledDown() {
        Raster expected = expectedPixels();
        List<Level> levels = source.info().levels();
        for (int l = 1; l < levels.size(); l++) {
            Level level = levels.get(l);
            Raster scaled = boxFilter(expected, level.width(), level.height());
            for (int y = 0; y < level.tilesDown(); y++) {
                for (int x = 0; x < level.tilesAcross(); x++) {
                    Rect rect = level.tileRect(x, y);
                    assertWithin(source.readTile(l, x, y), crop(scaled, rect), Double.MAX_VALUE,
                            lowerLevelMeanTolerance() * sampleScale(), "tile " + x + "," + y + " of level " + l);
                }
            }
        }
    }

    @Test
    void regionsAcrossTileBordersEqualTheComposedTiles() {
        List<Level> levels = source.info().levels();
        for (int l = 0; l < levels.size(); l++) {
            for (Rect region : regionsOf(levels.get(l))) {
                Raster read = source.readRegion(l, region);
                Raster composed = composeFromTiles(l, region);
                assertThat(read.width()).isEqualTo(region.width());
                assertThat(read.height()).isEqualTo(region.height());
                assertThat(samplesOf(read)).as("region %s of level %d", region, l).isEqualTo(samplesOf(composed));
            }
        }
    }

    @Test
    void concurrentReadsGiveTheSameSamples() throws Exception {
        List<int[]> tiles = allTiles();
        List<Object> reference = new ArrayList<>();
        for (int[] t : tiles) {
            reference.add(samplesOf(source.readTile(t[0], t[1], t[2])));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Object>>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int first = thread * tiles.size() / THREADS;
                results.add(pool.submit(() -> {
                    start.await();
                    Object[] read = new Object[tiles.size()];
                    // each thread starts elsewhere so that different tiles are decoded at the same moment
                    for (int i = 0; i < tiles.size(); i++) {
                        int k = (first + i) % tiles.size();
                        int[] t = tiles.get(k);
                        read[k] = samplesOf(source.readTile(t[0], t[1], t[2]));
                    }
                    return List.of(read);
                }));
            }
            start.countDown();
            for (Future<List<Object>> result : results) {
                List<Object> read = result.get(2, TimeUnit.MINUTES);
                for (int i = 0; i < tiles.size(); i++) {
                    int[] t = tiles.get(i);
                    assertThat(read.get(i)).as("tile %d,%d of level %d", t[1], t[2], t[0])
                            .isEqualTo(reference.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tilesOutsideTheImageAreBadRequests() {
        List<Level> levels = source.info().levels();
        Level last = levels.get(levels.size() - 1);
        Level full = levels.get(0);
        int lastIndex = levels.size() - 1;

        assertThatThrownBy(() -> source.readTile(0, full.tilesAcross(), 0)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> source.readTile(0, 0, full.tilesDown())).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> source.readTile(0, -1, 0)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> source.readTile(0, 0, -1)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> source.readTile(lastIndex, last.tilesAcross(), last.tilesDown() - 1))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> source.readTile(levels.size(), 0, 0)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> source.readTile(-1, 0, 0)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void regionsOutsideTheLevelAreBadRequests() {
        Level full = source.info().levels().get(0);

        assertThatThrownBy(() -> source.readRegion(0, new Rect(0, 0, full.width() + 1, 1)))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> source.readRegion(0, new Rect(0, full.height(), 1, 1)))
                .isInstanceOf(BadRequestException.class);
    }

    /** Broken copies of the fixture (see {@link CorruptCopies}) open and read, or fail as the SPI says. */
    @Test
    void brokenCopiesOfTheFixtureReadOrFailCleanly(@TempDir Path dir) {
        assertThat(CorruptCopies.check(decoder(), fixture().localPath().orElseThrow(), dir)).isEmpty();
    }

    @Test
    void closingTwiceIsHarmless() {
        ImageSource other = decoder().open(fixture(), bytes);
        other.close();

        assertThatCode(other::close).doesNotThrowAnyException();
    }

    private List<int[]> allTiles() {
        List<int[]> tiles = new ArrayList<>();
        List<Level> levels = source.info().levels();
        for (int l = 0; l < levels.size(); l++) {
            for (int y = 0; y < levels.get(l).tilesDown(); y++) {
                for (int x = 0; x < levels.get(l).tilesAcross(); x++) {
                    tiles.add(new int[] {l, x, y});
                }
            }
        }
        return tiles;
    }

    /** The whole level; one around the first inner tile corner; one inside a tile; one across the far edges. */
    private static List<Rect> regionsOf(Level level) {
        int w = level.width();
        int h = level.height();
        List<Rect> regions = new ArrayList<>();
        regions.add(new Rect(0, 0, w, h));
        int cornerX = Math.max(0, Math.min(level.tileWidth(), w - 1) - 5);
        int cornerY = Math.max(0, Math.min(level.tileHeight(), h - 1) - 7);
        regions.add(new Rect(cornerX, cornerY, Math.min(13, w - cornerX), Math.min(11, h - cornerY)));
        int insideW = Math.min(w, level.tileWidth()) - 2;
        int insideH = Math.min(h, level.tileHeight()) - 2;
        if (insideW > 0 && insideH > 0) {
            regions.add(new Rect(1, 1, insideW, insideH));
        }
        int edgeX = Math.max(0, w - level.tileWidth() - 3);
        int edgeY = Math.max(0, h - level.tileHeight() - 3);
        regions.add(new Rect(edgeX, edgeY, w - edgeX, h - edgeY));
        return regions;
    }

    /** Composes a region from single tiles, independently of {@link ImageSource#readRegion}. */
    private Raster composeFromTiles(int l, Rect region) {
        Level level = source.info().levels().get(l);
        int bands = source.info().bands();
        Object out = null;
        Raster like = null;
        for (int ty = region.y() / level.tileHeight(); ty <= (region.bottom() - 1) / level.tileHeight(); ty++) {
            for (int tx = region.x() / level.tileWidth(); tx <= (region.right() - 1) / level.tileWidth(); tx++) {
                Rect rect = level.tileRect(tx, ty);
                Raster tile = source.readTile(l, tx, ty);
                Object samples = samplesOf(tile);
                if (out == null) {
                    like = tile;
                    out = Array.newInstance(samples.getClass().getComponentType(),
                            region.width() * region.height() * bands);
                }
                int x0 = Math.max(rect.x(), region.x());
                int run = (Math.min(rect.right(), region.right()) - x0) * bands;
                for (int y = Math.max(rect.y(), region.y()); y < Math.min(rect.bottom(), region.bottom()); y++) {
                    System.arraycopy(samples, ((y - rect.y()) * rect.width() + x0 - rect.x()) * bands, out,
                            ((y - region.y()) * region.width() + x0 - region.x()) * bands, run);
                }
            }
        }
        return like(like, region.width(), region.height(), out);
    }

    private static Raster crop(Raster in, Rect rect) {
        int bands = in.bands();
        Object samples = samplesOf(in);
        Object out = Array.newInstance(samples.getClass().getComponentType(), rect.width() * rect.height() * bands);
        for (int y = 0; y < rect.height(); y++) {
            System.arraycopy(samples, ((rect.y() + y) * in.width() + rect.x()) * bands, out,
                    y * rect.width() * bands, rect.width() * bands);
        }
        return like(in, rect.width(), rect.height(), out);
    }

    /** Scales by averaging each output pixel's footprint in the source (NaN left out), rounding integers. */
    private static Raster boxFilter(Raster in, int width, int height) {
        int bands = in.bands();
        Object out = Array.newInstance(samplesOf(in).getClass().getComponentType(), width * height * bands);
        for (int y = 0; y < height; y++) {
            int y0 = (int) ((long) y * in.height() / height);
            int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * in.height() / height));
            for (int x = 0; x < width; x++) {
                int x0 = (int) ((long) x * in.width() / width);
                int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * in.width() / width));
                for (int b = 0; b < bands; b++) {
                    double sum = 0;
                    int count = 0;
                    for (int sy = y0; sy < y1; sy++) {
                        for (int sx = x0; sx < x1; sx++) {
                            double v = value(in, (sy * in.width() + sx) * bands + b);
                            if (!Double.isNaN(v)) {
                                sum += v;
                                count++;
                            }
                        }
                    }
                    store(out, (y * width + x) * bands + b, count == 0 ? Double.NaN : sum / count);
                }
            }
        }
        return like(in, width, height, out);
    }

    private static void assertWithin(Raster actual, Raster expected, double maxDifference, double meanDifference,
            String what) {
        assertThat(actual.width()).as("width of %s", what).isEqualTo(expected.width());
        assertThat(actual.height()).as("height of %s", what).isEqualTo(expected.height());
        assertThat(actual.bands()).as("bands of %s", what).isEqualTo(expected.bands());
        int n = Array.getLength(samplesOf(actual));
        double worst = 0;
        int worstAt = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double a = value(actual, i);
            double e = value(expected, i);
            double d = Double.isNaN(a) && Double.isNaN(e) ? 0 : Math.abs(a - e);
            if (Double.isNaN(d)) {
                d = Double.MAX_VALUE;
            }
            sum += d;
            if (d > worst) {
                worst = d;
                worstAt = i;
            }
        }
        int pixel = worstAt / expected.bands();
        assertThat(worst).as("largest sample difference in %s, at x=%d y=%d band %d", what,
                pixel % expected.width(), pixel / expected.width(), worstAt % expected.bands())
                .isLessThanOrEqualTo(maxDifference);
        assertThat(sum / n).as("mean sample difference in %s", what).isLessThanOrEqualTo(meanDifference);
    }

    /** @return the raster's sample array, whatever its type */
    protected static Object samplesOf(Raster r) {
        if (r.sampleType() == SampleType.FLOAT) {
            return r.floats();
        }
        if (r.isByteBacked()) {
            return r.bytes();
        }
        return r.bitsPerSample() <= 16 ? r.shorts() : r.ints();
    }

    /** @return one sample as a number: signed or unsigned as the raster says; CIELAB's a* and b* signed */
    private static double value(Raster r, int i) {
        int band = i % r.bands();
        boolean signed = r.sampleType() == SampleType.SIGNED
                || r.colourSpace() == ColourSpace.CIELAB && (band == 1 || band == 2);
        Object samples = samplesOf(r);
        if (samples instanceof byte[] b) {
            return signed ? b[i] : b[i] & 0xff;
        } else if (samples instanceof short[] s) {
            return signed ? s[i] : s[i] & 0xffff;
        } else if (samples instanceof int[] v) {
            return signed ? v[i] : Integer.toUnsignedLong(v[i]);
        }
        return ((float[]) samples)[i];
    }

    private static void store(Object samples, int i, double v) {
        if (samples instanceof float[] f) {
            f[i] = (float) v;
            return;
        }
        long rounded = Math.round(v);
        if (samples instanceof byte[] b) {
            b[i] = (byte) rounded;
        } else if (samples instanceof short[] s) {
            s[i] = (short) rounded;
        } else {
            ((int[]) samples)[i] = (int) rounded;
        }
    }

    /** @return a raster of the same format as {@code like} holding {@code samples} */
    static Raster like(Raster like, int w, int h, Object samples) {
        int b = like.bands();
        if (samples instanceof byte[] bytes) {
            return Raster.ofBytes(w, h, b, like.bitsPerSample(), like.sampleType(), like.colourSpace(), bytes);
        } else if (samples instanceof short[] shorts) {
            return Raster.ofShorts(w, h, b, like.bitsPerSample(), like.sampleType(), like.colourSpace(), shorts);
        } else if (samples instanceof int[] ints) {
            return Raster.ofInts(w, h, b, like.sampleType(), like.colourSpace(), ints);
        }
        return Raster.ofFloats(w, h, b, like.colourSpace(), (float[]) samples);
    }
}
