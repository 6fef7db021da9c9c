#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Repeat views beside iipsrv: the tiles of the five smallest resolutions of the load image (see common.sh), fetched
# once and checked (every answer a 200 JPEG), then asked over and over for 10 s by wrk (2 threads, 32 keep-alive
# connections, cycling through the tiles), from
#   - Debian's iipsrv (iipimage-server, 2 FastCGI processes under lighttpd) with memcached,
#   - Gigatile with its memory cache (MAX_IMAGE_CACHE_SIZE=64),
#   - Gigatile with memcached alone (MAX_IMAGE_CACHE_SIZE=0, MEMCACHED_SERVERS),
# then iipsrv again, so that a noisy machine shows in the two iipsrv figures. Needs iipimage-server, lighttpd,
# memcached and wrk from Debian. Usage: distribution/load/repeat-views.sh [clients] [java]
set -euo pipefail
concurrency=${1:-32}
java=${2:-java}
here=$(cd "$(dirname "$0")" && pwd)
for tool in lighttpd memcached wrk /usr/lib/iipimage-server/iipsrv.fcgi; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install iipimage-server lighttpd memcached wrk)" >&2
        exit 2; }
done
export MAX_IMAGE_CACHE_SIZE=64
# shellcheck source=common.sh
source "$here/common.sh"

mport=$(free_port)
memcached -l 127.0.0.1 -p "$mport" -U 0 -m 256 -u root &
helpers+=($!)

start_iipsrv "\"MAX_IMAGE_CACHE_SIZE\" => \"64\", \"MEMCACHED_SERVERS\" => \"127.0.0.1:$mport\""

obj=$(curl -s "$base?FIF=$fif&OBJ=Tile-size&OBJ=Resolutions" | tr -d '\r')
tile=$(echo "$obj" | sed -n 's/^Tile-size:\([0-9]*\) .*/\1/p')
paths="$work/paths.txt"; : > "$paths"
r=0
while read -r lw lh; do
    [ "$r" -ge 5 ] && break
    n=$(( ((lw + tile - 1) / tile) * ((lh + tile - 1) / tile) ))
    for t in $(seq 0 $(( n - 1 ))); do echo "/fcgi-bin/iipsrv.fcgi?FIF=$image&JTL=$r,$t" >> "$paths"; done
    r=$(( r + 1 ))
done <<< "$(echo "$obj" | sed -n 's/^Resolutions://p' | tr ',' '\n')"
echo "$(wc -l < "$paths") distinct tiles; wrk -t2 -c$concurrency -d10s cycling through them"

# $1 label, $2 port: a checked warming pass, then wrk
measure() {
    python3 "$here/fetch.py" "$2" "$paths" "$concurrency" 1 "$1 warming pass: " >/dev/null \
        || { echo "$1: wrong answers"; exit 1; }
    PATHS="$paths" wrk --latency -t2 -c"$concurrency" -d10s -s "$here/paths.lua" "http://127.0.0.1:$2" > "$work/wrk.txt"
    echo "$1 $(grep 'Requests/sec' "$work/wrk.txt" | awk '{print $2}') req/s," \
        "p50 $(grep ' 50%' "$work/wrk.txt" | awk '{print $2}')" \
        "$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$work/wrk.txt" || echo 'all 2xx')"
}
measure "iipsrv 1.1 + memcached:  " "$iport"
measure "Gigatile, memory cache:  " "$port"
stop_gigatile
MAX_IMAGE_CACHE_SIZE=0 MEMCACHED_SERVERS="127.0.0.1:$mport" start_gigatile
measure "Gigatile, memcached only:" "$port"
measure "iipsrv 1.1 + memcached:  " "$iport"
