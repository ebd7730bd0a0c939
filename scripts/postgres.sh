#!/usr/bin/env bash
# A private PostgreSQL cluster for the test suite, from Debian's packages, in var/postgres.
#   scripts/postgres.sh start   start it (idempotent) and print its DATABASE_URL
#   scripts/postgres.sh stop    stop it
#   scripts/postgres.sh url     print the DATABASE_URL
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PGTEST_PORT:-54329}"
DIR="$PWD/var/postgres"
DATA="$DIR/data"
LOG="$DIR/server.log"
URL="postgres://mestring@127.0.0.1:${PORT}/mestring"

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ]; then
    echo "PostgreSQL server binaries not found: install Debian's postgresql package (make test does this as root)." >&2
    exit 1
  fi
  echo "$dir"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ready() { as_owner "$(bindir)/pg_isready" -q -h 127.0.0.1 -p "$PORT"; }

start() {
  local bin; bin=$(bindir)
  if ready; then echo "$URL"; return; fi
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR"; fi
  if [ ! -f "$DATA/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_owner "$bin/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
    -o "-h 127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  as_owner "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qtc \
    "SELECT 1 FROM pg_roles WHERE rolname='mestring'" | grep -q 1 \
    || as_owner "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE ROLE mestring LOGIN CREATEDB"
  as_owner "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qtc \
    "SELECT 1 FROM pg_database WHERE datname='mestring'" | grep -q 1 \
    || as_owner "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE mestring OWNER mestring"
  echo "$URL"
}

stop() {
  if [ -f "$DATA/postmaster.pid" ]; then
    as_owner "$(bindir)/pg_ctl" -D "$DATA" -w -t 60 -m fast stop >/dev/null
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
