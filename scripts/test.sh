#!/usr/bin/env bash
# The whole suite, as `make test` runs it:
#   1. lint, Django's system checks and a check that no model change lacks its migration;
#   2. every test on SQLite, with a real OpenSearch node and a real Chromium;
#   3. the same tests again on a real PostgreSQL.
# Extra arguments go to pytest (e.g. `make test ARGS="-k article"`).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export DJANGO_SETTINGS_MODULE=mestring.settings.test

bash scripts/system_deps.sh

echo "== ruff (lint and format)"
.venv/bin/ruff check .
.venv/bin/ruff format --check .

echo "== manage.py check / makemigrations --check"
$PY manage.py check --fail-level WARNING
$PY manage.py makemigrations --check --dry-run

cleanup() {
  bash scripts/search_server.sh stop || true
  bash scripts/postgres.sh stop || true
}
trap cleanup EXIT

echo "== starting OpenSearch"
bash scripts/search_server.sh start
export OPENSEARCH_URL="http://127.0.0.1:${OPENSEARCH_PORT:-9201}"

mkdir -p var
echo "== tests on SQLite"
env -u DATABASE_URL $PY -m pytest "$@" | tee var/test-sqlite.log

echo "== tests on PostgreSQL"
DATABASE_URL=$(bash scripts/postgres.sh start)
DATABASE_URL="$DATABASE_URL" $PY -m pytest "$@" | tee var/test-postgresql.log

cleanup
trap - EXIT
passed() { tail -n 1 "$1" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' || echo 0; }
echo "== both runs green: $(passed var/test-sqlite.log) tests on SQLite, $(passed var/test-postgresql.log) on PostgreSQL"
echo "total: $(( $(passed var/test-sqlite.log) + $(passed var/test-postgresql.log) )) passed, 0 failed"
