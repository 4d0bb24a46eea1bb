#!/usr/bin/env bash
# postgres.sh start|stop DIR: a throwaway PostgreSQL server for the tests, in DIR, listening on a
# Unix socket in DIR only (no TCP port), trusting local connections as the role "idlefleet".
# Started as the postgres user when run as root (PostgreSQL refuses to run as root).
# `start` prints the server's base URL: postgresql://idlefleet@localhost/postgres?host=DIR
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
action=$1 dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/pg_ctl" ] || { echo "postgres.sh: PostgreSQL is not installed (scripts/setup installs it)" >&2; exit 1; }
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  as_server=(runuser -u postgres --)
fi

case "$action" in
  start)
    if [ -f "$dir/data/postmaster.pid" ]; then
      "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ ${#as_server[@]} -eq 0 ] || chown postgres: "$dir"
    chmod 0700 "$dir"
    "${as_server[@]}" "$bin/initdb" -D "$dir/data" -U idlefleet -A trust -E UTF8 --locale=C.UTF-8 \
      --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # Fast and disposable: no fsync, no TCP; enough connections for parallel tests. Benchmarks
    # set POSTGRES_DURABLE=1 to measure with PostgreSQL's own durable defaults.
    durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${POSTGRES_DURABLE:-0}" = 1 ] && durability=""
    "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -c listen_addresses= $durability -c max_connections=300" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    # The test user (root in CI) reaches the socket folder.
    chmod 0755 "$dir"
    echo "postgresql://idlefleet@localhost/postgres?host=$dir"
    ;;
  stop)
    [ -f "$dir/data/postmaster.pid" ] || exit 0
    "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
