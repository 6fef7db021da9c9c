#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Writes the seeds of Jpeg2000DecoderFuzzTest (its inputs directory, or the folder given as the first argument).
# The script lives outside that directory because Jazzer takes every file in it as an input. The regression-*
# files there are inputs the fuzzer found, not made by a tool: this script leaves them alone.
# Deterministic: vips gives the same bytes on every run.
# Needs: vips (libvips-tools 8.14, built with OpenJPEG), od, dd, head and tail (coreutils).
#
# Each is the 40 x 24 crop at (300, 200) of the TIFF decoder's reference image
# (bundles/decoder.tiff/src/test/resources/fixtures/ref-rgb-1000x700.png, or ref-grey-1000x700.png), written by
# vips jp2ksave, one quality layer, LRCP order unless stated; vips gives tiles this small one resolution (no
# decomposition level):
#   jp2-rgb-lossless-40x24-tile16.jp2   JP2, reversible 5/3 wavelet and colour transform, 16-pixel tiles
#   j2k-rgb-lossless-40x24-tile16.j2k   the same image as a raw codestream: the codestream box of the JP2 above
#                                       (vips writes only JP2)
#   jp2-rgb-lossy-40x24-tile16.jp2      JP2, lossy (--Q 40): 9/7 wavelet, irreversible colour transform, RPCL
#                                       order, precincts; the same file is IrreversibleTest's fixture in
#                                       ../resources/fixtures-decoder
#   jp2-grey16-40x24.jp2                JP2, 16-bit grey (the 8-bit values cast), lossless, one 512-pixel tile
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
refs="$here/../../../../decoder.tiff/src/test/resources/fixtures"
out=${1:-"$here/../resources/io/gigatile/decoder/jpeg2000/internal/Jpeg2000DecoderFuzzTestInputs/anyBytesAreAnImageOrACorruptFile"}
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

vips crop "$refs/ref-rgb-1000x700.png" rgb.v 300 200 40 24
vips crop "$refs/ref-grey-1000x700.png" grey.v 300 200 40 24
vips cast grey.v grey16.v ushort

codestream() { # JP2 file -> the contents of its contiguous codestream box, on stdout
    local file=$1 at=0 size length type
    size=$(stat -c %s "$file")
    while ((at + 8 <= size)); do
        length=$(od -An -tu4 --endian=big -j "$at" -N 4 "$file" | tr -d ' ')
        type=$(dd if="$file" bs=1 skip=$((at + 4)) count=4 status=none)
        ((length == 0)) && length=$((size - at))
        ((length >= 8)) || { echo "$file: box at $at has length $length" >&2; exit 1; }
        if [ "$type" = jp2c ]; then
            tail -c +$((at + 9)) "$file" | head -c $((length - 8))
            return
        fi
        at=$((at + length))
    done
    echo "$file: no codestream box" >&2
    exit 1
}

vips jp2ksave rgb.v "$out/jp2-rgb-lossless-40x24-tile16.jp2" --lossless --tile-width 16 --tile-height 16
codestream "$out/jp2-rgb-lossless-40x24-tile16.jp2" > "$out/j2k-rgb-lossless-40x24-tile16.j2k"
vips jp2ksave rgb.v "$out/jp2-rgb-lossy-40x24-tile16.jp2" --Q 40 --tile-width 16 --tile-height 16
vips jp2ksave grey16.v "$out/jp2-grey16-40x24.jp2" --lossless

ls -l "$out"
