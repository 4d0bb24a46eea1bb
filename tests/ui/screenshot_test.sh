#!/usr/bin/env bash
# screenshot_test.sh IDLEFLEET IMAGECHECK OUT.png PAGE LANGUAGE THEME [ACCOUNT]
# Renders one page in demo mode and fails on an error page or a blank image. The page is drawn
# under Xvfb with OpenGL (Mesa), as the app draws for its users, when Xvfb is installed. A new
# demo world starts at $IDLEFLEET_WORLD_START (what the pictures show never depends on the hour).
set -euo pipefail
app=$1 check=$2 out=$3 page=$4 language=$5 theme=$6 account=${7:-owner}
rm -f "$out"
mkdir -p "$(dirname "$out")"
run=("$app" --demo --as "$account" --screenshot "$out" --page "$page" --language "$language"
     --theme "$theme" --world-start "${IDLEFLEET_WORLD_START:?IDLEFLEET_WORLD_START must name the world start instant}")
if command -v xvfb-run >/dev/null 2>&1; then
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"
else
  "${run[@]}"
fi
"$check" "$out" --theme "$theme"
echo "screenshot: $out"
