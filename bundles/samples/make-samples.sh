#!/bin/sh
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Makes the sample images shipped in this bundle, with Debian's libvips-tools. Deterministic: no input but
# vips' own generators, and the IIIF validator's test image, which is Apache-2.0 licensed.
# Usage: bundles/samples/make-samples.sh [path-to-iiif-test-image.tif]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/src/main/resources/samples"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# A zone plate: rings that alias visibly if resampling is wrong; 8-bit grey.
vips zone "$tmp/zone.v" 1024 1024
vips linear "$tmp/zone.v" "$tmp/zone8.v" 127.5 127.5 --uchar
vips tiffsave "$tmp/zone8.v" "$out/zoneplate-grey-1024x1024.tif" --tile --pyramid \
    --tile-width 256 --tile-height 256 --compression jpeg --Q 80

# A colour gradient with a grid, 3000x2000 RGB.
vips xyz "$tmp/xy.v" 3000 2000
vips extract_band "$tmp/xy.v" "$tmp/x.v" 0
vips extract_band "$tmp/xy.v" "$tmp/y.v" 1
vips linear "$tmp/x.v" "$tmp/r.v" 0.085 0 --uchar
vips linear "$tmp/y.v" "$tmp/g.v" 0.1275 0 --uchar
vips add "$tmp/x.v" "$tmp/y.v" "$tmp/s.v"
vips remainder_const "$tmp/s.v" "$tmp/m.v" 200
vips linear "$tmp/m.v" "$tmp/b.v" 1.275 0 --uchar
vips bandjoin "$tmp/r.v $tmp/g.v $tmp/b.v" "$tmp/rgb.v"
vips copy "$tmp/rgb.v" "$tmp/srgb.v" --interpretation srgb
vips tiffsave "$tmp/srgb.v" "$out/gradient-rgb-3000x2000.tif" --tile --pyramid \
    --tile-width 256 --tile-height 256 --compression jpeg --Q 85

if [ $# -ge 1 ]; then
    cp "$1" "$out/iiif-test-grid-1000x1000.tif"
fi
ls -l "$out"
