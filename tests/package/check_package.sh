#!/usr/bin/env bash
# check_package.sh BUILD_DIR SOURCE_DIR VERSION: builds the two Debian packages (idlefleet, the
# app and idlefleetctl; idlefleetd, the service) from the tested build and checks them as Debian
# and an operator would: lintian --pedantic, the server's dependencies free of the GUI stack,
# every program's --help and --version from the unpacked files, the manual pages, the systemd
# unit (systemd-analyze verify, security exposure below 4.0), its system user, its config file
# (every option, and the service starting from it), the desktop file and the AppStream metainfo.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 BUILD_DIR SOURCE_DIR VERSION" >&2; exit 2; }
build=$1 source=$2 version=$3
[ -f "$build/CPackConfig.cmake" ] || { echo "FAIL: $build/CPackConfig.cmake not found (configure first)" >&2; exit 1; }
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; fail "cpack"; }
app_deb="$work/out/idlefleet_${version}_amd64.deb"
server_deb="$work/out/idlefleetd_${version}_amd64.deb"
for deb in "$app_deb" "$server_deb"; do
  [ -f "$deb" ] || { ls "$work/out" >&2; fail "$(basename "$deb") was not made"; }
  echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
done

# --- lintian, pedantic: every tag is a failure unless an override in the package justifies it.
if command -v lintian >/dev/null; then
  # A "misspelling" lintian finds in a compiled program with a capital after its first letter
  # (TAHt, tHIe) is machine code that happens to spell a word, not text of ours: the bytes move
  # with every build. Misspelt text (teh, Teh, TEH) still fails.
  report=$(lintian --pedantic --display-info --fail-on none "$app_deb" "$server_deb" 2>&1 |
             grep -v '^running with root privileges is not recommended!$' |
             grep -Ev ': spelling-error-in-binary [^ ]*[a-z][^ ]*[A-Z][^ ]* |: spelling-error-in-binary [^ ]+[A-Z][^ ]*[a-z][^ ]* ' || true)
  if [ -n "$report" ]; then
    echo "$report" >&2
    fail "lintian --pedantic reported the tags above"
  fi
  echo "lintian --pedantic: no tags"
else
  fail "lintian is missing (scripts/setup installs it)"
fi

# --- what each package holds, and what it depends on.
root="$work/root"
dpkg-deb -x "$app_deb" "$root"
dpkg-deb -x "$server_deb" "$root"
app_files=$(dpkg-deb -c "$app_deb" | awk '{print $6}')
server_files=$(dpkg-deb -c "$server_deb" | awk '{print $6}')
for f in ./usr/bin/idlefleet ./usr/bin/idlefleetctl ./usr/libexec/idlefleet/idlefleetd \
         ./usr/share/applications/org.idlefleet.Idlefleet.desktop \
         ./usr/share/metainfo/org.idlefleet.Idlefleet.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.idlefleet.Idlefleet.svg \
         ./usr/share/man/man1/idlefleet.1.gz ./usr/share/man/man1/idlefleetctl.1.gz \
         ./usr/share/bash-completion/completions/idlefleetctl \
         ./usr/share/zsh/vendor-completions/_idlefleetctl \
         ./usr/share/doc/idlefleet/copyright ./usr/share/doc/idlefleet/changelog.gz; do
  grep -qxF "$f" <<<"$app_files" || fail "idlefleet lacks ${f#.}"
done
for f in ./usr/bin/idlefleetd ./lib/systemd/system/idlefleetd.service \
         ./usr/lib/sysusers.d/idlefleetd.conf ./etc/idlefleetd/idlefleetd.conf \
         ./usr/share/man/man8/idlefleetd.8.gz \
         ./usr/share/doc/idlefleetd/copyright ./usr/share/doc/idlefleetd/changelog.gz; do
  grep -qxF "$f" <<<"$server_files" || fail "idlefleetd lacks ${f#.}"
done
grep -q "usr/bin/idlefleet$\|usr/share/applications" <<<"$server_files" \
  && fail "idlefleetd carries the desktop app"
dpkg-deb --ctrl-tarfile "$server_deb" | tar -xO ./conffiles | grep -qx /etc/idlefleetd/idlefleetd.conf \
  || fail "/etc/idlefleetd/idlefleetd.conf is not a conffile"
