#!/usr/bin/env bash
# A private PostgreSQL cluster for the test suite, from Debian's packages.
#   scripts/postgres.sh start   start it (idempotent) and print its DATABASE_URL
#   scripts/postgres.sh stop    stop it
#   scripts/postgres.sh url     print the DATABASE_URL
#   scripts/postgres.sh dir     print the folder the cluster lives in
#   scripts/postgres.sh clean   stop it and delete that folder (`make clean` does this)
#
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user, who
# may not be able to enter the checkout (a clone in /root or in `mktemp -d` is mode 700). So the
# cluster never lives in the checkout: it lives in a private folder (mode 700, owned by whoever
# runs the server) under /tmp, named from a hash of the checkout's path and the port, so that two
# clones, or two ports, never share one. Its socket and log are there too. Override the folder
# with PGTEST_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PGTEST_PORT:-54329}"
case "$PORT" in '' | *[!0-9]*) echo "PGTEST_PORT must be a number, got '$PORT'" >&2; exit 2 ;; esac
if [ "$(id -u)" = 0 ]; then OWNER=postgres; else OWNER=$(id -un); fi
KEY=$(printf '%s:%s' "$PWD" "$PORT" | sha256sum | cut -c1-12)
DIR="${PGTEST_DIR:-/tmp/mestring-postgres-$KEY}"
DATA="$DIR/data"
LOG="$DIR/server.log"
URL="postgres://mestring@127.0.0.1:${PORT}/mestring"
# Before the cluster moved out of the checkout it lived here; `stop` still stops one left there.
LEGACY_DATA="$PWD/var/postgres/data"

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ]; then
    echo "PostgreSQL server binaries not found: install Debian's postgresql package (make test does this as root)." >&2
    exit 1
  fi
  echo "$dir"
}

# Run a PostgreSQL program as the cluster's owner, from a folder that owner can enter.
as_owner() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

running() { [ -f "$1/postmaster.pid" ] && as_owner "$(bindir)/pg_ctl" -D "$1" status >/dev/null 2>&1; }

port_answers() { as_owner "$(bindir)/pg_isready" -q -h 127.0.0.1 -p "$PORT"; }

# The private folder: created if missing; refused if it is a link or belongs to someone else.
make_dir() {
  if [ -L "$DIR" ] || { [ -e "$DIR" ] && [ ! -d "$DIR" ]; }; then
    echo "$DIR is not a plain folder; remove it or set PGTEST_DIR." >&2
    exit 1
  fi
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown "$OWNER": "$DIR"; fi
  if [ "$(stat -c %U "$DIR")" != "$OWNER" ]; then
    echo "$DIR belongs to $(stat -c %U "$DIR"), not $OWNER; remove it or set PGTEST_DIR." >&2
    exit 1
  fi
  chmod 700 "$DIR"
}

start() {
  local bin; bin=$(bindir)
  if running "$DATA"; then echo "$URL"; return; fi
  if port_answers; then
    echo "Port $PORT already has a PostgreSQL server that is not this checkout's ($DIR); set PGTEST_PORT to another port." >&2
    exit 1
  fi
  make_dir
  if [ ! -f "$DATA/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! as_owner "$bin/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
    -o "-h 127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null; then
    echo "PostgreSQL did not start; its log, $LOG, ends:" >&2
    tail -n 20 "$LOG" >&2 || true
    exit 1
  fi
  as_owner "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qtc \
    "SELECT 1 FROM pg_roles WHERE rolname='mestring'" | grep -q 1 \
    || as_owner "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE ROLE mestring LOGIN CREATEDB"
  as_owner "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qtc \
    "SELECT 1 FROM pg_database WHERE datname='mestring'" | grep -q 1 \
    || as_owner "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE mestring OWNER mestring"
  echo "$URL"
}

stop() {
  local data
  for data in "$DATA" "$LEGACY_DATA"; do
    if running "$data"; then
      as_owner "$(bindir)/pg_ctl" -D "$data" -w -t 60 -m fast stop >/dev/null
    fi
  done
}

clean() {
  stop
  rm -rf "$DIR" "$PWD/var/postgres"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  dir) echo "$DIR" ;;
  clean) clean ;;
  *) echo "usage: $0 start|stop|url|dir|clean" >&2; exit 2 ;;
esac
