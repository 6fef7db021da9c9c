#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Runs the official IIIF Image API validator (github.com/IIIF/image-validator, a checkout of it: it is on
# neither Maven Central nor Debian, so this is not part of the tests) against the built server, at compliance
# level 2, for its test image as a pyramid TIFF, a JPEG 2000 file and a PNG, through every IIIF address:
# /iiif/3 and /iiif (3.0), iipsrv's ?IIIF= (3.0), /iiif/2 (2.0) and /iiif/1 (1.1).
# Needs vips, curl and Debian's python3-bottle, python3-magic, python3-lxml and python3-pil for /usr/bin/python3.
# Usage: distribution/conformance/iiif-validator.sh VALIDATOR_DIR [gigatile.jar]
set -euo pipefail
validator=$(cd "${1:?usage: $0 VALIDATOR_DIR [gigatile.jar]}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
jar=${2:-$here/../target/gigatile.jar}
id=67352ccc-d1b0-11e1-89ae-279075081939
work=$(mktemp -d)
trap 'rc=$?; kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; rm -rf "$work"; exit $rc' EXIT
mkdir "$work/images"
vips tiffsave "$validator/html/$id.png" "$work/images/$id.tif" --tile --pyramid --compression jpeg --Q 90 \
    --tile-width 256 --tile-height 256
cp "$validator/html/$id.jp2" "$validator/html/$id.png" "$work/images/"
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd "$work" && FILESYSTEM_PREFIX="$work/images/" exec java -jar "$jar" --bind "127.0.0.1:$port" > "$work/log" 2>&1) &
pid=$!
for _ in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/iiif/3/$id.tif/info.json" && break
    sleep 0.1
done
failed=0
for file in "$id.tif" "$id.jp2" "$id.png"; do
    for run in "3.0 iiif/3" "3.0 iiif" "3.0 fcgi-bin/iipsrv.fcgi?IIIF=" "2.0 iiif/2" "1.1 iiif/1"; do
        read -r version prefix <<< "$run"
        out=$(cd "$validator" && /usr/bin/python3 iiif-validate.py -s "127.0.0.1:$port" -p "$prefix" -i "$file" \
            --version="$version" --level=2 2>&1 || true)
        echo "$file $version /$prefix: $(echo "$out" | grep -E '^Done' || echo 'no summary')"
        echo "$out" | grep -A7 ' FAIL$' || true
        echo "$out" | grep -q ', 0 failures)' || failed=$((failed + 1))
    done
done
echo "runs with failures: $failed"
exit $(( failed > 0 ))
