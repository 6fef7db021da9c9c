#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Load check of dynamic regions on the real server (see common.sh for the image, the stores and the server): asks
# IIIF for 1024x1024 regions scaled to 512 px wide on a grid that steps 512 px, so that each region overlaps its
# neighbours by half, as a viewer panning over a region service would; every answer is checked to be a 200
# image/jpeg of 512 x 512, and the rate printed. Each region is asked once: the response cache cannot help, the
# decoded-tile cache can. ENGINE_CFG="tileCacheSize = 0" measures without the tile cache.
# Usage: [STORE=file|s3|http] [ENGINE_CFG=...] distribution/load/region-sweep.sh [concurrency] [java]
set -euo pipefail
concurrency=${1:-32}
java=${2:-java}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

regions="$work/regions.txt"
for y in $(seq 0 512 $(( 12000 - 1024 ))); do
    for x in $(seq 0 512 $(( 16000 - 1024 ))); do
        echo "/iiif/3/$fif/$x,$y,1024,1024/512,/0/default.jpg 512 512"
    done
done > "$regions"
python3 "$here/fetch.py" "$port" "$regions" "$concurrency" 1 "" regions
kill -0 "$pid" 2>/dev/null || { echo "server died"; exit 1; }
grep -E "ERROR|Exception" "$work/run/server.log" | head -5 || true
