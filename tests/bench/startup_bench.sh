#!/usr/bin/env bash
# startup_bench.sh IDLEFLEET HOME [RUNS]: start-up of the app in demo mode, warm demo world.
# Prints each run and the median of: first frame, first frame with data, peak memory.
# The figure it is held to: first frame with data under 2,000 ms on the 2-core reference machine.
set -euo pipefail
app=$1 home=$2 runs=${3:-5}
export XDG_DATA_HOME="$home" QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} QT_QUICK_BACKEND=software
export IDLEFLEET_STARTUP_REPORT=1
"$app" --demo >/dev/null   # warm-up: creates the demo world if it is new
first=() data=() rss=()
for i in $(seq "$runs"); do
  line=$("$app" --demo)
  echo "run $i: $line"
  first+=("$(sed -E 's/.*"first_frame_ms": ([0-9]+).*/\1/' <<<"$line")")
  data+=("$(sed -E 's/.*"first_data_frame_ms": ([0-9]+).*/\1/' <<<"$line")")
  rss+=("$(sed -E 's/.*"peak_rss_kib": ([0-9]+).*/\1/' <<<"$line")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m_first=$(median "${first[@]}") m_data=$(median "${data[@]}") m_rss=$(median "${rss[@]}")
echo "startup: first frame ${m_first} ms, first frame with data ${m_data} ms, peak memory $((m_rss / 1024)) MiB (median of $runs)"
echo "startup: held to first frame with data < 2000 ms: ratio $(awk -v d="$m_data" 'BEGIN {printf "%.2f", d / 2000}')"
[ "$m_data" -lt 2000 ]
