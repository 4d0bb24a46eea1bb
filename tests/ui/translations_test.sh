#!/usr/bin/env bash
# translations_test.sh LRELEASE TS_DIR: every language but English is fully translated, and
# English has its plural forms ("%n job(s)" reads "1 job", "3 jobs").
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
# English needs a translation only where a count picks the form.
plurals=$(python3 - "$dir/idlefleet_en.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
for message in ET.parse(sys.argv[1]).iter('message'):
    forms = message.findall('translation/numerusform')
    if message.get('numerus') == 'yes' and not all((f.text or '').strip() for f in forms):
        print(message.findtext('source'))
PY
)
if [ -n "$plurals" ]; then
  echo "FAIL: English lacks the plural forms of: $plurals" >&2
  failures=$((failures + 1))
else
  echo "ok: en: every plural has its forms"
fi
exit "$failures"
