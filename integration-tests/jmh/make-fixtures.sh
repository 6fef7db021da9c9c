#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Writes the benchmark's TIFFs into src/main/resources/bench: one 256 x 256 RGB image, one 256 x 256 tile, per
# compression. The picture is a smooth colour ramp with Gaussian noise (fixed seed), so that the codecs work about
# as hard as on a photograph. Needs: vips (libvips-tools 8.14).
set -euo pipefail

out=$(cd "$(dirname "$0")" && pwd)/src/main/resources/bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

vips xyz xy.v 256 256
vips extract_band xy.v x.v 0
vips extract_band xy.v y.v 1
vips linear x.v r.v 0.8 30
vips linear y.v g.v 0.6 60
vips add x.v y.v d.v
vips linear d.v b.v 0.4 20
vips bandjoin "r.v g.v b.v" ramp.v
vips gaussnoise noise.v 256 256 --sigma 6 --mean 0 --seed 42
vips add ramp.v noise.v noisy.v
vips cast noisy.v rgb.v uchar

for c in none lzw deflate; do
    vips tiffsave rgb.v "$out/bench-rgb-$c-256x256-tile256.tif" --compression "$c" --tile --tile-width 256 \
        --tile-height 256
done
vips tiffsave rgb.v "$out/bench-rgb-jpeg-256x256-tile256.tif" --compression jpeg --Q 90 --tile --tile-width 256 \
    --tile-height 256
ls -l "$out"/*.tif
