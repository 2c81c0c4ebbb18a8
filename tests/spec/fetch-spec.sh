#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the pinned spec tooling (npm ci, cached in the build folder) and extracts the examples.
# Usage: fetch-spec.sh SOURCE_DIR WORK_DIR OUTPUT_JSON
set -euo pipefail
src=$1 work=$2 out=$3
mkdir -p "$work"
cp "$src/package.json" "$src/package-lock.json" "$work/"
if [ ! -d "$work/node_modules/@neondatabase/api-client" ] || ! cmp -s "$src/package-lock.json" "$work/.installed-lock"; then
    (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$src/package-lock.json" "$work/.installed-lock"
fi
node "$src/extract-examples.mjs" "$work/node_modules" "$out"
