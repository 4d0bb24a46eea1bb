#!/usr/bin/env bash
# manpage.sh PROGRAM SECTION "SUMMARY" OUTPUT INCLUDE: writes PROGRAM's manual page with
# help2man from the program's own --help and --version, plus the sections of INCLUDE (help2man's
# include format). idlefleetd's page adds `idlefleetd admin --help`; idlefleetctl's adds every
# command's own help (`idlefleetctl help COMMAND`), so the page says what the program says.
set -euo pipefail
[ $# -eq 5 ] || { echo "usage: $0 PROGRAM SECTION SUMMARY OUTPUT INCLUDE" >&2; exit 2; }
program=$1 section=$2 summary=$3 output=$4 include=$5
name=$(basename "$program")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Text as roff that shows it as is: backslashes escaped, no line read as a request.
verbatim() {
  echo ".nf"
  sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"
  echo ".fi"
}

cp "$include" "$work/include"
case "$name" in
  idlefleetd)
    { echo "[ADMINISTRATION]"; "$program" admin --help | verbatim; } >>"$work/include" ;;
  idlefleetctl)
    {
      echo "[COMMANDS]"
      "$program" help | sed -n '/^Commands:/,/^$/p' | sed '1d;/^$/d' |
        while IFS= read -r line; do
          words=()
          for word in $(sed -E 's/^ +//; s/  +.*$//' <<<"$line"); do
            case "$word" in [A-Z]*|\[*|\(*|\|*|-*) break ;; esac
            words+=("$word")
          done
          echo ".SS ${words[*]}"
          "$program" help "${words[@]}" | sed '/^Options of every command:/,$d' | verbatim
        done
    } >>"$work/include" ;;
esac

env -u DISPLAY -u WAYLAND_DISPLAY help2man --no-info --no-discard-stderr --section="$section" \
  --name="$summary" --include="$work/include" --output="$work/page" "$program"
# The build date would make every build's page differ: the version is what dates it.
sed -i -E '/^\.TH /s/ "[A-Z][a-z]+ [0-9]{4}" / "" /' "$work/page"
mv "$work/page" "$output"
