#!/usr/bin/env bash
# demo_backend_test.sh IDLEFLEET IDLEFLEETD HOME: the app reuses a backend that serves its demo
# folder and leaves it running; a backend it started itself it stops on exit.
set -euo pipefail
app=$1 backend=$2 home=$3
start=${IDLEFLEET_WORLD_START:?IDLEFLEET_WORLD_START must name the world start instant}
demo="$home/idlefleet/demo"
export XDG_DATA_HOME="$home"
mkdir -p "$demo"
out=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$out"' EXIT

served() { # prints the pid that holds the folder's lock, if its process lives
  [ -f "$demo/idlefleetd.lock" ] || return 1
  local p; p=$(head -1 "$demo/idlefleetd.lock")
  kill -0 "$p" 2>/dev/null && echo "$p"
}

# 1. A backend started by someone else is reused and left running.
rm -f "$out/first-line"
"$backend" --data "$demo" --listen 127.0.0.1:0 --demo-world --world-start "$start" > "$out/first-line" 2>> "$out/idlefleetd.log" &
pid=$!
for _ in $(seq 300); do [ -s "$out/first-line" ] && break; sleep 0.1; done
[ -s "$out/first-line" ] || { echo "FAIL: idlefleetd did not start:" >&2; tail -5 "$out/idlefleetd.log" >&2; exit 1; }
"$app" --demo --world-start "$start" --screenshot "$out/reuse.png"
kill -0 "$pid" || { echo "FAIL: the app stopped a backend it did not start" >&2; exit 1; }
kill "$pid"; wait "$pid" || true
echo "ok: reused the running backend and left it running"

# 2. With none running, the app starts one and stops it on exit.
if served >/dev/null; then echo "FAIL: the folder is still served" >&2; exit 1; fi
"$app" --demo --world-start "$start" --screenshot "$out/own.png"
if p=$(served); then echo "FAIL: the app left its backend (pid $p) running" >&2; exit 1; fi
echo "ok: started its own backend and stopped it"

# 3. A folder whose endpoint file names a dead backend: the app starts a fresh one.
echo '{"url": "https://127.0.0.1:1", "spki_sha256": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}' > "$demo/endpoint.json"
"$app" --demo --world-start "$start" --screenshot "$out/stale.png"
echo "ok: ignored a stale endpoint file"

# 4. A backend that shows another key than the one announced: the app refuses it and says why.
# (The backend the app stopped in 3 may still be saving the world: it holds the folder till then.)
for _ in $(seq 300); do served > /dev/null || break; sleep 0.1; done
! served > /dev/null || { echo "FAIL: the backend of step 3 still holds the folder after 30 s" >&2; exit 1; }
rm -f "$out/first-line"
"$backend" --data "$demo" --listen 127.0.0.1:0 --demo-world --world-start "$start" > "$out/first-line" 2>> "$out/idlefleetd.log" &
pid=$!
for _ in $(seq 300); do [ -s "$out/first-line" ] && break; sleep 0.1; done
[ -s "$out/first-line" ] || { echo "FAIL: idlefleetd did not start again:" >&2; tail -5 "$out/idlefleetd.log" >&2; exit 1; }
sleep 0.2
url=$(sed -E 's/.*"url": ?"([^"]+)".*/\1/' "$out/first-line")
echo "{\"url\": \"$url\", \"spki_sha256\": \"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}" > "$demo/endpoint.json"
set +e
"$app" --demo --world-start "$start" --screenshot "$out/mismatch.png" 2> "$out/mismatch.err"
status=$?
set -e
kill "$pid"; wait "$pid" || true
[ "$status" -eq 1 ] || { echo "FAIL: a wrong key gave exit status $status" >&2; exit 1; }
grep -q "different security key" "$out/mismatch.err" \
  || { echo "FAIL: no clear message for a wrong key:" >&2; cat "$out/mismatch.err" >&2; exit 1; }
echo "ok: refused a backend whose key differs from the announced pin"

# 5. SIGTERM (a logout, `kill`) ends the app cleanly, and its backend with it.
"$app" --demo --world-start "$start" &
apppid=$!
for _ in $(seq 100); do served >/dev/null && break; sleep 0.1; done
served >/dev/null || { echo "FAIL: the app did not start its backend" >&2; exit 1; }
sleep 0.5
kill -TERM "$apppid"
set +e; wait "$apppid"; status=$?; set -e
[ "$status" -eq 0 ] || { echo "FAIL: the app exited $status on SIGTERM" >&2; exit 1; }
if p=$(served); then echo "FAIL: SIGTERM left the backend (pid $p) running" >&2; exit 1; fi
echo "ok: SIGTERM stops the app and the backend it started"

# 6. An app that dies without a word (SIGKILL, a crash) takes the backend it started with it.
"$app" --demo --world-start "$start" &
apppid=$!
for _ in $(seq 100); do served >/dev/null && break; sleep 0.1; done
backendpid=$(served) || { echo "FAIL: the app did not start its backend" >&2; exit 1; }
sleep 0.5
kill -KILL "$apppid"
wait "$apppid" 2>/dev/null || true
# Within 2 s (SIGTERM from the kernel), not at its next write to the closed pipe.
for _ in $(seq 20); do kill -0 "$backendpid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$backendpid" 2>/dev/null; then
  kill "$backendpid"
  echo "FAIL: the backend (pid $backendpid) outlived the app killed with SIGKILL" >&2; exit 1
fi
echo "ok: a killed app leaves no backend behind"

# 7. One app per person: a second start brings the first one's window to the front and ends at
#    once; a socket a killed app left behind (step 6) does not stop the next one from starting.
export XDG_CONFIG_HOME="$out/config"
"$app" --demo --world-start "$start" &
apppid=$!
pid=$apppid
for _ in $(seq 100); do served >/dev/null && break; sleep 0.1; done
served >/dev/null || { echo "FAIL: the app did not start its backend" >&2; exit 1; }
set +e
second=$(timeout 20 "$app" --demo --world-start "$start" 2>&1); status=$?
set -e
[ "$status" -eq 0 ] || { echo "FAIL: a second start exited $status: $second" >&2; exit 1; }
grep -q "already running" <<<"$second" \
  || { echo "FAIL: a second start did not say the app runs: $second" >&2; exit 1; }
kill -0 "$apppid" || { echo "FAIL: the first app ended when the second started" >&2; exit 1; }
kill -KILL "$apppid"; wait "$apppid" 2>/dev/null || true
for _ in $(seq 20); do served >/dev/null || break; sleep 0.1; done
"$app" --demo --world-start "$start" &
apppid=$!
pid=$apppid
for _ in $(seq 100); do served >/dev/null && break; sleep 0.1; done
kill -0 "$apppid" 2>/dev/null \
  || { echo "FAIL: the app did not start after one was killed (its socket left behind)" >&2; exit 1; }
kill -TERM "$apppid"; wait "$apppid" 2>/dev/null || true
echo "ok: a second start hands over to the running app; a killed one's socket is taken over"
