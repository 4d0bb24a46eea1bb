#!/usr/bin/env bash
# ctl_policy_test.sh IDLEFLEETCTL: `windows` and `eligible` as spec/policy.md writes them.
set -uo pipefail
ctl=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

cat > "$dir/berlin.json" <<'JSON'
{"enabled": true, "timeZone": "Europe/Berlin", "windows": [{"startMinute": 60, "endMinute": 180}]}
JSON
cat > "$dir/state.json" <<'JSON'
{"socPercent": 62.5, "pluggedIn": true, "driving": false, "contributing": false,
 "chipTempC": 55, "energyTodayWh": "1200",
 "marketRateMicrosPerHour": "300000", "computePowerWatts": 1000}
JSON

out=$("$ctl" windows --policy "$dir/berlin.json" --from 2026-03-28T12:00:00Z --to 2026-03-29T12:00:00Z)
expected='{"windows": [{"start": "2026-03-29T00:00:00Z", "end": "2026-03-29T01:00:00Z"}]}'
[ "$out" = "$expected" ] || fail "windows printed $out"

out=$("$ctl" eligible --policy "$dir/berlin.json" --state "$dir/state.json" --at 2026-03-29T00:30:00Z)
[ "$out" = '{"eligible": true, "reasons": []}' ] || fail "eligible inside the window printed $out"
out=$("$ctl" eligible --policy "$dir/berlin.json" --state "$dir/state.json" --at 2026-03-29T01:30:00+02:00)
[ "$out" = '{"eligible": false, "reasons": ["outside_schedule"]}' ] || fail "eligible with an offset printed $out"

# Bad input: exit 2, nothing on stdout, one line on stderr naming the problem.
expect_bad() {
  local want=$1; shift
  local out err status lines
  out=$("$ctl" "$@" 2>"$dir/err"); status=$?
  err=$(cat "$dir/err"); lines=$(grep -c '' "$dir/err")
  [ "$status" -eq 2 ] || fail "$* exited $status: $err"
  [ -z "$out" ] || fail "$* printed on stdout: $out"
  [ "$lines" -eq 1 ] || fail "$* printed $lines lines on stderr"
  grep -qF -- "$want" "$dir/err" || fail "$* said '$err', not '$want'"
}
printf '{"timeZone": "UTC", "windows": [{}, {"startMinute": 1500}]}' > "$dir/bad.json"
expect_bad "policy.windows[1].startMinute: 1500 is out of range 0..1439" \
  windows --policy "$dir/bad.json" --from 2026-03-28T12:00:00Z --to 2026-03-29T12:00:00Z
printf '{"chipTempC": "NaN"}' > "$dir/nan.json"
expect_bad "state.chipTempC: NaN is not a finite number" \
  eligible --policy "$dir/berlin.json" --state "$dir/nan.json" --at 2026-03-29T00:30:00Z
expect_bad "--from" windows --policy "$dir/berlin.json" --from 2026-03-29 --to 2026-03-30T00:00:00Z
expect_bad "must be before" windows --policy "$dir/berlin.json" --from 2026-03-29T12:00:00Z --to 2026-03-29T12:00:00Z
expect_bad "cannot read" windows --policy "$dir/missing.json" --from 2026-03-28T12:00:00Z --to 2026-03-29T12:00:00Z
expect_bad "--at" eligible --policy "$dir/berlin.json" --state "$dir/state.json" --at 2026-03-29T25:00:00Z
head -c 4096 /dev/urandom > "$dir/noise.json"
expect_bad "policy" windows --policy "$dir/noise.json" --from 2026-03-28T12:00:00Z --to 2026-03-29T12:00:00Z

[ "$failures" -eq 0 ] && echo "ctl policy: all checks passed"
exit "$failures"
