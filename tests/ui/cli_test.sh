#!/usr/bin/env bash
# cli_test.sh IDLEFLEET VERSION: the app's command line without a display.
set -uo pipefail
app=$1 version=$2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

out=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$app" --version 2>&1)
[ "$out" = "idlefleet $version" ] || fail "--version printed '$out'"

for args in "--page Nowhere" "--as owner --page Fleet" "--language xx" "--theme purple" "--as admin" "--screenshot a.jpg" "--bogus"; do
  stdout=$("$app" $args 2>/tmp/idlefleet-cli-err.$$); status=$?
  err=$(cat /tmp/idlefleet-cli-err.$$)
  lines=$(grep -c '' /tmp/idlefleet-cli-err.$$ || true)
  [ "$status" -eq 2 ] || fail "'$args' exited $status, not 2"
  [ -z "$stdout" ] || fail "'$args' printed on stdout: $stdout"
  [ "$lines" -eq 1 ] || fail "'$args' printed $lines lines on stderr: $err"
  case "$err" in idlefleet:*) ;; *) fail "'$args' stderr does not name the program: $err" ;; esac
done
rm -f /tmp/idlefleet-cli-err.$$
[ "$failures" -eq 0 ] && echo "cli: all checks passed"
exit "$failures"
