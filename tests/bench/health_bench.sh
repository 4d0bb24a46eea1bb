#!/usr/bin/env bash
# health_bench.sh IDLEFLEETD HTTP_LOAD: does anything hold up idlefleetd's event loop at scale?
# A 20,000-car organisation, its world pinned to 2026-06-15 12:00 UTC. `GET /v1/health` at 200
# requests/s alone, then while at once: a fleet manager has the whole 20,000-car list served
# (1,000 cars a page, sorted by charge), an owner reads 90 days of hourly history and events
# (on the reading threads, Executor::read), and 8 clients from their own addresses sign in
# (on the hashing threads). The health checks' p99 is held to under 20 ms (issue 15).
set -euo pipefail
backend=$1 load=$2
dir=$(mktemp -d)
"$backend" --data "$dir/world" --demo-world --world-size 20000 --backfill-days 90 \
    --world-start 2026-06-15T12:00:00Z > "$dir/line" 2> "$dir/log" &
pid=$!
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$dir"' EXIT
start=$(date +%s.%N)
for _ in $(seq 6000); do [ -s "$dir/line" ] && break; sleep 0.1; done
[ -s "$dir/line" ] || { echo "health_bench: idlefleetd did not start:"; cat "$dir/log"; exit 1; }
echo "health_bench: the 20,000-car world started in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}') s"
url=$(sed -E 's/.*"url": "([^"]+)".*/\1/' "$dir/line")
pin=$(sed -E 's/.*"spki_sha256": "([^"]+)".*/\1/' "$dir/line")

alone=$("$load" "$url" "$pin" --connections 4 --rate 200 --seconds 8 --path /v1/health)
echo "health_bench: health alone: $alone"

"$load" "$url" "$pin" --connections 2 --seconds 16 --login fleet@example.com:demo-fleet \
    --path '/v1/vehicles?page_size=1000&sort=soc' > "$dir/list" &
"$load" "$url" "$pin" --connections 2 --seconds 16 --login alex@example.com:demo-owner \
    --path '/v1/vehicles/veh-alex-1/history?resolution=hour&from=2026-03-17T12:00:00Z&to=2026-06-15T12:00:00Z' \
    > "$dir/history" &
"$load" "$url" "$pin" --connections 2 --seconds 16 --login alex@example.com:demo-owner \
    --path '/v1/vehicles/veh-alex-1/events?from=2026-05-16T12:00:00Z&to=2026-06-15T12:00:00Z' \
    > "$dir/events" &
"$load" "$url" "$pin" --connections 8 --seconds 16 --sign-ins alex@example.com:demo-owner \
    --bind-from 127.0.2.1 > "$dir/sign-ins" &
sleep 3
busy=$("$load" "$url" "$pin" --connections 4 --rate 200 --seconds 10 --path /v1/health)
wait %2 %3 %4 %5 || true
echo "health_bench: the 20,000-car list, 1,000 a page: $(cat "$dir/list")"
echo "health_bench: 90 days of hourly history: $(cat "$dir/history")"
echo "health_bench: 30 days of events: $(cat "$dir/events")"
echo "health_bench: 8 clients signing in: $(cat "$dir/sign-ins")"
echo "health_bench: health meanwhile: $busy"
p99=$(sed -E 's/.*p99 ([0-9.]+) ms.*/\1/' <<<"$busy")
echo "health_bench: health p99 under that load is ${p99} ms; held to < 20 ms: ratio $(awk -v p="$p99" 'BEGIN {printf "%.3f", p / 20}')"
awk -v p="$p99" 'BEGIN {exit !(p < 20)}'
