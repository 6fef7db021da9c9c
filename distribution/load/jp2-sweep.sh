#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# JPEG 2000 tiles beside iipsrv: the load picture of common.sh as a 16000x12000 JP2 (opj_compress -n 6
# -t 256,256 -r 20), every JTL tile of its three highest resolutions checked once (a 200 JPEG of the right size),
# then asked by wrk for 20 s (2 threads, 32 keep-alive connections, cycling through the distinct tiles) from
#   - Debian's iipsrv 1.1 (OpenJPEG; 2 FastCGI processes under lighttpd),
#   - Gigatile with the native decoder (decoder.openjpeg, on Debian's libopenjp2),
#   - Gigatile with the pure Java decoder (decoder.jpeg2000; the native one configured to rank below it),
# then iipsrv again, so that a noisy machine shows in the two iipsrv figures. Response caches are off in both
# servers (MAX_IMAGE_CACHE_SIZE=0): every answer is decoded and encoded. Needs opj_compress, iipimage-server,
# lighttpd and wrk from Debian. Usage: distribution/load/jp2-sweep.sh [clients] [seconds] [java]
set -euo pipefail
concurrency=${1:-32}
seconds=${2:-20}
java=${3:-java}
here=$(cd "$(dirname "$0")" && pwd)
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
export IMAGE=jp2 MAX_IMAGE_CACHE_SIZE=0
# shellcheck source=common.sh
source "$here/common.sh"
start_iipsrv '"MAX_IMAGE_CACHE_SIZE" => "0"'

obj=$(curl -s "$base?FIF=$fif&OBJ=Tile-size&OBJ=Resolutions" | tr -d '\r')
echo "$obj"
tile=$(echo "$obj" | sed -n 's/^Tile-size:\([0-9]*\) .*/\1/p')
levels=$(echo "$obj" | sed -n 's/^Resolutions://p' | tr ',' '\n')
count=$(echo "$levels" | wc -l)
checked="$work/checked.txt"; paths="$work/paths.txt"; : > "$checked"; : > "$paths"
r=0
while read -r lw lh; do
    if [ "$r" -ge $(( count - 3 )) ]; then
        nx=$(( (lw + tile - 1) / tile )); ny=$(( (lh + tile - 1) / tile ))
        for t in $(seq 0 $(( nx * ny - 1 ))); do
            tx=$(( t % nx )); ty=$(( t / nx ))
            ew=$(( lw - tx * tile < tile ? lw - tx * tile : tile ))
            eh=$(( lh - ty * tile < tile ? lh - ty * tile : tile ))
            echo "/fcgi-bin/iipsrv.fcgi?FIF=$image&JTL=$r,$t $ew $eh" >> "$checked"
            echo "/fcgi-bin/iipsrv.fcgi?FIF=$image&JTL=$r,$t" >> "$paths"
        done
    fi
    r=$(( r + 1 ))
done <<< "$levels"
echo "$(wc -l < "$paths") distinct tiles of the three highest resolutions;" \
    "wrk -t2 -c$concurrency -d${seconds}s cycling through them"

# $1 label, $2 port: a checked pass over every tile, then wrk
measure() {
    python3 "$here/fetch.py" "$2" "$checked" "$concurrency" 1 "" >/dev/null || { echo "$1: wrong answers"; exit 1; }
    PATHS="$paths" wrk --latency -t2 -c"$concurrency" -d"${seconds}s" -s "$here/paths.lua" \
        "http://127.0.0.1:$2" > "$work/wrk.txt"
    echo "$1 $(grep 'Requests/sec' "$work/wrk.txt" | awk '{print $2}') tiles/s," \
        "p50 $(grep ' 50%' "$work/wrk.txt" | awk '{print $2}'), p99 $(grep ' 99%' "$work/wrk.txt" | awk '{print $2}')," \
        "$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$work/wrk.txt" || echo 'all 2xx')"
}
measure "iipsrv 1.1 (OpenJPEG):    " "$iport"
measure "Gigatile, OpenJPEG:       " "$port"
stop_gigatile
# a typed configuration (FileInstall's .config form): service.ranking must be an Integer to count
printf '%s\n' 'service.ranking=I"-100"' > "$work/run/deploy/io.gigatile.decoder.openjpeg.config"
start_gigatile
measure "Gigatile, pure Java:      " "$port"
measure "iipsrv 1.1 (OpenJPEG):    " "$iport"
