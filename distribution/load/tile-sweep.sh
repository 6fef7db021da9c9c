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
        echo "$r $t $ew $eh" >> "$urls"
    done
    r=$(( r + 1 ))
done <<< "$res"
count=$(wc -l < "$urls")
echo "fetching $count tiles with $concurrency clients"
# 32 keep-alive clients; each checks status, media type and the size in the JPEG's own frame header
python3 - "$port" "$fif" "$concurrency" "$urls" <<'PY'
import http.client, sys, threading, time, concurrent.futures as cf
port, image, clients, urls = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
jobs = [tuple(map(int, line.split())) for line in open(urls)]
local = threading.local()
def frame_size(d):
    i = 2
    while i + 9 < len(d):
        m, n = d[i + 1], int.from_bytes(d[i + 2:i + 4], "big")
        if m in (0xC0, 0xC1, 0xC2):
            return int.from_bytes(d[i + 7:i + 9], "big"), int.from_bytes(d[i + 5:i + 7], "big")
        i += 2 + n
    return None
def fetch(job):
    r, t, w, h = job
    if not hasattr(local, "c"):
        local.c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    local.c.request("GET", f"/fcgi-bin/iipsrv.fcgi?FIF={image}&JTL={r},{t}")
    resp = local.c.getresponse()
    body = resp.read()
    got = (resp.status, resp.getheader("Content-Type"), frame_size(body))
    return None if got == (200, "image/jpeg", (w, h)) else f"r{r} t{t}: {got}, want {(w, h)}"
t0 = time.monotonic()
with cf.ThreadPoolExecutor(clients) as pool:
    fails = [f for f in pool.map(fetch, jobs) if f]
ms = (time.monotonic() - t0) * 1000
for f in fails[:5]:
    print("FAIL", f)
print(f"{len(jobs)} tiles in {ms:.0f} ms ({len(jobs) * 1000 / ms:.0f} tiles/s), {len(fails)} failures")
sys.exit(1 if fails else 0)
PY
kill -0 "$pid" 2>/dev/null || { echo "server died"; exit 1; }
report_storage_requests "$count"
grep -E "ERROR|Exception" "$work/run/server.log" | head -5 || true
