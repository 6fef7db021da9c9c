/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link FileImageStore}, under PID {@code io.gigatile.store.file}. */
@ObjectClassDefinition(id = "io.gigatile.store.file", name = "Gigatile file store",
        description = "Maps identifiers to image files as iipsrv does: prefix + identifier + suffix, jailed"
                + " to the prefix's folder.")
@interface FileStoreConfig {

    /** @return the filesystem prefix */
    @AttributeDefinition(name = "Filesystem prefix",
            description = "Put in front of every identifier (iipsrv's FILESYSTEM_PREFIX). A folder such as"
                    + " '/images/' or a folder plus a file name prefix such as '/images/pre_'. The folder is the"
                    + " jail no identifier can leave. Empty means the server's working directory.")
    String prefix() default "";

    /** @return the filesystem suffix */
    @AttributeDefinition(name = "Filesystem suffix",
            description = "Appended to every identifier (iipsrv's FILESYSTEM_SUFFIX), such as '.tif'.")
    String suffix() default "";

    /** @return the image sequence pattern */
    @AttributeDefinition(name = "Sequence file name pattern",
            description = "iipsrv's FILENAME_PATTERN. An identifier 'name' whose own file does not exist names"
                    + " an image sequence when a file 'name' + pattern + '000_090.<extension>' exists; its views"
                    + " are the files 'name' + pattern + '<horizontal angle>_<vertical angle>.<extension>'.")
    String filenamePattern() default StoreLayout.DEFAULT_PATTERN;
}
