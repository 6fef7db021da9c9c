/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Component property types that describe Gigatile plugins in their service properties.
 *
 * @since 1.0
 */
@Export
@Version("1.2.0")
package io.gigatile.api.propertytypes;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
