#!/usr/bin/env bash
# reports_postgres_bench.sh IDLEFLEETD HTTP_LOAD POSTGRES_SH: the issue's telemetry load on two
# idlefleetd instances sharing one PostgreSQL server (durable: fsync and synchronous commit on):
# 10,000 cars' telematics units reporting every 10 s = 1,000 reports/s, half to each instance,
# each with its own device credential over TLS keep-alive on loopback. Prints each instance's
# p99, held to < 50 ms, and the rows a second the database took.
set -euo pipefail
backend=$1 load=$2 postgres=$3
dir=$(mktemp -d)
pg=/tmp/idlefleet-bench-postgres-$$
chmod 0755 "$dir"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "$postgres" stop "$pg" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
base=$(POSTGRES_DURABLE=1 "$postgres" start "$pg")
url=${base/\/postgres\?/\/idlefleet_bench?}
psql "$base" -qc "CREATE DATABASE idlefleet_bench"

started=$(date +%s.%N)
"$backend" --data "$dir/first" --database "$url" --demo-world --world-size 10000 \
    --backfill-days 1 --provision-devices "$dir/devices.jsonl" > "$dir/first.line" 2> "$dir/first.log" &
pids+=($!)
for _ in $(seq 3000); do [ -s "$dir/first.line" ] && break; sleep 0.1; done
[ -s "$dir/first.line" ] || { tail -5 "$dir/first.log"; exit 1; }
echo "reports_postgres_bench: a 10,002-car world with device credentials on PostgreSQL ready in $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}') s"
mkdir -m 0700 "$dir/second"
cp "$dir/first/tls-key.pem" "$dir/first/tls-cert.pem" "$dir/second/"
"$backend" --data "$dir/second" --database "$url" > "$dir/second.line" 2> "$dir/second.log" &
pids+=($!)
for _ in $(seq 600); do [ -s "$dir/second.line" ] && break; sleep 0.1; done
[ -s "$dir/second.line" ] || { tail -5 "$dir/second.log"; exit 1; }
first=$(sed -E 's/.*"url": "([^"]+)".*/\1/' "$dir/first.line")
second=$(sed -E 's/.*"url": "([^"]+)".*/\1/' "$dir/second.line")
pin=$(sed -E 's/.*"spki_sha256": "([^"]+)".*/\1/' "$dir/first.line")

rows() {
  psql "$url" -Atc "SELECT sum(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables"
}
"$load" "$first" "$pin" --connections 50 --seconds 3 --reports "$dir/devices.jsonl" > "$dir/warm.out" || echo "reports_postgres_bench: warm-up: $(cat "$dir/warm.out")"
# The run spans the end of a minute (the world runs on the wall clock here), when the leader
# commits the minute's state of every car and the follower reads it back: the worst moment. Both
# generators connect first and start measuring together, at second :50.
while [ "$(date -u +%S)" != "47" ]; do sleep 0.2; done
start=$(( ($(date +%s) + 3) * 1000 ))
before=$(rows)
"$load" "$first" "$pin" --connections 100 --rate 500 --seconds 15 --reports "$dir/devices.jsonl" \
  --start-at "$start" --by-second > "$dir/first.out" 2> "$dir/first.seconds" &
a=$!
# Each car reports to one instance at a time: the second starts halfway through the cars, so
# within the run no car reports to both (as behind a load balancer that keeps a car on one).
"$load" "$second" "$pin" --connections 100 --rate 500 --seconds 15 --reports "$dir/devices.jsonl" \
  --from-car 5001 --start-at "$start" --by-second > "$dir/second.out" 2> "$dir/second.seconds" &
b=$!
wait $a $b || true
sleep 1
after=$(rows)
echo "first instance:  $(cat "$dir/first.out")"
echo "second instance: $(cat "$dir/second.out")"
echo "each second (first instance | second instance):"
paste -d'|' "$dir/first.seconds" "$dir/second.seconds" | sed 's/http_load: //g'
echo "reports_postgres_bench: the database took $(( (after - before) / 15 )) rows/s (inserts, updates and deletes; pg_stat_user_tables)"
worst=0
for out in "$dir/first.out" "$dir/second.out"; do
  p99=$(sed -E 's/.*p99 ([0-9.]+) ms.*/\1/' "$out")
  worst=$(awk -v a="$worst" -v b="$p99" 'BEGIN {print (b > a) ? b : a}')
done
echo "reports_postgres_bench: worst p99 at 2 x 500 reports/s is ${worst} ms; held to < 50 ms: ratio $(awk -v p="$worst" 'BEGIN {printf "%.3f", p / 50}')"
awk -v p="$worst" 'BEGIN {exit !(p < 50)}'
