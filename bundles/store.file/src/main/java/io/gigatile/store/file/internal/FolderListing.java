/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageListing;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ListingEntry;
import io.gigatile.api.ListingEntry.Kind;
import io.gigatile.api.ListingPage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists one folder of a {@link StoreLayout} as identifiers the store resolves: at the root only names that start
 * with the layout's name prefix (which the identifier leaves out); files only when they end with the layout's
 * suffix (left out too) and with a wanted file suffix; the files of an image sequence once, under the sequence's
 * identifier. Hidden names, links that leave the root and anything neither file nor folder are left out. Reads the
 * folder's names on every call: a listing is rare beside tile requests, and this way it is never stale.
 */
final class FolderListing {
    private static final Comparator<ListingEntry> BY_NAME = Comparator
            .comparing((ListingEntry e) -> e.name().toLowerCase(Locale.ROOT)).thenComparing(ListingEntry::name);

    private final StoreLayout layout;
    private final Jail jail;

    FolderListing(StoreLayout layout) {
        this.layout = layout;
        this.jail = new Jail(layout.root());
    }

    ListingPage list(String folder, Set<String> suffixes, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > ImageListing.MAX_PAGE) {
            throw new BadRequestException("offset or limit out of range");
        }
        String relative = folderRelative(folder);
        Path real = jail.inside(folder, relative.isEmpty() ? "" : layout.namePrefix() + relative)
                .flatMap(candidate -> jail.folder(folder, candidate))
                .orElseThrow(() -> new ImageNotFoundException("folder not found"));
        boolean root = relative.isEmpty();
        List<ListingEntry> folders = new ArrayList<>();
        Set<String> files = new TreeSet<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(real)) {
            for (Path entry : stream) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || (root && !name.startsWith(layout.namePrefix()))) {
                    continue;
                }
                Optional<BasicFileAttributes> attributes = inside(entry);
                if (attributes.isEmpty()) {
                    continue;
                }
                if (attributes.get().isDirectory()) {
                    String shown = root ? name.substring(layout.namePrefix().length()) : name;
                    if (!shown.isEmpty()) {
                        folders.add(new ListingEntry(shown, relative + shown + "/", Kind.FOLDER));
                    }
                } else if (attributes.get().isRegularFile() && Files.isReadable(entry)) {
                    files.add(name);
                }
            }
        } catch (IOException | SecurityException e) {
            // as for an unreadable file: nothing readable answers; no cause kept, its message holds the path
            throw new ImageNotFoundException("folder not found");
        }
        List<ListingEntry> images = images(relative, root, files, lowerCase(suffixes));
        folders.sort(BY_NAME);
        images.sort(BY_NAME);
        List<ListingEntry> all = new ArrayList<>(folders);
        all.addAll(images);
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new ListingPage(folder, all.subList(from, to), from, all.size());
    }

    /** Sequences first, so that their files are not listed once more as single images. */
    private List<ListingEntry> images(String relative, boolean root, Set<String> names, Set<String> suffixes) {
        List<ListingEntry> images = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        String pattern = layout.pattern();
        String first = pattern + "000_090.";
        if (!pattern.isEmpty()) {
            for (String name : names) {
                int at = name.lastIndexOf(first);
                if (at < 0) {
                    continue;
                }
                String stem = name.substring(0, at + pattern.length());
                Optional<SequenceNames.Sequence> sequence = SequenceNames.find(names, stem);
                String shown = strip(name.substring(0, at), root, "");
                if (sequence.isEmpty() || shown == null || !suffixes.contains(lower(sequence.get().extension()))
                        || names.contains(name.substring(0, at) + layout.suffix())) {
                    continue;
                }
                String tail = "." + sequence.get().extension();
                names.stream().filter(n -> n.startsWith(stem) && n.endsWith(tail)).forEach(taken::add);
                if (!shown.isEmpty()) {
                    images.add(new ListingEntry(shown, relative + shown, Kind.SEQUENCE));
                } else if (!relative.isEmpty()) {
                    // "dir/" names the sequence dir/_pyr_000_090.tif
                    String folderName = relative.substring(relative.lastIndexOf('/', relative.length() - 2) + 1,
                            relative.length() - 1);
                    images.add(new ListingEntry(folderName, relative, Kind.SEQUENCE));
                }
            }
        }
        for (String name : names) {
            String shown = strip(name, root, layout.suffix());
            int dot = name.lastIndexOf('.');
            if (taken.contains(name) || shown == null || shown.isEmpty() || dot < 0
                    || !suffixes.contains(lower(name.substring(dot + 1)))) {
                continue;
            }
            images.add(new ListingEntry(shown, relative + shown, Kind.IMAGE));
        }
        return images;
    }

    /** @return the name as the identifier says it, or null if it does not carry the suffix */
    private String strip(String name, boolean root, String suffix) {
        if (!name.endsWith(suffix)) {
            return null;
        }
        int start = root ? layout.namePrefix().length() : 0;
        int end = name.length() - suffix.length();
        return end < start ? null : name.substring(start, end);
    }

    /**
     * @return the entry's attributes, links followed, if it is inside the root; a link is followed only when its
     *         real path stays under the root's real path
     */
    private Optional<BasicFileAttributes> inside(Path entry) {
        try {
            BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!own.isSymbolicLink()) {
                return Optional.of(own);
            }
            if (!entry.toRealPath().startsWith(layout.root().toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(Files.readAttributes(entry, BasicFileAttributes.class));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The folder identifier screened as identifiers are, then without its leading and trailing slashes. */
    private static String folderRelative(String folder) {
        if (folder == null) {
            throw new BadRequestException("no folder");
        }
        String trimmed = folder.replaceAll("^/+", "");
        if (trimmed.isEmpty()) {
            return "";
        }
        if (!trimmed.endsWith("/")) {
            throw new BadRequestException("a folder identifier ends with '/'");
        }
        String relative = IdentifierCheck.relative(trimmed);
        return relative.replaceAll("/+$", "") + "/";
    }

    private static Set<String> lowerCase(Set<String> suffixes) {
        Set<String> lower = new HashSet<>();
        suffixes.forEach(s -> lower.add(lower(s)));
        return lower;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
