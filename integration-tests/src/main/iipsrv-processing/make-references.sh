#!/bin/bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Renders every case of cases.txt with Debian's iipsrv (package iipimage-server, 1.1) behind lighttpd, as the
# references ProcessingTest compares Gigatile's renders with. Run from anywhere; writes <name>.jpg beside it.
# Needs: apt-get install iipimage-server lighttpd curl
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$(cd "$here/../../../../bundles/decoder.tiff/src/test/resources/fixtures" && pwd)
work=$(mktemp -d)
trap 'kill $(cat "$work/lighttpd.pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$work/lighttpd.conf" <<CONF
server.document-root = "$work"
server.bind = "127.0.0.1"
server.port = $port
server.pid-file = "$work/lighttpd.pid"
server.errorlog = "$work/error.log"
server.modules = ("mod_fastcgi")
fastcgi.server = ("/fcgi-bin/iipsrv.fcgi" => ((
    "bin-path" => "/usr/lib/iipimage-server/iipsrv.fcgi",
    "socket" => "$work/iipsrv.sock",
    "check-local" => "disable",
    "max-procs" => 1,
    "bin-environment" => ("FILESYSTEM_PREFIX" => "$fixtures/", "VERBOSITY" => "0")
)))
CONF
lighttpd -f "$work/lighttpd.conf"
url="http://127.0.0.1:$port/fcgi-bin/iipsrv.fcgi"
for _ in $(seq 1 100); do
    curl -sf -o /dev/null "$url?FIF=tif-rgb-lzw-500x350-tile128-pyramid.tif&OBJ=Max-size" && break
    sleep 0.05
done
grep -v '^#' "$here/cases.txt" | while IFS='|' read -r name fixture commands; do
    curl -gsf -o "$here/$name.jpg" "$url?FIF=$fixture&$commands&QLT=100&CVT=jpeg" \
        || { echo "iipsrv failed on $name" >&2; rm -f "$here/$name.jpg"; }
done
ls "$here"/*.jpg | wc -l
