#!/usr/bin/env bash
# translations_test.sh LRELEASE TS_DIR: every language but English is fully translated.
set -uo pipefail
lrelease=$1 dir=$2
failures=0
for language in de fr es ja ru; do
  ts="$dir/idlefleet_$language.ts"
  report=$("$lrelease" "$ts" -qm /dev/null 2>&1)
  unfinished=$(grep -c 'type="unfinished"' "$ts")
  if [ "$unfinished" -ne 0 ] || grep -q "untranslated" <<<"$report"; then
    echo "FAIL: $language has $unfinished unfinished entries: $report" >&2
    failures=$((failures + 1))
  else
    echo "ok: $language: $(tail -1 <<<"$report" | sed 's/^ *//')"
  fi
done
exit "$failures"
