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

# plan: a weekday night at the off-peak price, per docs/plan.md.
cat > "$dir/spec.json" <<'JSON'
{"enabled": true, "timeZone": "Europe/Berlin",
 "windows": [{"daysMask": 31, "startMinute": 1320, "endMinute": 360},
             {"daysMask": 96, "startMinute": 0, "endMinute": 1440}],
 "minSocPercent": 40, "resumeSocPercent": 45, "requirePluggedIn": true,
 "tariff": {"currency": "EUR", "defaultPriceMicrosPerKwh": "320000",
            "periods": [{"daysMask": 127, "startMinute": 0, "endMinute": 360,
                         "priceMicrosPerKwh": "120000", "offPeak": true}]},
 "maxPriceMicrosPerKwh": "250000", "requireProfitable": true,
 "departures": [{"daysMask": 31, "minute": 450, "socPercent": 70}]}
JSON
cat > "$dir/profile.json" <<'JSON'
{"batteryCapacityWh": "75000", "chargerWatts": 11000, "computeWatts": 1000, "socPercent": 60,
 "plugInMinute": 1110, "departureMinute": 450, "awayDaysMask": 31, "tripWh": "9000"}
JSON
cat > "$dir/market.json" <<'JSON'
{"currency": "EUR", "ownerSharePercent": 70,
 "rates": [{"start": "2026-11-23T00:00:00Z", "grossMicrosPerHour": "380000"}]}
JSON
out=$("$ctl" plan --policy "$dir/spec.json" --profile "$dir/profile.json" --market "$dir/market.json" --from 2026-11-23 --days 2)
grep -qF '{"start": "2026-11-23T23:00:00Z", "end": "2026-11-24T05:00:00Z", "energyWh": 6000, "costMicros": 720000, "grossMicros": 2280000, "ownerMicros": 1596000, "netMicros": 876000, "solarWh": 0, "gridWh": 6000, "carbonGrams": 0, "carbonUnknownWh": 6000}' <<<"$out" \
  || fail "plan printed $out"
grep -qF '"from": "2026-11-22T23:00:00Z", "to": "2026-11-24T23:00:00Z"' <<<"$out" || fail "plan range: $out"
printf '{"currency": "USD", "ownerSharePercent": 70}' > "$dir/usd.json"
expect_bad "market.currency: USD differs from the tariff's EUR" \
  plan --policy "$dir/spec.json" --profile "$dir/profile.json" --market "$dir/usd.json" --from 2026-11-23
printf '{"batteryCapacityWh": "75000", "chargerWatts": -1}' > "$dir/badprofile.json"
expect_bad "profile.chargerWatts: -1 is out of range 0..350000" \
  plan --policy "$dir/spec.json" --profile "$dir/badprofile.json" --market "$dir/market.json" --from 2026-11-23
# plan with the home's solar surplus and the grid's carbon (spec/policy.md, energy-aware): only
# the sunny hours with solarOnly, priced at the feed-in, with no grid energy and no carbon.
cat > "$dir/solar.json" <<'JSON'
{"enabled": true, "timeZone": "Europe/Berlin", "solarOnly": true,
 "tariff": {"currency": "EUR", "defaultPriceMicrosPerKwh": "300000", "feedInMicrosPerKwh": "80000"}}
JSON
cat > "$dir/sunny.json" <<'JSON'
{"batteryCapacityWh": "75000", "chargerWatts": 11000, "computeWatts": 1000, "socPercent": 80,
 "plugInMinute": 1110, "departureMinute": 1110,
 "solarSurplus": [{"start": "2026-06-22T08:00:00Z", "watts": 2500},
                  {"start": "2026-06-22T15:00:00Z", "watts": 0}],
 "gridCarbon": [{"start": "2026-06-22T00:00:00Z", "gramsPerKwh": 380}]}
JSON
printf '{"currency": "EUR", "ownerShareBasisPoints": 7000, "rates": [{"start": "2026-06-22T00:00:00Z", "grossMicrosPerHour": "380000"}]}' > "$dir/points.json"
out=$("$ctl" plan --policy "$dir/solar.json" --profile "$dir/sunny.json" --market "$dir/points.json" --from 2026-06-22 --days 1)
grep -qF '{"start": "2026-06-22T08:00:00Z", "end": "2026-06-22T15:00:00Z", "energyWh": 7000, "costMicros": 560000, "grossMicros": 2660000, "ownerMicros": 1862000, "netMicros": 1302000, "solarWh": 7000, "gridWh": 0, "carbonGrams": 0, "carbonUnknownWh": 0}' <<<"$out" \
  || fail "solar plan printed $out"
printf '{"batteryCapacityWh": "75000", "gridCarbon": [{"start": "2026-06-22T00:00:00Z", "gramsPerKwh": 9000}]}' > "$dir/badcarbon.json"
expect_bad "profile.gridCarbon[0].gramsPerKwh: 9000 is out of range 0..5000" \
  plan --policy "$dir/solar.json" --profile "$dir/badcarbon.json" --market "$dir/points.json" --from 2026-06-22
expect_bad "--days" plan --policy "$dir/spec.json" --profile "$dir/profile.json" --market "$dir/market.json" --from 2026-11-23 --days 40

[ "$failures" -eq 0 ] && echo "ctl policy: all checks passed"
exit "$failures"
