# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
"""Fetches a list of paths from one loopback server with keep-alive clients, checks every answer is a 200 JPEG,
and prints the rate. Usage: fetch.py PORT PATHS-FILE CLIENTS [PASSES] [LABEL]; the first pass warms the caches
and is not counted when PASSES > 1."""
import concurrent.futures as cf
import http.client
import sys
import threading
import time

port, paths_file, clients = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
passes = int(sys.argv[4]) if len(sys.argv) > 4 else 1
label = sys.argv[5] if len(sys.argv) > 5 else ""
paths = [line.strip() for line in open(paths_file) if line.strip()]
local = threading.local()


def fetch(path):
    if not hasattr(local, "c"):
        local.c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    local.c.request("GET", path)
    resp = local.c.getresponse()
    body = resp.read()
    ok = resp.status == 200 and resp.getheader("Content-Type", "").startswith("image/jpeg") and body[:2] == b"\xff\xd8"
    return None if ok else f"{path}: {resp.status} {resp.getheader('Content-Type')}"


def run(jobs):
    with cf.ThreadPoolExecutor(clients) as pool:
        return [f for f in pool.map(fetch, jobs) if f]


if passes > 1:
    run(paths)
jobs = paths * (passes - 1 if passes > 1 else 1)
t0 = time.monotonic()
fails = run(jobs)
ms = (time.monotonic() - t0) * 1000
for f in fails[:5]:
    print("FAIL", f)
print(f"{label}{len(jobs)} answers in {ms:.0f} ms ({len(jobs) * 1000 / ms:.0f}/s), {len(fails)} failures")
sys.exit(1 if fails else 0)
