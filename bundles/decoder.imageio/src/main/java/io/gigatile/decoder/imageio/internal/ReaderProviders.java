/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.GigatileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ImageIO reader providers the decoder may use, in the order it tries them: those published as OSGi services
 * (TwelveMonkeys' and any plugin bundle deployed later, through the service loader registrar), highest service ranking first, then the
 * JDK's own.
 *
 * <p>Inside OSGi the ImageIO registry does not see plugin bundles, and what it holds is global state that other
 * code may change. The registry is therefore read once, for the JDK's built-in providers only (those whose
 * classes live in the JDK's {@code java.desktop} module, which the registry constructs itself); nothing else is
 * taken from it, and nothing is put in it.
 */
final class ReaderProviders {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderProviders.class);
    /** What providers are shown to recognise a file: far more than any magic number needs. */
    private static final int SNIFF_BYTES = 4096;

    private record Published(ImageReaderSpi spi, int ranking, long order) {
    }

    private final List<Published> published = new CopyOnWriteArrayList<>();
    private final List<ImageReaderSpi> builtIn;
    private final Set<String> excluded;
    private long added;

    /**
     * @param builtIn the JDK's providers, tried after the published ones
     * @param excluded format names (lower case) never read, such as {@code tiff}, which dedicated decoders serve
     */
    ReaderProviders(List<ImageReaderSpi> builtIn, Set<String> excluded) {
        this.builtIn = List.copyOf(builtIn);
        this.excluded = Set.copyOf(excluded);
    }

    /** @return the JDK's own reader providers (JPEG, PNG, GIF, BMP, WBMP, TIFF) */
    static List<ImageReaderSpi> jdkProviders() {
        Module jdk = ImageIO.class.getModule();
        List<ImageReaderSpi> found = new ArrayList<>();
        IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, false).forEachRemaining(spi -> {
            if (spi.getClass().getModule() == jdk) {
                found.add(spi);
            }
        });
        return found;
    }

    synchronized void add(ImageReaderSpi spi, int ranking) {
        published.add(new Published(spi, ranking, added++));
        LOG.debug("ImageIO reader provider {} ({}) available", spi.getClass().getName(), formatOf(spi));
    }

    void remove(ImageReaderSpi spi) {
        published.removeIf(p -> p.spi() == spi);
    }

    /** @return every provider not excluded, in the order they are tried */
    List<ImageReaderSpi> ordered() {
        List<Published> services = new ArrayList<>(published);
        services.sort(Comparator.comparingInt(Published::ranking).reversed().thenComparingLong(Published::order));
        List<ImageReaderSpi> all = new ArrayList<>();
        services.forEach(p -> all.add(p.spi()));
        all.addAll(builtIn);
        all.removeIf(spi -> isAnyOf(spi, excluded));
        return all;
    }

    /**
     * @param bytes the image's bytes
     * @return the first provider that recognises them, or null
     * @throws GigatileException if the storage failed while the bytes were read
     */
    ImageReaderSpi find(ByteSource bytes) {
        // one read of the first bytes for every provider: each storage call may be a request to a remote store
        byte[] head = bytes.read(0, (int) Math.min(SNIFF_BYTES, bytes.size()));
        for (ImageReaderSpi spi : ordered()) {
            boolean recognised;
            try (ImageInputStream stream = new MemoryCacheImageInputStream(new ByteArrayInputStream(head))) {
                recognised = spi.canDecodeInput(stream);
            } catch (IOException | RuntimeException e) {
                recognised = false;
            }
            if (recognised) {
                return spi;
            }
        }
        return null;
    }

    /** @return whether any of the provider's format names, in lower case, is in {@code names} */
    static boolean isAnyOf(ImageReaderSpi spi, Set<String> names) {
        String[] formats = spi.getFormatNames();
        if (formats != null) {
            for (String format : formats) {
                if (names.contains(format.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the provider's first format name, in lower case */
    static String formatOf(ImageReaderSpi spi) {
        String[] names = spi.getFormatNames();
        return names == null || names.length == 0 ? "unknown" : names[0].toLowerCase(Locale.ROOT);
    }
}
