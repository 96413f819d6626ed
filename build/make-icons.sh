#!/usr/bin/env sh
# Renders build/icon.svg to the PNGs electron-builder packages (Debian:
# `apt-get install librsvg2-bin`). The PNGs are committed, so this runs only
# when the icon changes.
set -eu
cd "$(dirname "$0")"
mkdir -p icons
for size in 512 256 128 64 32 16; do
  rsvg-convert --width "$size" --height "$size" --background-color none icon.svg > "icons/${size}x${size}.png"
done
cp icons/512x512.png icon.png
