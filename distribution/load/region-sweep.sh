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

python3 - "$port" "$fif" "$concurrency" <<'PY'
import http.client, sys, threading, time, concurrent.futures as cf
port, image, clients = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
jobs = [(x, y) for y in range(0, 12000 - 1024 + 1, 512) for x in range(0, 16000 - 1024 + 1, 512)]
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
    x, y = job
    if not hasattr(local, "c"):
        local.c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    local.c.request("GET", f"/iiif/3/{image}/{x},{y},1024,1024/512,/0/default.jpg")
    resp = local.c.getresponse()
    body = resp.read()
    got = (resp.status, resp.getheader("Content-Type"), frame_size(body))
    return None if got == (200, "image/jpeg", (512, 512)) else f"{x},{y}: {got}"
t0 = time.monotonic()
with cf.ThreadPoolExecutor(clients) as pool:
    fails = [f for f in pool.map(fetch, jobs) if f]
ms = (time.monotonic() - t0) * 1000
for f in fails[:5]:
    print("FAIL", f)
print(f"{len(jobs)} regions in {ms:.0f} ms ({len(jobs) * 1000 / ms:.0f} regions/s), {len(fails)} failures")
sys.exit(1 if fails else 0)
PY
kill -0 "$pid" 2>/dev/null || { echo "server died"; exit 1; }
grep -E "ERROR|Exception" "$work/run/server.log" | head -5 || true
