#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Writes the image sequence fixture of SequenceTest into this script's folder: iipsrv's FILENAME_PATTERN files
# (default pattern "_pyr_") of the identifier "sequence-rgb-deflate-160x120-tile64", each view a pyramid TIFF of
# one colour that names its angles:
#   red = 40 + horizontal / 2, green = 2 x vertical, blue = 128.
# Views: horizontal 0, 120, 240 at vertical 90; horizontal 0 and 120 at vertical 45 (240/45 is missing on
# purpose: a view in the grid without a file). Deterministic (vips writes no timestamps).
# Needs: vips (libvips-tools 8.14).
set -euo pipefail

out=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name=sequence-rgb-deflate-160x120-tile64

vips black "$work/black.v" 160 120 --bands 3
for view in 000_090 120_090 240_090 000_045 120_045; do
    h=$((10#${view%_*}))
    v=$((10#${view#*_}))
    vips linear "$work/black.v" "$work/colour.v" "1 1 1" "$((40 + h / 2)) $((2 * v)) 128"
    vips cast "$work/colour.v" "$work/view.v" uchar
    vips tiffsave "$work/view.v" "$out/${name}_pyr_${view}.tif" --tile --tile-width 64 --tile-height 64 \
        --pyramid --compression deflate --strip
done
