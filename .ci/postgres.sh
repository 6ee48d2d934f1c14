#!/usr/bin/env bash
# PostgreSQL for rasd-store's tests: installs Debian's postgresql if missing, starts a throwaway
# server on loopback as the `postgres` user, creates a database, and exports
#   RASD_TEST_POSTGRES=postgres://postgres@127.0.0.1:PORT/rasd_test
# Sourced by .ci/run (so it exports into CI's shell); can also be run directly:
#   eval "$(bash .ci/postgres.sh)"    # prints the export line on stdout, logs on stderr
# Idempotent: a server it started earlier (same data dir) is reused.

rasd_pg_main() {
  local port="${RASD_PG_PORT:-54329}"
  local base="${RASD_PG_DIR:-/tmp/rasd-pg-$port}"
  local db="rasd_test"
  local bindir
  bindir="$( (ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true) | sort -V | tail -n 1)"
  if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
    echo "postgres.sh: installing Debian's postgresql" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || return 1
    apt-get install -y -qq postgresql >&2 || return 1
    bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  # the Debian package's own cluster is not used; ours lives in $base
  local run_as=()
  if [ "$(id -u)" = 0 ]; then
    run_as=(runuser -u postgres --)
  fi
  mkdir -p "$base"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$base"; fi
  if [ ! -f "$base/data/PG_VERSION" ]; then
    "${run_as[@]}" "$bindir/initdb" -D "$base/data" -U postgres -A trust --no-sync \
      -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 \
      || { cat "$base/initdb.log" >&2; return 1; }
  fi
  if ! "${run_as[@]}" "$bindir/pg_ctl" -D "$base/data" status >/dev/null 2>&1; then
    "${run_as[@]}" "$bindir/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $base -c fsync=off -c full_page_writes=off" \
      start >&2 || { cat "$base/server.log" >&2; return 1; }
  fi
  if ! "${run_as[@]}" psql -h 127.0.0.1 -p "$port" -U postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$db'" postgres | grep -q 1; then
    "${run_as[@]}" psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE $db" postgres >&2 \
      || return 1
  fi
  export RASD_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/$db"
  echo "export RASD_TEST_POSTGRES=$RASD_TEST_POSTGRES"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  rasd_pg_main || { echo "postgres.sh: could not start PostgreSQL" >&2; return 1; }
else
  set -euo pipefail
  rasd_pg_main
fi
