#!/usr/bin/env bash
# check_hardening.sh BINARY...: each binary is built as Debian hardens its packages: full RELRO
# (GNU_RELRO and BIND_NOW), a position-independent executable, the stack protector, and FORTIFY
# (some *_chk function imported).
set -uo pipefail
failures=0
for binary in "$@"; do
  name=$(basename "$binary")
  headers=$(readelf -lhd --wide "$binary" 2>&1)
  symbols=$(readelf --dyn-syms --wide "$binary" 2>&1)
  problems=()
  grep -q "GNU_RELRO" <<<"$headers" || problems+=("no RELRO")
  grep -Eq "BIND_NOW|FLAGS_1.*NOW" <<<"$headers" || problems+=("no BIND_NOW")
  grep -q "DYN (Position-Independent Executable" <<<"$headers" || problems+=("not PIE")
  grep -q "__stack_chk_fail" <<<"$symbols" || problems+=("no stack protector")
  grep -Eq "__[a-z_]+_chk@" <<<"$symbols" || problems+=("no FORTIFY")
  if [ ${#problems[@]} -eq 0 ]; then
    echo "ok: $name: relro, now, pie, stack protector, fortify"
  else
    echo "FAIL: $name: ${problems[*]}" >&2
    failures=$((failures + 1))
  fi
done
exit "$failures"
