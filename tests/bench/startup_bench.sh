#!/usr/bin/env bash
# startup_bench.sh IDLEFLEET HOME BARE_WINDOW [RUNS]: start-up of the app in demo mode (warm demo
# world) against a bare Qt Quick window with one ChartView, measured alternately in the same run.
# Prints each run and the medians of first frame, first frame with data and peak memory, and the
# ratios they are held to: first frame within 2x of the bare window, peak memory within 2.5x.
set -euo pipefail
app=$1 home=$2 bare=$3 runs=${4:-5}
export XDG_DATA_HOME="$home" QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} QT_QUICK_BACKEND=software
export IDLEFLEET_STARTUP_REPORT=1
"$app" --demo >/dev/null   # warm-up: creates the demo world if it is new
"$bare" >/dev/null
field() { sed -E "s/.*\"$1\": ([0-9]+).*/\1/" <<<"$2"; }
first=() data=() rss=() bfirst=() brss=()
for i in $(seq "$runs"); do
  line=$("$app" --demo)
  bline=$("$bare")
  echo "run $i: app $line; bare $bline"
  first+=("$(field first_frame_ms "$line")")
  data+=("$(field first_data_frame_ms "$line")")
  rss+=("$(field peak_rss_kib "$line")")
  bfirst+=("$(field first_frame_ms "$bline")")
  brss+=("$(field peak_rss_kib "$bline")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m_first=$(median "${first[@]}") m_data=$(median "${data[@]}") m_rss=$(median "${rss[@]}")
b_first=$(median "${bfirst[@]}") b_rss=$(median "${brss[@]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "startup: app first frame ${m_first} ms, first frame with data ${m_data} ms, peak memory $((m_rss / 1024)) MiB (median of $runs)"
echo "startup: bare window with one ChartView: first frame ${b_first} ms, peak memory $((b_rss / 1024)) MiB"
r_first=$(ratio "$m_first" "$b_first") r_data=$(ratio "$m_data" "$b_first") r_rss=$(ratio "$m_rss" "$b_rss")
echo "startup: first frame ${r_first}x the bare window (held to 2x), first frame with data ${r_data}x, peak memory ${r_rss}x (held to 2.5x)"
awk -v f="$r_first" -v m="$r_rss" 'BEGIN {exit !(f <= 2 && m <= 2.5)}'
