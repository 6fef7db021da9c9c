#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Gigatile beside iipsrv on this machine: the 16000x12000 JPEG pyramid of common.sh (and the same picture as a JPEG
# 2000 file), Debian's iipsrv 1.1 under lighttpd (2 FastCGI processes, 256 MB cache) and the built server (512 MB
# heap, 192 MB of decoded tiles and 64 MB of answers cached), both on loopback, both asked through iipsrv's own URLs so that every request is the same for both. For each workload, wrk
# (2 threads, $clients connections, $seconds s, cycling through many distinct URLs) runs against iipsrv, Gigatile,
# iipsrv again and Gigatile again, so that a noisy machine shows; the ratio is Gigatile's mean over iipsrv's.
#   tiles      every JTL tile of the three highest resolutions
#   deepzoom   the same tiles as DeepZoom URLs
#   regions    IIIF, random 1024x1024 regions of the full image scaled to 512 px wide
#   hot        the same 16 tiles over and over (what the response caches are for)
#   jp2        JTL tiles of the three highest resolutions of the JPEG 2000 file (Gigatile's caches emptied first)
# Then start-up to the first tile (5 starts) and each server's peak resident memory. Needs vips, opj_compress,
# iipimage-server, lighttpd, wrk, curl and python3 from Debian. Not a test: it prints, it does not judge.
# Usage: distribution/load/bench.sh [clients] [seconds] [java]
set -euo pipefail
clients=${1:-32}
seconds=${2:-15}
java=${3:-java}
here=$(cd "$(dirname "$0")" && pwd)
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
export ALSO_JP2=1
# the same memory for caches as iipsrv's 256 MB (per FastCGI process: it has two): decoded tiles, which regions
# are composed from, and encoded answers
export ENGINE_CFG="tileCacheSize = 192" MAX_IMAGE_CACHE_SIZE=64
# shellcheck source=common.sh
source "$here/common.sh"
start_iipsrv '"MAX_IMAGE_CACHE_SIZE" => "256"'

legacy=/fcgi-bin/iipsrv.fcgi
# $1 image, $2 file of JTL paths, $3 file of DeepZoom paths: the tiles of the three highest resolutions
tile_paths() {
    local obj tile levels count r=0
    obj=$(curl -s "http://127.0.0.1:$iport$legacy?FIF=$1&OBJ=Tile-size&OBJ=Resolutions" | tr -d '\r')
    tile=$(echo "$obj" | sed -n 's/^Tile-size:\([0-9]*\) .*/\1/p')
    levels=$(echo "$obj" | sed -n 's/^Resolutions://p' | tr ',' '\n')
    count=$(echo "$levels" | wc -l)
    : > "$2"; : > "${3:-/dev/null}"
    while read -r lw lh; do
        if [ "$r" -ge $(( count - 3 )) ]; then
            local nx=$(( (lw + tile - 1) / tile )) ny=$(( (lh + tile - 1) / tile ))
            # DeepZoom's levels count from 1x1; its highest is ceil(log2(max side))
            local dz
            dz=$(python3 -c "import math; print(math.ceil(math.log2(max($lw,$lh))))")
            for t in $(seq 0 $(( nx * ny - 1 ))); do
                echo "$legacy?FIF=$1&JTL=$r,$t" >> "$2"
                [ -n "${3:-}" ] && echo "$legacy?DeepZoom=${1}_files/$dz/$(( t % nx ))_$(( t / nx )).jpg" >> "$3"
            done
        fi
        r=$(( r + 1 ))
    done <<< "$levels"
}
tile_paths "$image" "$work/tiles.txt" "$work/deepzoom.txt"
tile_paths "$jp2image" "$work/jp2.txt"
head -16 "$work/tiles.txt" > "$work/hot.txt"
python3 - "$image" > "$work/regions.txt" <<'PY'
import random, sys
random.seed(42)
for _ in range(5000):
    x, y = random.randrange(0, 16000 - 1024), random.randrange(0, 12000 - 1024)
    print(f"/fcgi-bin/iipsrv.fcgi?IIIF={sys.argv[1]}/{x},{y},1024,1024/512,/0/default.jpg")
PY

# $1 port, $2 paths file: prints "req/s p50 p99 errors"
run_wrk() {
    PATHS="$2" wrk --latency -t2 -c"$clients" -d"${seconds}s" -s "$here/paths.lua" "http://127.0.0.1:$1" \
        > "$work/wrk.txt"
    local non2xx
    non2xx=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$work/wrk.txt" | awk '{print $NF}' || true)
    echo "$(grep 'Requests/sec' "$work/wrk.txt" | awk '{print $2}') $(grep ' 50%' "$work/wrk.txt" | awk '{print $2}')" \
        "$(grep ' 99%' "$work/wrk.txt" | awk '{print $2}') ${non2xx:-0}"
}

printf '%-9s %-9s %10s %9s %9s %7s\n' workload server "req/s" p50 p99 errors
# JPEG 2000 measures decoding: Gigatile's caches are emptied (its purge, DELETE /admin/cache) before each of its
# passes, or the second would be served from the answers the first cached; iipsrv keeps its cache
purge() {
    if [ "$1" = jp2 ]; then curl -sf -X DELETE -o /dev/null "http://127.0.0.1:$port/admin/cache"; fi
}
for workload in tiles deepzoom regions hot jp2; do
    paths="$work/$workload.txt"
    i1=$(run_wrk "$iport" "$paths"); purge "$workload"; g1=$(run_wrk "$port" "$paths")
    i2=$(run_wrk "$iport" "$paths"); purge "$workload"; g2=$(run_wrk "$port" "$paths")
    for row in "iipsrv $i1" "gigatile $g1" "iipsrv $i2" "gigatile $g2"; do
        read -r who rate p50 p99 errors <<< "$row"
        printf '%-9s %-9s %10s %9s %9s %7s\n' "$workload" "$who" "$rate" "$p50" "$p99" "$errors"
    done
    awk -v a="${i1%% *}" -v b="${i2%% *}" -v c="${g1%% *}" -v d="${g2%% *}" -v w="$workload" \
        'BEGIN { printf "%-9s ratio     %10.2fx\n", w, (c + d) / (a + b) }'
done

# resident memory at its peak, in MB: Gigatile's JVMs (the launcher and the server's JVM it starts) together, and
# iipsrv's FastCGI processes together
peak() { awk '/VmHWM/ { s += $2 } END { printf "%.0f", s / 1024 }' "$@"; }
echo "peak RSS: Gigatile $(peak "/proc/$pid/status" $(pgrep -P "$pid" | sed 's|.*|/proc/&/status|')) MB (2 JVMs);" \
    "iipsrv $(peak $(pgrep -f iipsrv.fcgi | sed 's|.*|/proc/&/status|')) MB (2 processes)"
for _ in 1 2 3 4 5; do stop_gigatile; start_gigatile; done
