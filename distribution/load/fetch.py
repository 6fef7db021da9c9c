# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
"""Fetches a list of paths from one loopback server with keep-alive clients, checks every answer, and prints the
rate. Each line of the paths file is a path, optionally followed by the width and height the answer's JPEG frame
must have; without them any 200 JPEG will do. Usage: fetch.py PORT PATHS-FILE CLIENTS [PASSES] [LABEL] [UNIT];
the first pass warms the caches and is not counted when PASSES > 1."""
import concurrent.futures as cf
import http.client
import sys
import threading
import time

port, paths_file, clients = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
passes = int(sys.argv[4]) if len(sys.argv) > 4 else 1
label = sys.argv[5] if len(sys.argv) > 5 else ""
unit = sys.argv[6] if len(sys.argv) > 6 else "answers"
jobs = []
for line in open(paths_file):
    fields = line.split()
    if fields:
        size = (int(fields[1]), int(fields[2])) if len(fields) == 3 else None
        jobs.append((fields[0], size))
local = threading.local()


def frame_size(data):
    """The width and height in a JPEG's start-of-frame segment."""
    i = 2
    while i + 9 < len(data):
        marker, length = data[i + 1], int.from_bytes(data[i + 2:i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            return int.from_bytes(data[i + 7:i + 9], "big"), int.from_bytes(data[i + 5:i + 7], "big")
        i += 2 + length
    return None


def fetch(job):
    path, size = job
    if not hasattr(local, "c"):
        local.c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    local.c.request("GET", path)
    resp = local.c.getresponse()
    body = resp.read()
    got = (resp.status, resp.getheader("Content-Type"), frame_size(body) if size else body[:2] == b"\xff\xd8")
    want = (200, "image/jpeg", size if size else True)
    return None if got == want else f"{path}: {got}, want {want}"


def run(work):
    with cf.ThreadPoolExecutor(clients) as pool:
        return [f for f in pool.map(fetch, work) if f]


if passes > 1:
    run(jobs)
work = jobs * (passes - 1 if passes > 1 else 1)
t0 = time.monotonic()
fails = run(work)
ms = (time.monotonic() - t0) * 1000
for f in fails[:5]:
    print("FAIL", f)
print(f"{label}{len(work)} {unit} in {ms:.0f} ms ({len(work) * 1000 / ms:.0f} {unit}/s), {len(fails)} failures")
sys.exit(1 if fails else 0)
