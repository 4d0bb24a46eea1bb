#!/usr/bin/env bash
# tests/anytime/run.sh [BUILD_DIR] [INSTANT...]: runs the default test suite (ctest, benchmarks
# excluded) with the wall clock set, through libfaketime, to instants where the hour or the date
# matters, and once in a far time zone. The suite must pass at every one: tests pin their worlds
# (idlefleetd --world-start) and never read the wall clock's hour, date, zone or locale.
# Needs `faketime` (apt-get install faketime). Each instant is "YYYY-MM-DD hh:mm:ss[ ZONE]" in
# UTC; the clock runs on from there. Prints one line per instant and exits non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
shift || true
instants=("$@")
if [ ${#instants[@]} -eq 0 ]; then
  instants=(
    "2026-11-19 01:50:00"                 # the night (02:50 in Berlin)
    "2026-03-29 00:50:00"                 # Europe's clocks go forward at 01:00 UTC
    "2026-10-25 00:50:00"                 # Europe's clocks go back at 01:00 UTC
    "2026-03-08 06:50:00 America/New_York" # the US clocks go forward at 07:00 UTC
    "2026-11-30 23:50:00 Pacific/Chatham" # a month's end, in a zone 13:45 ahead of UTC
    "2026-12-31 23:50:00"                 # a year's end
  )
fi
command -v faketime >/dev/null || { echo "anytime: needs faketime (apt-get install faketime)" >&2; exit 2; }
jobs=$(nproc 2>/dev/null || echo 2)
failed=0
# A test that crashes leaves a core beside it, named after the run (kept, for gdb).
ulimit -c unlimited 2>/dev/null || true
for entry in "${instants[@]}"; do
  read -r day time zone <<<"$entry"
  zone=${zone:-UTC}
  log="$build/anytime-${day}T${time//:/}-${zone//\//_}.log"
  start=$(date +%s)
  touch "$log.started"
  if TZ=UTC faketime "$day $time" env TZ="$zone" \
       ctest --test-dir "$build" --label-exclude bench --parallel "$jobs" --timeout 600 \
       --output-on-failure \
       >"$log" 2>&1; then
    result=passed
  else
    result=FAILED
    failed=$((failed + 1))
  fi
  summary=$(grep -E 'tests passed|tests failed' "$log" | tail -1)
  find "$build" -type f -name core -newer "$log.started" 2>/dev/null | while read -r core; do
    kept="$core-${day}T${time//:/}"
    mv "$core" "$kept" && echo "anytime: a crash left $kept"
  done
  rm -f "$log.started"
  echo "anytime: $day $time UTC, TZ=$zone: $result ($summary) in $(($(date +%s) - start)) s; log $log"
done
exit "$failed"
