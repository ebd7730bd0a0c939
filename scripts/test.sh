#!/usr/bin/env bash
# The whole suite, as `make test` runs it:
#   1. lint, Django's system checks and a check that no model change lacks its migration;
#   2. every test on SQLite, with a real OpenSearch node and a real Chromium;
#   3. the same tests again on a real PostgreSQL.
# Extra arguments go to pytest (e.g. `make test ARGS="-k article"`).
#
# Step 1 stops the script at its first failure. In steps 2 and 3 a failing test on SQLite does not
# stop the PostgreSQL run: both always run, so one `make test` shows every failure on both
# databases, and the script fails at the end. The totals come from pytest's own result files
# (`--junitxml=var/junit-<database>.xml`), never from its printed output: per database how many
# tests passed, failed, were skipped and errored, with the OpenSearch node checks and the Chromium
# tests counted apart. A line `search tests:` then says how many of the site's search tests
# (tests/search, parametrised with ids `[database...]` and `[opensearch...]`) ran on each search
# backend with each database. Each test counts once: a test with a failed subtest counts as failed, an
# xfailed one as skipped, and a failure in a test's teardown after it passed as an error. The
# last line is `N passed, N failed, N skipped` over both databases, where "failed" includes
# errors. The exit status is non-zero if any test failed or errored, or if pytest itself did not
# end successfully on either database (including "no tests ran"); the services are stopped in
# every case.
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
# Which OpenSearch line and Java the script picked (3.x on a JDK 21+, else 2.19; see docs/search-server.md).
cat "${OPENSEARCH_STATE_DIR:-var/opensearch}/version.txt" || echo "OpenSearch: version unknown (no version.txt)"
export OPENSEARCH_URL="http://127.0.0.1:${OPENSEARCH_PORT:-9201}"

mkdir -p var
# One pytest run on one database: its output goes to var/test-<name>.log, its result to
# var/junit-<name>.xml, and pytest's exit status to var/exit-<name>; never stops this script.
run_pytest() {
  local name=$1; shift
  rm -f "var/junit-$name.xml" "var/exit-$name"
  set +e
  "$@" $PY -m pytest --junitxml="var/junit-$name.xml" "${PYTEST_ARGS[@]}" | tee "var/test-$name.log"
  echo "${PIPESTATUS[0]}" > "var/exit-$name"
  set -e
}
PYTEST_ARGS=("$@")

echo "== tests on SQLite"
run_pytest sqlite env -u DATABASE_URL

echo "== tests on PostgreSQL"
if DATABASE_URL=$(bash scripts/postgres.sh start); then
  run_pytest postgresql env DATABASE_URL="$DATABASE_URL"
else
  echo "PostgreSQL did not start, so no test ran on it."
  rm -f var/junit-postgresql.xml
  echo "did not start" > var/exit-postgresql
fi

cleanup
trap - EXIT

echo "== totals"
$PY - sqlite SQLite postgresql PostgreSQL <<'EOF'
"""Count outcomes in pytest's junit files; print one line per database and the closing line."""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

GROUPS = {
    "search_node": "OpenSearch node checks (the node itself, not the site's search)",
    "browser": "Chromium browser tests",
}
OUTCOMES = ("passed", "failed", "skipped", "errors")
# The site's search tests run once per search backend: pytest ids like
# `test_x[database]` or `test_x[opensearch-nb]` in modules under tests/search.
ENGINES = {"database": "{label} database", "opensearch": "OpenSearch (with {label})"}


def outcome(testcase):
    tags = {child.tag for child in testcase}
    if "failure" in tags:
        return "failed"
    if "error" in tags:
        return "errors"
    if "skipped" in tags:
        return "skipped"
    return "passed"


def line(counts):
    return ", ".join(f"{counts[o]} {o}" for o in OUTCOMES)


def search_engine(testcase):
    """'database' or 'opensearch' for a search test of tests/search, else None."""
    classname, name = testcase.get("classname", ""), testcase.get("name", "")
    if not (classname == "tests.search" or classname.startswith("tests.search.")):
        return None
    if "[" not in name or not name.endswith("]"):
        return None
    param_id = name[name.index("[") + 1 : -1]
    return next((engine for engine in ENGINES if param_id.startswith(engine)), None)


def engine_line(counts):
    text = f"{counts['passed']} passed"
    if counts["failed"] + counts["errors"]:
        text += f", {counts['failed'] + counts['errors']} failed"
    if counts["skipped"]:
        text += f", {counts['skipped']} skipped"
    return text


args = sys.argv[1:]
total = dict.fromkeys(OUTCOMES, 0)
healthy = True
search = []
for name, label in zip(args[::2], args[1::2]):
    exit_status = Path(f"var/exit-{name}").read_text().strip()
    junit = Path(f"var/junit-{name}.xml")
    if not junit.exists():
        print(f"{label}: no result file (pytest: {exit_status}), so no test counted")
        search += [f"{engine_label.format(label=label)} not run" for engine_label in ENGINES.values()]
        healthy = False
        continue
    counts = dict.fromkeys(OUTCOMES, 0)
    groups = {group: dict.fromkeys(OUTCOMES, 0) for group in GROUPS}
    engines = {engine: dict.fromkeys(OUTCOMES, 0) for engine in ENGINES}
    for testcase in ET.parse(junit).getroot().iter("testcase"):
        result = outcome(testcase)
        counts[result] += 1
        engine = search_engine(testcase)
        if engine:
            engines[engine][result] += 1
        for prop in testcase.iter("property"):
            if prop.get("name") == "real_service" and prop.get("value") in groups:
                groups[prop.get("value")][result] += 1
    print(f"{label}: {line(counts)} (pytest exit status {exit_status})")
    for group, group_label in GROUPS.items():
        print(f"  of which {group_label}: {line(groups[group])}")
    search += [f"{ENGINES[engine].format(label=label)} {engine_line(engines[engine])}" for engine in ENGINES]
    for o in OUTCOMES:
        total[o] += counts[o]
    healthy = healthy and exit_status == "0" and counts["failed"] == counts["errors"] == 0

print("search tests: " + "; ".join(search))
print("== " + ("all green" if healthy else "NOT green: see the failures above"))
print(f"{total['passed']} passed, {total['failed'] + total['errors']} failed, {total['skipped']} skipped")
sys.exit(0 if healthy else 1)
EOF
