#!/usr/bin/env bash
# screenshot_test.sh IDLEFLEET IMAGECHECK OUT.png PAGE LANGUAGE THEME
# Renders one page in demo mode and fails on an error page or a blank image.
set -euo pipefail
app=$1 check=$2 out=$3 page=$4 language=$5 theme=$6
rm -f "$out"
mkdir -p "$(dirname "$out")"
"$app" --demo --screenshot "$out" --page "$page" --language "$language" --theme "$theme"
"$check" "$out" --theme "$theme"
echo "screenshot: $out"