cmp -s "$source/resources/idlefleet.svg" \
  "$root/usr/share/icons/hicolor/scalable/apps/org.idlefleet.Idlefleet.svg" \
  || fail "the packaged icon differs from resources/idlefleet.svg"
cmp -s "$source/LICENSE" /usr/share/common-licenses/Apache-2.0 \
  || fail "LICENSE is not the Apache License 2.0 the copyright file names"

app_depends=$(dpkg-deb -f "$app_deb" Depends)
server_depends=$(dpkg-deb -f "$server_deb" Depends)
echo "idlefleet Depends: $app_depends"
echo "idlefleet Recommends: $(dpkg-deb -f "$app_deb" Recommends)"
echo "idlefleetd Depends: $server_depends"
grep -q "fonts-noto-cjk" <<<"$(dpkg-deb -f "$app_deb" Recommends)" || fail "idlefleet does not recommend fonts-noto-cjk"
grep -q "qt6-wayland" <<<"$(dpkg-deb -f "$app_deb" Recommends)" || fail "idlefleet does not recommend qt6-wayland"
# The server's dependencies, followed all the way down, reach no graphical library.
gui='^(libqt6gui6|libqt6quick6|libqt6qml6|libqt6widgets6|libgl1|libegl1|libgl1-mesa-dri|libx11-6|libxcb1|libwayland-client0|libgtk-3-0|fontconfig|libfontconfig1|libfreetype6|qt6-qpa-plugins)$'
roots=$(tr ',|' '\n\n' <<<"$server_depends" | sed -E 's/\(.*\)//; s/ //g' | grep -v '^$')
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
            --no-replaces --no-enhances $roots 2>/dev/null | grep -v '^ ' | grep -v '^<' | sort -u)
[ -n "$closure" ] || fail "apt-cache cannot follow idlefleetd's dependencies (no package lists?)"
if grep -Eq "$gui" <<<"$closure"; then
  grep -E "$gui" <<<"$closure" >&2
  fail "idlefleetd's dependencies pull the graphical libraries above"
fi
echo "idlefleetd's dependencies: $(wc -l <<<"$closure") packages, none graphical"

# --- every program answers --help and --version from its packaged files, without a display.
for program in usr/bin/idlefleet usr/bin/idlefleetctl usr/bin/idlefleetd usr/libexec/idlefleet/idlefleetd; do
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/$program" --version)
  [[ "$out" == *"$version"* ]] || fail "/$program --version printed '$out'"
  help=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/$program" --help) || fail "/$program --help failed"
  [[ "$help" == Usage:* ]] || fail "/$program --help printed no usage"
  echo "started: /$program --version: $out; --help: $(wc -l <<<"$help") lines"
done
"$root/usr/bin/idlefleetd" admin --help | grep -q "account add EMAIL" || fail "idlefleetd admin --help"
"$root/usr/bin/idlefleetctl" help >/dev/null || fail "idlefleetctl help"

# --- the manual pages: each renders without a warning and says what --help says.
# man-db's seccomp sandbox refuses what an LD_PRELOAD (libfaketime, tests/anytime) needs.
export MAN_DISABLE_SECCOMP=1
for page in usr/share/man/man1/idlefleet.1.gz usr/share/man/man1/idlefleetctl.1.gz \
            usr/share/man/man8/idlefleetd.8.gz; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/$page" 2>&1 >/dev/null || true)
  [ -z "$warnings" ] || { echo "$warnings" >&2; fail "man /$page warns"; }
done
LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$root/usr/share/man/man1/idlefleetctl.1.gz" 2>/dev/null \
  | grep -q "Usage: idlefleetctl fleet certify KEY_ID" || fail "idlefleetctl(1) lacks the commands' own help"
LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$root/usr/share/man/man8/idlefleetd.8.gz" 2>/dev/null \
  | grep -q -- "--access-token-seconds" || fail "idlefleetd(8) lacks its options"
echo "manual pages: idlefleet(1), idlefleetctl(1), idlefleetd(8) render without warnings"

