#!/usr/bin/env bash
# Regenerates every icon file from kyosei-vision.svg: PNG 16–512 (the sizes Windows asks for at 100–250 % scaling too) (ImageMagick `convert`), a multi-size .ico
# (Windows installer, window) and an .icns (macOS DMG). The .icns container is written here directly
# ("icns" + length, then one PNG-carrying element per size), so no icnsutils are needed.
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 20 24 32 40 48 64 128 256 512; do
  convert -background none -density 384 kyosei-vision.svg -resize ${s}x${s} -depth 8 kyosei-vision-$s.png
done
convert kyosei-vision-{16,20,24,32,40,48,64,256}.png -depth 8 kyosei-vision.ico
python3 - <<'PY'
import struct
# element types that hold PNG data: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512
# (ic11/ic12/ic13/ic14 are the @2x variants of 16/32/128/256)
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
         ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for t, s in types:
    png = open(f"kyosei-vision-{s}.png", "rb").read()
    body += t.encode("ascii") + struct.pack(">I", len(png) + 8) + png
open("kyosei-vision.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
# the windows' icons (ui.common.AppIcons loads these from the class path; JavaFX gives the title bar, the taskbar
# and Alt+Tab the nearest size: 16/20/24 title bar at 100/125/150 %, 32/40/48 taskbar, 64–256 large views)
for s in 16 20 24 32 40 48 64 128 256; do cp kyosei-vision-$s.png ../src/main/resources/jp/kyoseivision/ui/icons/; done
echo "icons written"
