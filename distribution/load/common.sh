#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# What the load checks share, sourced by them with $java set: makes a 16000x12000 JPEG pyramid TIFF with vips,
# puts it behind the store STORE names (file, the default; s3: s3proxy, the jar the integration tests' build copies
# to integration-tests/target/s3proxy/ or S3PROXY_JAR; http: Debian's nginx), starts
# distribution/target/gigatile.jar with a 512 MB heap on a free loopback port and waits for its first tile.
# Leaves: $work, $port, $base (the IIP URL), $fif (the image's identifier), $image, $pid; stops everything on exit.
# COUNT_REQUESTS=1 (with STORE=s3 or http) puts nginx in front of the storage with an access log; call
# report_storage_requests N to print how many requests N answers cost it. Files in $work/run/deploy before the
# server starts are applied (ENGINE_CFG, if set, is written there as io.gigatile.engine.cfg).
# IMAGE=jp2 makes the same picture a JPEG 2000 file instead, as the issue asks: opj_compress -n 6 -t 256,256 -r 20
# (Debian libopenjp2-tools). ALSO_JP2=1 makes both: the JPEG pyramid ($image) and the JP2 ($jp2image).
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../target/gigatile.jar"
[ -f "$jar" ] || { echo "build first: $jar is missing" >&2; exit 2; }
work=$(mktemp -d)
pid=""
helpers=()
store=${STORE:-file}
cleanup() {
    # a killed process's status would end this under set -e, leaving the helpers running and the work folder
    set +e
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
# the picture as a JPEG 2000 file: $1, its name in $work/images
make_jp2() {
    command -v opj_compress >/dev/null || { echo "needs opj_compress (apt-get install libopenjp2-tools)" >&2; exit 2; }
    vips tiffsave "$work/srgb.v" "$work/source.tif"
    opj_compress -i "$work/source.tif" -o "$work/images/$1" -n 6 -t 256,256 -r 20 >/dev/null
    rm -f "$work/source.tif"
}
jp2image=jp2-rgb-16000x12000-tile256-r6.jp2
if [ "${IMAGE:-jpeg}" = jp2 ]; then
    image=$jp2image
    make_jp2 "$image"
else
    vips tiffsave "$work/srgb.v" "$work/images/$image" --tile --pyramid --tile-width 256 --tile-height 256 \
        --compression jpeg --Q 75
    if [ "${ALSO_JP2:-0}" = 1 ]; then make_jp2 "$jp2image"; fi
fi
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

[ -n "${ENGINE_CFG:-}" ] && printf '%s\n' "$ENGINE_CFG" > "$work/run/deploy/io.gigatile.engine.cfg"
# Starts the server (again, after stop_gigatile) with the environment it was given, waits for its first tile
start_gigatile() {
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
}

stop_gigatile() {
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    pid=""
}

start_gigatile


# Debian's iipsrv 1.1 (iipimage-server): 2 FastCGI processes under lighttpd on a free port ($iport), serving
# $work/images; $1: more lighttpd bin-environment entries ("NAME" => "value", ...). Waits for its first tile.
start_iipsrv() {
    for tool in lighttpd /usr/lib/iipimage-server/iipsrv.fcgi; do
        command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install iipimage-server lighttpd)" >&2; exit 2; }
    done
    iport=$(free_port)
    mkdir -p "$work/lighttpd"
    cat > "$work/lighttpd/lighttpd.conf" <<CONF
server.document-root = "$work/lighttpd"
server.bind = "127.0.0.1"
server.port = $iport
server.pid-file = "$work/lighttpd/lighttpd.pid"
server.errorlog = "$work/lighttpd/error.log"
server.modules = ("mod_fastcgi")
fastcgi.server = ("/fcgi-bin/iipsrv.fcgi" => ((
    "bin-path" => "/usr/lib/iipimage-server/iipsrv.fcgi",
    "socket" => "$work/lighttpd/iipsrv.sock",
    "check-local" => "disable",
    "max-procs" => 2,
    "bin-environment" => ("FILESYSTEM_PREFIX" => "$work/images/", "VERBOSITY" => "0"${1:+, $1})
)))
CONF
    lighttpd -D -f "$work/lighttpd/lighttpd.conf" &
    helpers+=($!)
    for _ in $(seq 1 200); do
        # not a tile: iipsrv 1.1 crashes (SIGSEGV) on the lowest resolutions of a JP2, which it makes up itself
        curl -sf -o /dev/null "http://127.0.0.1:$iport/fcgi-bin/iipsrv.fcgi?FIF=$image&OBJ=Max-size" && return
        sleep 0.05
    done
    echo "iipsrv did not come up"; exit 1
}

# $1: how many answers the storage's requests served
report_storage_requests() {
    if [ -f "$work/nginx/logs/access.log" ]; then
        echo "the storage answered $(wc -l < "$work/nginx/logs/access.log") requests for $1 answers" \
            "($(grep -c '"HEAD ' "$work/nginx/logs/access.log") HEAD, $(grep -c '"GET ' "$work/nginx/logs/access.log") GET)"
    fi
}
