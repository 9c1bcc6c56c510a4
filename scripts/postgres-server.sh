#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback, for the tests against PostgreSQL and the
# two-worker demonstration. Installs Debian's `postgresql` when no server is found.
#
#   scripts/postgres-server.sh start DIR [PORT]   # prints `export ROSTER_TEST_POSTGRES_URL=…`
#   scripts/postgres-server.sh stop DIR
#
# The data directory DIR/data is new and disposable (under root, DIR is given to the
# `postgres` user, so its parent directories must be reachable by that user); the server listens on 127.0.0.1:PORT
# (default 55432) and on a Unix socket in DIR, with `trust` authentication: for tests on this
# machine only, never for a deployment (see docs/deployment.md). PostgreSQL refuses to run as
# root, so under root the server runs as the `postgres` system user (created by the package).
set -euo pipefail

command_name=${1:?usage: postgres-server.sh start|stop DIR [PORT]}
dir=${2:?usage: postgres-server.sh start|stop DIR [PORT]}
port=${3:-55432}

find_bin() {
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$candidate/initdb" ] && { echo "$candidate"; return; }
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

bin=$(find_bin || true)
if [ -z "$bin" ] && [ "$command_name" = start ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing postgresql (Debian)…" >&2
  $SUDO apt-get update -qq >&2
  # The package may create and start its own cluster on 5432; ours has its own port and directory.
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >&2
  bin=$(find_bin)
fi
[ -n "$bin" ] || { echo "no PostgreSQL server binaries found" >&2; exit 1; }

# As root, run the server's programs as the postgres system user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command_name" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >&2 \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres roster >&2
    echo "export ROSTER_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:$port/roster"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
      rm -rf "$dir"
    fi
    ;;
  *)
    echo "usage: postgres-server.sh start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
