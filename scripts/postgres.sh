#!/usr/bin/env bash
# A throwaway PostgreSQL server for the metrics store's tests, started the way users start one:
# Debian's postgresql binaries, a cluster made by initdb in a temporary folder, listening on
# 127.0.0.1 on a free port with password (SCRAM) logins, one role and one database for the tests.
#
#   eval "$(scripts/postgres.sh start)"   # prints the export lines below
#   swift test --filter MetricsStoreTests
#   scripts/postgres.sh stop              # stops the server named by CYCLEPLAN_PG_DIR, removes it
#
# start prints: CYCLEPLAN_PG_DIR (the cluster's folder), CYCLEPLAN_TEST_POSTGRES_PASSWORD and
# CYCLEPLAN_TEST_POSTGRES_URL=postgres://cycleplan_test@127.0.0.1:PORT/cycleplan_test?password_env=…
# (the password travels in its own variable, never in the URL). As root, the server runs as the
# `postgres` user (initdb refuses root). Installs Debian's postgresql when it is missing.
set -euo pipefail

bin_dir() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$initdb" ]; then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
    initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)
  fi
  dirname "$initdb"
}

# Runs a server binary as the cluster's owner: `postgres` when we are root — from `/`, since
# `postgres` may not enter the checkout's folder (every path given is absolute).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

start() {
  local bin dir port password
  bin=$(bin_dir)
  dir=$(mktemp -d /tmp/cycleplan-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # fsync off: a test server's data is thrown away; the tests' transactions are still real.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE cycleplan_test LOGIN PASSWORD '$password'" \
    -c "CREATE DATABASE cycleplan_test OWNER cycleplan_test" >&2
  echo "export CYCLEPLAN_PG_DIR=$dir"
  echo "export CYCLEPLAN_TEST_POSTGRES_PASSWORD=$password"
  echo "export CYCLEPLAN_TEST_POSTGRES_URL='postgres://cycleplan_test@127.0.0.1:$port/cycleplan_test?password_env=CYCLEPLAN_TEST_POSTGRES_PASSWORD&sslmode=disable'"
}

stop() {
  local dir=${1:-${CYCLEPLAN_PG_DIR:-}}
  [ -n "$dir" ] && [ -d "$dir/data" ] || { echo "postgres.sh stop: no cluster (give its folder or set CYCLEPLAN_PG_DIR)" >&2; exit 1; }
  as_owner "$(bin_dir)/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: scripts/postgres.sh start|stop [DIR]" >&2; exit 2 ;;
esac
