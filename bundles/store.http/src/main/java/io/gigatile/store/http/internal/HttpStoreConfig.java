/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.http.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of one {@link HttpImageStore}, a factory configuration of PID {@code io.gigatile.store.http}. */
@ObjectClassDefinition(id = HttpImageStore.PID, name = "Gigatile HTTP store",
        description = "Serves images from a web server that answers HTTP Range requests. One configuration per"
                + " base URL; identifiers are appended to it and can never leave it.")
@interface HttpStoreConfig {

    /** @return the base URL */
    @AttributeDefinition(name = "Base URL",
            description = "http or https URL the identifiers are appended to, such as"
                    + " 'https://images.example.org/tiles/'. Its path is the root no identifier can leave; a"
                    + " missing final '/' is added. No user name, password, query or fragment.")
    String baseUrl();

    /**
     * @return extra request headers, property {@code .headers}: the leading dot makes it a private property, which
     *         DS does not copy to the service's properties, where every bundle could read a credential
     */
    @AttributeDefinition(name = "Request headers", type = AttributeType.PASSWORD, required = false,
            description = "Headers sent with every request, each as 'Name: value', such as"
                    + " 'Authorization: Bearer ...'. Values are never logged, and the property's leading dot keeps"
                    + " them out of the service registry. Range and conditional headers are the store's own and"
                    + " cannot be set.")
    String[] _headers() default {};

    /** @return the identifier route prefix, service property {@code gigatile.store.prefix} */
    @AttributeDefinition(name = "Identifier prefix", required = false,
            description = "Identifiers starting with this prefix go to this store, without the prefix (such as"
                    + " 'web:'). Empty: the store takes what no other store takes.")
    String gigatile_store_prefix() default "";

    /** @return the timeout in seconds */
    @AttributeDefinition(name = "Timeout (seconds)", min = "1",
            description = "Bound on connecting and on each whole request. A server that does not answer in"
                    + " time makes the request fail as unavailable (HTTP 503), not hang.")
    int timeout() default 10;

    /** @return the block size in KiB */
    @AttributeDefinition(name = "Block size (KiB)", min = "1", max = "16384",
            description = "Reads are made of aligned blocks of this size, cached and fetched in one request per"
                    + " contiguous run.")
    int blockSize() default 64;

    /** @return the block cache size in MiB */
    @AttributeDefinition(name = "Block cache size (MiB)", min = "0",
            description = "Memory for cached blocks of this store, least recently used leaving first. 0 caches"
                    + " none.")
    int cacheSize() default 64;

    /** @return the metadata time to live in seconds */
    @AttributeDefinition(name = "Metadata time to live (seconds)", min = "0",
            description = "How long an image's size and version (or its absence) are believed before the server"
                    + " is asked again with a HEAD request. 0 asks on every request.")
    int metadataTtl() default 5;

    /** @return the header prefetch in KiB */
    @AttributeDefinition(name = "Header prefetch (KiB)", min = "0", max = "16384",
            description = "Bytes fetched from the start of an image in one request when it is opened, where TIFF"
                    + " and JPEG 2000 decoders read first. 0 fetches nothing ahead.")
    int headerPrefetch() default 64;
}
