/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import java.net.URI;
import java.util.Locale;

/**
 * Where a bucket's objects are: the scheme, the Host header and the path of each key, in path style
 * ({@code endpoint/bucket/key}, what MinIO and s3proxy want) or virtual-host style ({@code bucket.endpoint/key}).
 * Immutable.
 */
final class S3Location {
    private final String scheme;
    private final String host;
    private final String basePath;
    private final String bucket;

    private S3Location(String scheme, String host, String basePath, String bucket) {
        this.scheme = scheme;
        this.host = host;
        this.basePath = basePath;
        this.bucket = bucket;
    }

    /**
     * @param endpoint the service's base URL, or empty for AWS in the region
     * @param region the region
     * @param bucket the bucket
     * @param pathStyle whether the bucket is the first path segment rather than part of the host name
     * @return the location
     * @throws IllegalArgumentException if the endpoint is no http or https URL or the bucket is empty
     */
    static S3Location of(String endpoint, String region, String bucket, boolean pathStyle) {
        if (bucket == null || bucket.isBlank() || bucket.contains("/")) {
            throw new IllegalArgumentException("an S3 store needs a bucket name");
        }
        String base = endpoint == null || endpoint.isBlank() ? "https://s3." + region + ".amazonaws.com"
                : endpoint.strip();
        URI uri = URI.create(base);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the S3 endpoint must be an http or https URL without query");
        }
        // HttpClient sends the port only when it is not the scheme's default, and the signature must match that.
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == (scheme.equals("https") ? 443 : 80);
        String hostName = (pathStyle ? "" : bucket + ".") + uri.getHost();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return new S3Location(scheme, defaultPort ? hostName : hostName + ":" + port,
                pathStyle ? path + "/" + S3Keys.encodePath(bucket) : path, bucket);
    }

    /** @return the Host header the HTTP client sends, and the one signed */
    String host() {
        return host;
    }

    /** @return the bucket, for logs */
    String bucket() {
        return bucket;
    }

    /**
     * @param key an object key
     * @return the encoded request path of the key, as signed
     */
    String path(String key) {
        return basePath + "/" + S3Keys.encodePath(key);
    }

    /**
     * @param key an object key
     * @return the URL of the key
     */
    URI uri(String key) {
        return URI.create(scheme + "://" + host + path(key));
    }

    @Override
    public String toString() {
        return scheme + "://" + host + basePath;
    }
}
