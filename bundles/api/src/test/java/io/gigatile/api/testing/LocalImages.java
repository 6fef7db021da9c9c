/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.testing;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.StoredImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Local files as stored images, for the tests of decoders and of the engine: what a file store would resolve,
 * without its jail. The byte source reads with positional reads on one channel.
 *
 * @since 2.0
 */
public final class LocalImages {

    private LocalImages() {
    }

    /**
     * @param file an existing file
     * @return the file as a store would resolve it, its name as the identifier and key
     */
    public static StoredImage of(Path file) {
        return of(file.getFileName().toString(), file);
    }

    /**
     * @param identifier the identifier and key to give it
     * @param file an existing file
     * @return the file as a store would resolve it
     */
    public static StoredImage of(String identifier, Path file) {
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            long size = Files.size(file);
            return new Local(identifier, file, modified, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file an existing file
     * @return its bytes, open
     */
    public static ByteSource bytes(Path file) {
        return of(file).open();
    }

    private record Local(String identifier, Path path, Instant lastModified, long size) implements StoredImage {
        @Override
        public String key() {
            return identifier;
        }

        @Override
        public String version() {
            return lastModified.toEpochMilli() + "-" + size;
        }

        @Override
        public ByteSource open() {
            try {
                return new ChannelBytes(FileChannel.open(path, StandardOpenOption.READ), size);
            } catch (NoSuchFileException e) {
                throw new ImageNotFoundException("image not found", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<Path> localPath() {
            return Optional.of(path);
        }
    }

    private record ChannelBytes(FileChannel channel, long size) implements ByteSource {
        @Override
        public void read(long position, ByteBuffer target) {
            if (position < 0 || position > size - target.remaining()) {
                throw new DecodeFailureException("the image's data lies beyond its end");
            }
            try {
                long at = position;
                while (target.hasRemaining()) {
                    int n = channel.read(target, at);
                    if (n < 0) {
                        throw new DecodeFailureException("the file ends early");
                    }
                    at += n;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                // read-only: nothing to lose
            }
        }
    }
}
