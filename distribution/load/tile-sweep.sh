#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Load check on the real server: makes a 16000x12000 JPEG pyramid TIFF with vips, starts
# distribution/target/gigatile.jar with a 512 MB heap on a free loopback port, fetches every JTL tile of every
# resolution with 32 concurrent clients, checks that each is a 200 image/jpeg of the right size, and prints
# timings. Stops the server when done. Needs vips (libvips-tools) and curl; run after `mvn install`.
# STORE=s3 serves the image from a real S3 server instead (s3proxy, the jar the integration tests' build copies to
# integration-tests/target/s3proxy/, or S3PROXY_JAR), STORE=http from Debian's nginx (nginx-light): the same
# tiles through the S3 and HTTP stores, for comparison with the file store (STORE=file, the default).
# COUNT_REQUESTS=1 (with STORE=s3 or http) puts nginx in front of the storage with an access log and prints how
# many requests the tiles cost it (the extra hop costs some speed: measure tiles/s without it).
# Usage: [STORE=file|s3|http] distribution/load/tile-sweep.sh [concurrency] [java]
set -euo pipefail
concurrency=${1:-32}
java=${2:-java}
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../target/gigatile.jar"
[ -f "$jar" ] || { echo "build first: $jar is missing" >&2; exit 2; }
work=$(mktemp -d)
pid=""
helpers=()
store=${STORE:-file}
cleanup() {
    [ -n "$pid" ] && { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }
    for h in "${helpers[@]}"; do kill "$h" 2>/dev/null; wait "$h" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT
# nginx in the foreground on $1, with $2 as the body of its server block; logs requests when counting
start_nginx() {
    command -v nginx >/dev/null || { echo "needs nginx (apt-get install nginx-light)" >&2; exit 2; }
    mkdir -p "$work/nginx/logs"
    local log="access_log off;"
    [ "${COUNT_REQUESTS:-0}" = 1 ] && log="access_log $work/nginx/logs/access.log;"
    cat > "$work/nginx/nginx.conf" <<CONF
daemon off;
user root;
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
    $log
    sendfile on;
    keepalive_requests 100000;
    server { listen 127.0.0.1:$1; $2 }
}
CONF
    nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
    helpers+=($!)
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

w=16000; h=12000
image=tif-rgb-jpeg-16000x12000-tile256-pyramid.tif
mkdir -p "$work/images" "$work/run"
t0=$(date +%s)
vips xyz "$work/xy.v" $w $h
vips extract_band "$work/xy.v" "$work/x.v" 0
vips extract_band "$work/xy.v" "$work/y.v" 1
vips linear "$work/x.v" "$work/r.v" "$(awk "BEGIN{print 255/$w}")" 0 --uchar
vips linear "$work/y.v" "$work/g.v" "$(awk "BEGIN{print 255/$h}")" 0 --uchar
vips add "$work/x.v" "$work/y.v" "$work/s.v"
vips remainder_const "$work/s.v" "$work/m.v" 256
vips cast "$work/m.v" "$work/b.v" uchar
vips bandjoin "$work/r.v $work/g.v $work/b.v" "$work/rgb.v"
vips copy "$work/rgb.v" "$work/srgb.v" --interpretation srgb
vips tiffsave "$work/srgb.v" "$work/images/$image" --tile --pyramid --tile-width 256 --tile-height 256 \
    --compression jpeg --Q 75
rm -f "$work"/*.v
echo "made $image ($(du -h "$work/images/$image" | cut -f1)) in $(( $(date +%s) - t0 )) s"

mkdir -p "$work/run/deploy"
fif=$image
case "$store" in
file) ;;
s3)
    s3jar=${S3PROXY_JAR:-$here/../../integration-tests/target/s3proxy/s3proxy.jar}
    [ -f "$s3jar" ] || { echo "s3proxy jar missing: $s3jar (build the integration tests first)" >&2; exit 2; }
    s3port=$(free_port)
    mkdir -p "$work/s3/buckets/images"
    ln "$work/images/$image" "$work/s3/buckets/images/$image"
    printf '%s\n' "s3proxy.endpoint=http://127.0.0.1:$s3port" "s3proxy.authorization=aws-v2-or-v4" \
        "s3proxy.identity=load" "s3proxy.credential=load-secret" "jclouds.provider=filesystem" \
        "jclouds.filesystem.basedir=$work/s3/buckets" > "$work/s3/s3proxy.properties"
    "$java" -Xmx512m -jar "$s3jar" --properties "$work/s3/s3proxy.properties" > "$work/s3/s3proxy.log" 2>&1 &
    helpers+=($!)
    endpoint="http://127.0.0.1:$s3port"
    if [ "${COUNT_REQUESTS:-0}" = 1 ]; then
        # the client's Host goes through unchanged: it is part of what SigV4 signs
        proxyport=$(free_port)
        start_nginx "$proxyport" "location / { proxy_pass $endpoint; proxy_set_header Host \$http_host; \
            proxy_http_version 1.1; proxy_set_header Connection \"\"; }"
        endpoint="http://127.0.0.1:$proxyport"
    fi
    printf '%s\n' "endpoint = $endpoint" "bucket = images" "accessKey = load" \
        ".secretKey = load-secret" "gigatile.store.prefix = s3:" > "$work/run/deploy/io.gigatile.store.s3-load.cfg"
    fif="s3:$image" ;;
http)
    webport=$(free_port)
    start_nginx "$webport" "root $work; location /images/ { }"
    printf '%s\n' "baseUrl = http://127.0.0.1:$webport/images/" "gigatile.store.prefix = web:" \
        > "$work/run/deploy/io.gigatile.store.http-load.cfg"
    fif="web:$image" ;;
*) echo "STORE is file, s3 or http" >&2; exit 2 ;;
esac

port=$(free_port)
base="http://127.0.0.1:$port/fcgi-bin/iipsrv.fcgi"
start=$(date +%s%N)
(cd "$work/run" && FILESYSTEM_PREFIX="$work/images/" exec "$java" -Xmx512m -jar "$jar" --bind "127.0.0.1:$port" \
    > "$work/run/server.log" 2>&1) &
pid=$!
for _ in $(seq 1 600); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$base?FIF=$fif&JTL=0,0" || true)
    [ "$code" = 200 ] && break
    sleep 0.05
done
[ "$code" = 200 ] || { echo "server did not come up"; cat "$work/run/server.log"; exit 1; }
echo "first tile $(( ($(date +%s%N) - start) / 1000000 )) ms after start (store: $store)"

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
if [ -f "$work/nginx/logs/access.log" ]; then
    echo "the storage answered $(wc -l < "$work/nginx/logs/access.log") requests for $count tiles" \
        "($(grep -c '"HEAD ' "$work/nginx/logs/access.log") HEAD, $(grep -c '"GET ' "$work/nginx/logs/access.log") GET)"
fi
grep -E "ERROR|Exception" "$work/run/server.log" | head -5 || true