# --- the systemd unit.
unit="$root/lib/systemd/system/idlefleetd.service"
# Verified inside a root holding both packages and the system's own units (the targets it
# orders itself after); --man=no as the pages are not installed on this machine.
vroot="$work/verify-root"
mkdir -p "$vroot/lib/systemd"
cp -a /lib/systemd/system "$vroot/lib/systemd/"
dpkg-deb -x "$server_deb" "$vroot"
verify=$(systemd-analyze verify --man=no --root="$vroot" /lib/systemd/system/idlefleetd.service 2>&1 || true)
if [ -n "$verify" ]; then
  echo "$verify" >&2
  fail "systemd-analyze verify idlefleetd.service"
fi
echo "systemd-analyze verify: clean"
security=$(systemd-analyze security --offline=true --root="$vroot" \
             /lib/systemd/system/idlefleetd.service 2>&1 || true)
exposure=$(sed -nE 's/.*Overall exposure level for idlefleetd.service: ([0-9.]+).*/\1/p' <<<"$security")
[ -n "$exposure" ] || { echo "$security" >&2; fail "systemd-analyze security gave no exposure"; }
awk -v e="$exposure" 'BEGIN { exit !(e < 4.0) }' || { echo "$security" >&2; fail "exposure $exposure is not below 4.0"; }
echo "systemd-analyze security: exposure $exposure (held below 4.0)"
for setting in "Type=notify" "StateDirectoryMode=0700" "UMask=0077" "ProtectSystem=strict" \
               "NoNewPrivileges=yes" "User=idlefleetd"; do
  grep -qx "$setting" "$unit" || fail "the unit lacks $setting"
done

# --- its system user, made by systemd-sysusers from the packaged file in a throwaway root.
sysroot="$work/sysroot"
mkdir -p "$sysroot/etc" "$sysroot/usr/lib/sysusers.d"
cp "$root/usr/lib/sysusers.d/idlefleetd.conf" "$sysroot/usr/lib/sysusers.d/"
systemd-sysusers --root="$sysroot" idlefleetd.conf 2>/dev/null
grep -q '^idlefleetd:x:[0-9]*:[0-9]*:Idlefleet fleet backend:/var/lib/idlefleetd:/usr/sbin/nologin$' \
  "$sysroot/etc/passwd" || { cat "$sysroot/etc/passwd" >&2; fail "sysusers made no idlefleetd user"; }
echo "sysusers: $(grep '^idlefleetd:' "$sysroot/etc/passwd")"

# --- the config file names every option of idlefleetd, and the service starts from it.
config="$root/etc/idlefleetd/idlefleetd.conf"
for option in $("$root/usr/bin/idlefleetd" --help | grep -oE '^  (-[a-z], )?--[a-z-]+' | sed -E 's/.*--//'); do
  case "$option" in help|version|config) continue ;; esac
  grep -Eq "^#?$option =" "$config" || fail "idlefleetd.conf does not mention $option"
done
"$root/usr/bin/idlefleetd" --config "$config" --data "$work/state" --listen 127.0.0.1:0 \
  >"$work/first-line" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 100); do
  [ -s "$work/first-line" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; fail "idlefleetd did not start from its config"; }
  sleep 0.1
done
grep -q '"url": "https://127.0.0.1:' "$work/first-line" || { cat "$work/server.log" >&2; fail "no first line"; }
kill "$server_pid"; wait "$server_pid" || true; server_pid=
[ "$(stat -c %a "$work/state")" = 700 ] || fail "the data folder is not 0700"
echo "idlefleetd started from the packaged config: $(cat "$work/first-line")"

# --- the desktop file and the AppStream metainfo.
# desktop-file-validate exits 0 on warnings and hints, so any output at all counts as failure.
report=$(desktop-file-validate "$root/usr/share/applications/org.idlefleet.Idlefleet.desktop" 2>&1) \
  && [ -z "$report" ] \
  || { echo "$report" >&2; fail "desktop-file-validate"; }
echo "desktop-file-validate: no errors, no warnings"
# appstreamcli exits non-zero on errors and warnings; --pedantic only shows the pedantic notes.
appstreamcli validate --no-net --pedantic \
  "$root/usr/share/metainfo/org.idlefleet.Idlefleet.metainfo.xml"
echo "package: all checks passed"
