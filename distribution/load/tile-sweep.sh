#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Load check on the real server (see common.sh for the image, the stores and the server): fetches every JTL tile
# of every resolution with 32 concurrent clients, checks that each is a 200 image/jpeg of the right size, and
# prints timings. Needs vips (libvips-tools) and curl; run after `mvn install`.
# STORE=s3 or STORE=http serves the image through the S3 or HTTP store; COUNT_REQUESTS=1 also prints how many
# requests the tiles cost the storage (the counting proxy costs some speed: measure tiles/s without it).
# Usage: [STORE=file|s3|http] distribution/load/tile-sweep.sh [concurrency] [java]
set -euo pipefail
concurrency=${1:-32}
java=${2:-java}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

obj=$(curl -s "$base?FIF=$fif&OBJ=Max-size&OBJ=Tile-size&OBJ=Resolution-number&OBJ=Resolutions" | tr -d '\r')
echo "$obj"
tile=$(echo "$obj" | sed -n 's/^Tile-size:\([0-9]*\) .*/\1/p')
res=$(echo "$obj" | sed -n 's/^Resolutions://p' | tr ',' '\n')
urls="$work/urls.txt"; : > "$urls"
r=0
while read -r lw lh; do
    nx=$(( (lw + tile - 1) / tile )); ny=$(( (lh + tile - 1) / tile ))
    for t in $(seq 0 $(( nx * ny - 1 ))); do
        tx=$(( t % nx )); ty=$(( t / nx ))
        ew=$(( lw - tx * tile < tile ? lw - tx * tile : tile ))
        eh=$(( lh - ty * tile < tile ? lh - ty * tile : tile ))
        echo "/fcgi-bin/iipsrv.fcgi?FIF=$fif&JTL=$r,$t $ew $eh" >> "$urls"
    done
    r=$(( r + 1 ))
done <<< "$res"
count=$(wc -l < "$urls")
echo "fetching $count tiles with $concurrency clients"
# keep-alive clients; each answer's status, media type and the size in the JPEG's own frame header are checked
python3 "$here/fetch.py" "$port" "$urls" "$concurrency" 1 "" tiles
kill -0 "$pid" 2>/dev/null || { echo "server died"; exit 1; }
report_storage_requests "$count"
grep -E "ERROR|Exception" "$work/run/server.log" | head -5 || true
