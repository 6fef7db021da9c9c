#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Writes this decoder's own JPEG 2000 fixture into this script's folder, beside the shared ones of
# bundles/jp2.codestream (which are all reversible 5/3 in layer-resolution order), with OpenJPEG's tools.
# Needs: opj_compress and opj_decompress (Debian libopenjp2-tools 2.5).
#
#   j2k-rgba-irreversible-rpcl-tlm-plt-tileparts-offset-256x192-tile64-r4-l3.j2k
#       the shared ref-rgba-256x192.png, lossy: the 9/7 wavelet and the irreversible colour transform (ICT) on
#       RGB, alpha without it; layers of 30, 40 and 50 dB PSNR; RPCL progression, precincts, SOP and EPH
#       markers, TLM in the main header, PLT, tile-parts split by resolution, the image at (7, 5) and the tiles
#       at (3, 2) of the reference grid
#   ref-opj-rgba-irreversible-256x192.png
#       what opj_decompress makes of it, all layers, full resolution: the pixels it holds, as OpenJPEG rounds
#   jp2-rgb-lossy-40x24-tile16.jp2
#       a 40 x 24 crop (at 300, 200) of the TIFF decoder's reference image, lossy with 16-pixel tiles, written
#       by vips (which gives such small tiles no decomposition level); also a seed of Jpeg2000DecoderFuzzTest.
#       Needs vips.
#   ref-opj-rgb-lossy-40x24.png
#       what opj_decompress makes of it
set -euo pipefail

out=$(cd "$(dirname "$0")" && pwd)
refs=$(cd "$out/../../../../../jp2.codestream/src/test/resources/fixtures" && pwd)
name=j2k-rgba-irreversible-rpcl-tlm-plt-tileparts-offset-256x192-tile64-r4-l3

opj_compress -i "$refs/ref-rgba-256x192.png" -o "$out/$name.j2k" -I -p RPCL -c '[32,32],[32,32],[16,16]' \
    -SOP -EPH -TLM -PLT -TP R -d 7,5 -T 3,2 -t 64,64 -n 4 -q 30,40,50 >/dev/null
opj_decompress -i "$out/$name.j2k" -o "$out/ref-opj-rgba-irreversible-256x192.png" >/dev/null
tiffs=$(cd "$out/../../../../../decoder.tiff/src/test/resources/fixtures" && pwd)
vips crop "$tiffs/ref-rgb-1000x700.png" "$out/crop.png" 300 200 40 24
vips jp2ksave "$out/crop.png" "$out/jp2-rgb-lossy-40x24-tile16.jp2" --Q 40 --tile-width 16 --tile-height 16
rm "$out/crop.png"
opj_decompress -i "$out/jp2-rgb-lossy-40x24-tile16.jp2" -o "$out/ref-opj-rgb-lossy-40x24.png" >/dev/null
ls -la "$out"
