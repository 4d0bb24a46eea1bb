#!/usr/bin/env bash
# check_package.sh BUILD_DIR SOURCE_DIR VERSION: builds the DEB, validates its desktop file and
# AppStream metainfo, and starts every program from the package's own files.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 BUILD_DIR SOURCE_DIR VERSION" >&2; exit 2; }
build=$1 source=$2 version=$3
[ -f "$build/CPackConfig.cmake" ] || { echo "FAIL: $build/CPackConfig.cmake not found (configure first)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; echo "FAIL: cpack" >&2; exit 1; }
deb=$(find "$work/out" -maxdepth 1 -name '*.deb' | head -1)
[ -n "$deb" ] || { echo "FAIL: no .deb was made" >&2; exit 1; }
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
info=$(dpkg-deb -I "$deb")
grep -q '^ Package: idlefleet$' <<<"$info" || { echo "FAIL: package name" >&2; exit 1; }
grep -E '^ (Version|Depends):' <<<"$info"

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/idlefleet usr/bin/idlefleetctl usr/bin/idlefleetd \
         usr/share/applications/org.idlefleet.Idlefleet.desktop \
         usr/share/metainfo/org.idlefleet.Idlefleet.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.idlefleet.Idlefleet.svg; do
  [ -e "$root/$f" ] || { echo "FAIL: the package lacks /$f" >&2; exit 1; }
done

cmp -s "$source/resources/idlefleet.svg" \
  "$root/usr/share/icons/hicolor/scalable/apps/org.idlefleet.Idlefleet.svg" \
  || { echo "FAIL: the packaged icon differs from resources/idlefleet.svg" >&2; exit 1; }

# desktop-file-validate exits 0 on warnings and hints, so any output at all counts as failure.
report=$(desktop-file-validate "$root/usr/share/applications/org.idlefleet.Idlefleet.desktop" 2>&1) \
  && [ -z "$report" ] \
  || { echo "$report" >&2; echo "FAIL: desktop-file-validate" >&2; exit 1; }
echo "desktop-file-validate: no errors, no warnings"
# appstreamcli exits non-zero on errors and warnings; --pedantic only shows the pedantic notes.
appstreamcli validate --no-net --pedantic \
  "$root/usr/share/metainfo/org.idlefleet.Idlefleet.metainfo.xml"

for program in idlefleet idlefleetctl idlefleetd; do
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/$program" --version)
  case "$out" in
    *"$version"*) echo "started: /usr/bin/$program --version: $out" ;;
    *) echo "FAIL: /usr/bin/$program --version printed '$out'" >&2; exit 1 ;;
  esac
done
echo "package: all checks passed"
