/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;

/**
 * A bucket of an {@link S3ProxyProcess}, filled the way clients fill S3: by signed PUT requests, so that s3proxy
 * keeps an ETag for every object. (Files laid into the bucket's folder directly are served too, but without an
 * ETag, and to anonymous clients when they are world-readable.)
 */
final class TestBucket {
    private final String name;
    private final Path folder;
    private final S3Location location;
    private final SigV4Signer signer;
    private final HttpClient client = HttpClient.newHttpClient();

    TestBucket(S3ProxyProcess server, String name) throws IOException {
        this.name = name;
        this.folder = server.bucket(name);
        this.location = S3Location.of(server.endpoint(), "us-east-1", name, true);
        this.signer = new SigV4Signer(new S3Credentials(S3ProxyProcess.IDENTITY, S3ProxyProcess.CREDENTIAL, ""),
                "us-east-1");
    }

    /** @return the bucket's name */
    String name() {
        return name;
    }

    /**
     * Stores an object with a signed PUT.
     *
     * @param key the key
     * @param bytes the content
     */
    void put(String key, byte[] bytes) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(location.uri(key))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        signer.sign("PUT", location.host(), location.path(key), Map.of("content-type", "image/tiff"),
                SigV4Signer.sha256Hex(bytes), Instant.now()).forEach(request::header);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("PUT " + key + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /**
     * Lays a world-readable file into the bucket's folder, which s3proxy serves to anonymous clients, without
     * ETag.
     *
     * @param key the key
     * @param bytes the content
     * @return the file
     */
    Path putPublicFile(String key, byte[] bytes) throws IOException {
        Path file = folder.resolve(key);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }
}
