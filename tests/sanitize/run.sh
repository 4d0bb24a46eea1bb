#!/usr/bin/env bash
# run.sh [address|thread]: builds the app, idlefleetd and idlefleetctl under a sanitizer (preset
# `sanitize`: ASan with UBSan, the default; `sanitize-thread`: TSan) and runs them the way a
# person and the tests do: a screenshot of every page in each demo role, the self-test, the demo
# lifecycle twice, and a short idlefleetd session driven by idlefleetctl. Exits non-zero on any
# sanitizer report (printed at the end) or any failed run. See tests/README.md, "Sanitizers".
#
# Environment: JOBS (parallel build jobs, default 2), SANITIZE_KEEP=1 keeps the work folder.
set -euo pipefail

kind=${1:-address}
case "$kind" in
  address) preset=sanitize ;;
  thread) preset=sanitize-thread ;;
  *) echo "usage: $0 [address|thread]" >&2; exit 2 ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build="$source_dir/build/$preset"
bin="$build/bin"

cd "$source_dir"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --parallel "${JOBS:-2}" --target idlefleet idlefleetd idlefleetctl

work=$(mktemp -d "${TMPDIR:-/tmp}/idlefleet-sanitize.XXXXXX")
logs="$work/reports"
mkdir -p "$logs"
backend_pid=
cleanup() {
  if [ -n "$backend_pid" ]; then kill "$backend_pid" 2>/dev/null || true; fi
  if [ "${SANITIZE_KEEP:-0}" = 1 ]; then echo "work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# Every report goes to a file of its own (log_path.PID), also those of an idlefleetd the app
# starts, so a report cannot hide in a child's stderr.
asan_base="log_path=$logs/asan:check_initialization_order=1"
# Leaks are told apart by their stacks (lsan.supp), and a stack through Qt or OpenSSL (built
# without frame pointers) needs the exact unwinder, which makes the app four times slower. So
# the screenshots check memory errors only; the self-tests (every page), the lifecycle and the
# client runs check leaks too.
asan_leaks="$asan_base:detect_leaks=1:fast_unwind_on_malloc=0:malloc_context_size=12"
export ASAN_OPTIONS="$asan_leaks"
# idlefleetd (also the one the app starts) keeps the fast unwinder: with the exact one, building
# the 2,000-car demo world outlasts the app's start timeout.
printf '#!/bin/sh\nASAN_OPTIONS="%s" exec "%s" "$@"\n' "$asan_base:detect_leaks=1" \
  "$bin/idlefleetd" >"$work/idlefleetd"
chmod +x "$work/idlefleetd"
export IDLEFLEETD="$work/idlefleetd"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="log_path=$logs/ubsan:print_stacktrace=1:halt_on_error=0"
# die_after_fork=0: QProcess forks a process that already runs threads to start idlefleetd; the
# child only execs, which TSan cannot tell from a child that goes on running threads.
export TSAN_OPTIONS="log_path=$logs/tsan:suppressions=$here/tsan.supp:second_deadlock_stack=1:print_suppressions=0:die_after_fork=0"
if [ "$kind" = thread ]; then
  # The QML JIT writes code that TSan cannot follow; the interpreter runs the same QML.
  export QV4_FORCE_INTERPRETER=1
fi
export QT_QPA_PLATFORM=offscreen
# A page under a sanitizer loads several times slower than the app's 120 s allow.
export IDLEFLEET_PAGE_TIMEOUT_S=${IDLEFLEET_PAGE_TIMEOUT_S:-900}
# ...and building the 2,002-car demo world than its 90 s.
export IDLEFLEET_DEMO_START_TIMEOUT_S=${IDLEFLEET_DEMO_START_TIMEOUT_S:-900}
export IDLEFLEETD_DEAD_SPOTS=off
unset DISPLAY WAYLAND_DISPLAY

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Runs a command with HOME and the XDG folders in `$1` (a folder of this run's own).
in_home() {
  local home=$1; shift
  mkdir -p "$home"
  HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" "$@"
}

# The same, as the process itself (for `&`: $! is then the program's pid, not a subshell's, so
# that SIGTERM reaches it).
in_home_exec() {
  local home=$1; shift
  mkdir -p "$home"
  HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" exec "$@"
}

# The pid that holds a demo folder's lock, if that process lives.
served() {
  local lock="$1/idlefleetd.lock" p
  [ -f "$lock" ] || return 1
  p=$(head -1 "$lock")
  kill -0 "$p" 2>/dev/null && echo "$p"
}

# app HOME NAME ARGS...: one run of the app, its output kept as NAME.log. LEAKS=0 in the
# environment checks memory errors only.
app() {
  local home=$1 name=$2 options=$ASAN_OPTIONS
  shift 2
  if [ "${LEAKS:-1}" = 0 ]; then options="$asan_base:detect_leaks=0"; fi
  mkdir -p "$home/runtime" && chmod 700 "$home/runtime"
  if ASAN_OPTIONS="$options" in_home "$home" "$bin/idlefleet" "$@" >"$work/$name.log" 2>&1; then
    echo "ok: idlefleet $*"
  else
    fail "idlefleet $* exited $? (log: $work/$name.log)"
    tail -20 "$work/$name.log" >&2
  fi
}

# 1. A picture of every page in each role (pages as Navigation::pagesFor lists them).
declare -A role_pages=(
  [owner]="Dashboard Policy Earnings Access Onboarding Settings Diagnostics"
  [fleet]="Fleet FleetTable FleetBulk Dashboard Earnings Diagnostics Access Settings"
  [support]="Diagnostics Settings"
)
for role in owner fleet support; do
  for page in ${role_pages[$role]}; do
    LEAKS=0 app "$work/home-pages" "$role-$page" --demo --as "$role" --page "$page" \
      --screenshot "$work/$role-$page.png"
  done
done

# 2. The self-test in each role.
for role in owner fleet support; do
  app "$work/home-pages" "self-test-$role" --demo --as "$role" --self-test
done

# 3. The demo lifecycle, twice on a fresh home: the app starts its own idlefleetd and stops it
# on exit; the second start brings the same world up again.
demo="$work/home-lifecycle/data/idlefleet/demo"
for round in 1 2; do
  app "$work/home-lifecycle" "lifecycle-$round" --demo --screenshot "$work/lifecycle-$round.png"
  if p=$(served "$demo"); then fail "round $round left its idlefleetd (pid $p) running"; fi
done
# A backend someone else started for the folder is reused and left running.
in_home_exec "$work/home-lifecycle" "$IDLEFLEETD" --data "$demo" --listen 127.0.0.1:0 \
  --demo-world >"$work/reused.out" 2>"$work/reused.err" &
backend_pid=$!
for _ in $(seq 9000); do [ -s "$work/reused.out" ] && break; sleep 0.1; done
app "$work/home-lifecycle" "lifecycle-reuse" --demo --screenshot "$work/lifecycle-reuse.png"
kill -0 "$backend_pid" 2>/dev/null || fail "the app stopped an idlefleetd it did not start"
kill -TERM "$backend_pid" 2>/dev/null || true
wait "$backend_pid" || fail "idlefleetd (reused) exited $? on SIGTERM"
backend_pid=

# 4. A short idlefleetd session, driven by idlefleetctl.
home="$work/home-backend"
mkdir -p "$home"
in_home_exec "$home" "$IDLEFLEETD" --data "$home/backend" --listen 127.0.0.1:0 --demo-world \
  --world-size 50 >"$work/backend.out" 2>"$work/backend.err" &
backend_pid=$!
for _ in $(seq 9000); do [ -s "$work/backend.out" ] && break; sleep 0.1; done
if [ -s "$work/backend.out" ]; then
  url=$(sed -E 's/.*"url": ?"([^"]+)".*/\1/' "$work/backend.out")
  pin=$(sed -E 's/.*"spki_sha256": ?"([^"]+)".*/\1/' "$work/backend.out")
  ctl() {
    if in_home "$home" "$bin/idlefleetctl" "$@" >"$work/ctl-last.out" 2>>"$work/ctl.log"; then
      echo "ok: idlefleetctl $*"
    else
      fail "idlefleetctl $* exited $? (log: $work/ctl.log)"
    fi
  }
  IDLEFLEET_PASSWORD=demo-owner ctl --server "$url" --pin "$pin" login alex@example.com
  ctl vehicles
  ctl --json vehicles
  vehicle=$(grep -oE '"id": ?"[^"]+"' "$work/ctl-last.out" | head -1 | sed -E 's/.*"([^"]+)"$/\1/' || true)
  if [ -n "$vehicle" ]; then
    ctl status "$vehicle"
    ctl policy get "$vehicle"
    ctl events "$vehicle"
    ctl audit "$vehicle"
    ctl support-bundle "$vehicle" --output "$work/bundle.json"
  else
    fail "idlefleetctl --json vehicles named no car"
  fi
  ctl logout
  IDLEFLEET_PASSWORD=demo-fleet ctl --server "$url" --pin "$pin" login fleet@example.com
  ctl fleet list
  ctl logout
else
  fail "idlefleetd did not start (log: $work/backend.err)"
fi
kill -TERM "$backend_pid" 2>/dev/null || true
wait "$backend_pid" || fail "idlefleetd exited $? on SIGTERM"
backend_pid=

# Every report, whichever process wrote it.
reports=$(find "$logs" -type f -size +0 | sort)
if [ -n "$reports" ]; then
  for report in $reports; do
    echo "==== $(basename "$report")" >&2
    cat "$report" >&2
  done
  fail "$(echo "$reports" | wc -l) sanitizer report file(s)"
fi
if [ "$failures" -ne 0 ]; then
  echo "sanitize ($kind): $failures failure(s)" >&2
  exit 1
fi
echo "sanitize ($kind): no reports"
