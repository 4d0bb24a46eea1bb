#!/usr/bin/env bash
# keychain_test.sh TEST_BINARY: runs the test on a private D-Bus session with GNOME Keyring's
# Secret Service unlocked in a throwaway home, as on a desktop where a keychain runs.
set -euo pipefail
test_binary=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
inner=$(cat <<'INNER'
set -euo pipefail
printf 'idlefleet-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
# The daemon takes its name on the bus a moment after it returns: wait for it (10 s at most).
for _ in $(seq 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
       grep -q 'boolean true'; then
    break
  fi
  sleep 0.1
done
exec "$0"
INNER
)
exec dbus-run-session -- bash -c "$inner" "$test_binary"
