/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link MemcachedCache}, under PID {@code io.gigatile.cache.memcached}. */
@ObjectClassDefinition(id = MemcachedCache.PID, name = "Gigatile memcached cache",
        description = "Keeps encoded responses (tiles, regions) in memcached servers that several Gigatile"
                + " instances share. Off unless this configuration exists.")
@interface MemcachedCacheConfig {

    /** @return the servers, comma-separated host:port */
    @AttributeDefinition(name = "Servers",
            description = "Comma-separated host:port list of memcached servers (iipsrv's MEMCACHED_SERVERS); the"
                    + " port defaults to 11211, IPv6 addresses go in brackets. Keys are spread over the servers"
                    + " by consistent hashing.")
    String servers();

    /** @return how long an entry lives, in seconds */
    @AttributeDefinition(name = "Expiry", min = "0",
            description = "Seconds an image stays in memcached (iipsrv's MEMCACHED_TIMEOUT); 0 keeps it until"
                    + " memcached needs the room.")
    int expiry() default MemcachedSettings.DEFAULT_EXPIRY;

    /** @return the operation timeout, in milliseconds */
    @AttributeDefinition(name = "Timeout", min = "1",
            description = "Milliseconds a lookup may take, waiting for a full queue included; a slower answer"
                    + " counts as a miss and a failure.")
    int timeout() default MemcachedSettings.DEFAULT_TIMEOUT;

    /** @return how long a failed cache is bypassed, in seconds */
    @AttributeDefinition(name = "Retry after", min = "0",
            description = "Seconds the cache is bypassed after a failure (a timeout, a server gone) before one"
                    + " lookup tries it again; also the longest wait between reconnection attempts.")
    int retryAfter() default MemcachedSettings.DEFAULT_RETRY_AFTER;

    /** @return the largest entry sent, in kilobytes */
    @AttributeDefinition(name = "Maximum entry size", min = "1",
            description = "Kilobytes of the largest entry (image, its description and key) to send; larger"
                    + " images are served but not stored. memcached refuses items over 1 MB unless started"
                    + " with a larger -I.")
    int maxEntrySize() default MemcachedSettings.DEFAULT_MAX_ENTRY_SIZE;
}
