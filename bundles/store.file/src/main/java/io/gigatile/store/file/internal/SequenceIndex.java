/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sequences found in folders, remembered per folder and stem while the folder's modification time stays
 * the same (adding, removing or renaming a file changes it), so that a tile request costs one stat of the
 * folder rather than a listing. A folder changed within the last few seconds is listed every time: its
 * timestamp may be too coarse to show a change made in the same tick. Thread-safe; least recently used
 * entries leave first.
 */
final class SequenceIndex {
    private static final int CAPACITY = 1024;
    private static final Duration SETTLING = Duration.ofSeconds(3);

    private record Entry(FileTime folderModified, Optional<SequenceNames.Sequence> sequence) {
    }

    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    SequenceIndex(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param folder the real path of a folder inside the root
     * @param stem the identifier's last segment followed by the pattern
     * @return the sequence named by the stem in that folder
     * @throws IOException if the folder cannot be read
     */
    Optional<SequenceNames.Sequence> find(Path folder, String stem) throws IOException {
        FileTime modified = Files.getLastModifiedTime(folder);
        String key = folder + "\u0000" + stem;
        synchronized (entries) {
            Entry known = entries.get(key);
            if (known != null && known.folderModified().equals(modified)) {
                return known.sequence();
            }
        }
        Optional<SequenceNames.Sequence> found = SequenceNames.find(names(folder, stem), stem);
        if (modified.toInstant().isBefore(clock.instant().minus(SETTLING))) {
            synchronized (entries) {
                entries.put(key, new Entry(modified, found));
                Iterator<Entry> eldest = entries.values().iterator();
                while (entries.size() > CAPACITY && eldest.hasNext()) {
                    eldest.next();
                    eldest.remove();
                }
            }
        }
        return found;
    }

    /** @return how many folders and stems are remembered, for tests */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private static List<String> names(Path folder, String stem) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder,
                p -> p.getFileName().toString().startsWith(stem))) {
            for (Path entry : stream) {
                names.add(entry.getFileName().toString());
            }
        }
        return names;
    }
}
