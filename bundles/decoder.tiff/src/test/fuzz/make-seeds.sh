#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Writes the seeds of TiffDecoderFuzzTest (its inputs directory, or the folder given as the first argument).
# The script lives outside that directory because Jazzer takes every file in it as an input.
# Deterministic: vips gives the same bytes on every run. Needs: vips (libvips-tools 8.14).
#
# All but two are the 40 x 24 crop at (300, 200) of the TIFF fixtures' reference image
# (../resources/fixtures/ref-rgb-1000x700.png, or its grey version ref-grey-1000x700.png), written by vips:
#   tif-rgb-zstd-40x24-tile16.tif          Zstandard, horizontal predictor, 16-pixel tiles
#   tif-rgb-deflate-predictor-40x24-tile16-pyramid.tif
#                                          Deflate, horizontal predictor, a pyramid of 3 levels (40, 20, 10 wide)
#   tif-rgb-jpeg-40x24-tile16-pyramid.tif  JPEG (quality 75, YCbCr, shared JPEGTables), a pyramid of 3 levels
#   tif-rgb-lzw-bigtiff-40x24-tile16.tif   LZW, horizontal predictor, BigTIFF
#   tif-rgb-lzw-stack2-40x24-tile16.tif    LZW, horizontal predictor, a stack of 2 pages (the crop twice)
#   tif-rgb-packbits-strips-40x24.tif      PackBits, in strips (one strip: vips's 128 rows per strip)
#   tif-rgb-webp-40x24-tile16.tif          lossy WebP, quality 50
#   tif-grey-none-40x24-tile16.tif         8-bit grey, uncompressed
#   tif-grey16-deflate-40x24-tile16.tif    16-bit grey (the 8-bit values cast), Deflate, horizontal predictor
#   tif-float-deflate-40x24-tile16.tif     32-bit float grey (the 8-bit values cast), Deflate, float predictor
#   tif-grey1-none-strips-40x24.tif        1-bit grey, uncompressed, in strips: the top bit of each sample,
#                                          which is 0 everywhere as the crop's grey values are below 128
# and two copies of decoder.tiff's fixtures (../resources/fixtures, made by its make-fixtures.sh):
#   tif-grey2-deflate-256x192-tile64.tif   2-bit grey, Deflate, no predictor, 64-pixel tiles
#   tif-palette-lzw-256x192-tile64.tif     palette colour (tiffmedian), LZW, 64-pixel tiles
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../resources/fixtures"
out=${1:-"$here/../resources/io/gigatile/decoder/tiff/internal/TiffDecoderFuzzTestInputs/anyBytesAreAnImageOrACorruptFile"}
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

vips crop "$fixtures/ref-rgb-1000x700.png" rgb.v 300 200 40 24
vips crop "$fixtures/ref-grey-1000x700.png" grey.v 300 200 40 24
vips cast grey.v grey16.v ushort
vips cast grey.v float.v float
vips join rgb.v rgb.v stack.v vertical

tiled() { # image file compression [extra vips options...]
    local image=$1 file=$2 compression=$3
    shift 3
    vips tiffsave "$image" "$out/$file" --compression "$compression" --tile --tile-width 16 --tile-height 16 "$@"
}

tiled rgb.v tif-rgb-zstd-40x24-tile16.tif zstd
tiled rgb.v tif-rgb-deflate-predictor-40x24-tile16-pyramid.tif deflate --predictor horizontal --pyramid
tiled rgb.v tif-rgb-jpeg-40x24-tile16-pyramid.tif jpeg --Q 75 --pyramid
tiled rgb.v tif-rgb-lzw-bigtiff-40x24-tile16.tif lzw --bigtiff
tiled stack.v tif-rgb-lzw-stack2-40x24-tile16.tif lzw --page-height 24
vips tiffsave rgb.v "$out/tif-rgb-packbits-strips-40x24.tif" --compression packbits
tiled rgb.v tif-rgb-webp-40x24-tile16.tif webp --Q 50
tiled grey.v tif-grey-none-40x24-tile16.tif none
tiled grey16.v tif-grey16-deflate-40x24-tile16.tif deflate
tiled float.v tif-float-deflate-40x24-tile16.tif deflate --predictor float
vips tiffsave grey.v "$out/tif-grey1-none-strips-40x24.tif" --compression none --bitdepth 1

cp "$fixtures/tif-grey2-deflate-256x192-tile64.tif" "$fixtures/tif-palette-lzw-256x192-tile64.tif" "$out/"

ls -l "$out"
