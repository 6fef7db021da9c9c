/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of one {@link S3ImageStore}: factory PID {@code io.gigatile.store.s3}, one per bucket and prefix. */
@ObjectClassDefinition(id = S3ImageStore.PID, name = "Gigatile S3 store",
        description = "Serves the objects of one bucket below one key prefix, from AWS S3 or an S3-compatible"
                + " server, with SigV4-signed HEAD and ranged GET requests. One configuration per bucket and prefix.")
@interface S3StoreConfig {

    /** @return the service endpoint */
    @AttributeDefinition(name = "Endpoint", required = false,
            description = "Base URL of the S3 service, such as 'http://127.0.0.1:9000' for MinIO. Empty means AWS:"
                    + " https://s3.<region>.amazonaws.com.")
    String endpoint() default "";

    /** @return the signing region */
    @AttributeDefinition(name = "Region",
            description = "Region the requests are signed for; also names the AWS endpoint when none is given.")
    String region() default "us-east-1";

    /** @return the bucket */
    @AttributeDefinition(name = "Bucket", description = "Name of the bucket holding the images. Required.")
    String bucket();

    /** @return the key prefix */
    @AttributeDefinition(name = "Key prefix", required = false,
            description = "Put before every identifier to form the object key, such as 'images/'. No identifier"
                    + " reaches a key that does not start with it. End it with '/' to serve a folder.")
    String keyPrefix() default "";

    /** @return whether to address the bucket in the path */
    @AttributeDefinition(name = "Path-style addressing",
            description = "True: endpoint/bucket/key, what MinIO, s3proxy and most S3-compatible servers want."
                    + " False: bucket.endpoint/key (virtual-host style, AWS's preference).")
    boolean pathStyle() default true;

    /** @return the access key */
    @AttributeDefinition(name = "Access key", required = false,
            description = "Access key id. With the secret key empty too, the environment variables"
                    + " AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN are used; without them,"
                    + " requests are unsigned (public buckets).")
    String accessKey() default "";

    /**
     * Property {@code .secretKey}: the leading full stop keeps it a private component property, which Declarative
     * Services does not copy into the service registry, where every bundle could read it.
     *
     * @return the secret key
     */
    @AttributeDefinition(name = "Secret key", type = AttributeType.PASSWORD, required = false,
            description = "Secret access key belonging to the access key (property '.secretKey', with the full"
                    + " stop, so that it stays out of the service properties). Never logged.")
    String _secretKey() default "";

    /** @return the identifier route */
    @AttributeDefinition(name = "Identifier prefix", required = false,
            description = "Identifiers starting with this prefix go to this store, without the prefix (service"
                    + " property gigatile.store.prefix). Empty: the store takes what no other store takes.")
    String gigatile_store_prefix() default "";

    /** @return the timeout in seconds */
    @AttributeDefinition(name = "Timeout (seconds)", min = "1",
            description = "Bound of every request, connecting included; a server slower than this is reported"
                    + " as unavailable (HTTP 503).")
    int timeout() default 10;

    /** @return the block size in KiB */
    @AttributeDefinition(name = "Block size (KiB)", min = "1", max = "16384",
            description = "Unit of ranged reads and of the cache; a tile costs at least one block.")
    int blockSize() default 64;

    /** @return the cache size in MiB */
    @AttributeDefinition(name = "Cache size (MiB)", min = "0",
            description = "Memory for cached blocks, shared by all images of this store. 0 caches nothing.")
    int cacheSize() default 64;

    /** @return the metadata time to live in seconds */
    @AttributeDefinition(name = "Metadata time to live (seconds)", min = "0",
            description = "How long an object's size and ETag (or its absence) are believed before the next HEAD."
                    + " 0 asks on every request.")
    int metadataTtl() default 5;

    /** @return the header prefetch in KiB */
    @AttributeDefinition(name = "Header prefetch (KiB)", min = "0",
            description = "Bytes fetched from the start of an image in one request when it is opened, since"
                    + " decoders read the header first. 0 fetches nothing extra.")
    int headerPrefetch() default 64;
}
