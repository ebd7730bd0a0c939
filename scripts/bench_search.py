"""`make bench`, second half: how well and how fast the site search answers, per engine.

Two measurements, each on a throwaway database, never on var/:

* Relevance: the demo content (`load_demo`), `update_index`, then every query of
  tests/search/relevance.json through GET /api/search/. MRR@10 is the mean of 1/rank of the first
  expected page among the first ten results (0 if none), success@3 the share of queries with an
  expected page in the top three; for the noise queries, which should find nothing, it counts the
  results they got. Then the misses, with what came first instead.
* Scale: the demo plus BENCH_PAGES generated pages (articles, centres, offers and toolkit resources
  written from the demo's own sentences, topics and towns, a few hundred with a document, with
  topics, health regions and target groups spread as on a real site), a timed full `update_index`,
  then p50/p95 over at least 200 requests of a mix of queries on each of three surfaces: the JSON
  API, the search page /sok/ as a visitor gets it (facet counts, recommendations, "Mente du …?")
  and the search page with two filters ticked (SURFACES). Then the SQL queries one request of each
  surface makes, for a query with few results and one with many (SQL_COUNT_QUERIES): the same
  number for both is what keeps the page's cost flat as the site grows.

Engines (BENCH_ENGINES, default "database,opensearch"): "database" runs on SQLite and, when
scripts/postgres.sh finds PostgreSQL (BENCH_POSTGRES=0 skips it), on PostgreSQL as well;
"opensearch" starts its own node with scripts/search_server.sh on a free port from 9231, in a
temporary state folder, and stops it at the end. Each run is a separate Python process, since the
engine is chosen by environment variables read when Django starts. An engine that cannot run is
reported as "not measured", with the reason, never with a number.

Knobs: BENCH_ENGINES, BENCH_PAGES (default 10000), BENCH_ROUNDS (query mix repeats, default 15,
at least 200 requests per surface), BENCH_SECONDS (time budget for one engine's requests on all
three surfaces, default 600), BENCH_POSTGRES. Nothing here is a unit test: the figures are for
people to read (the constant query count is asserted in tests/search/test_query_count.py).
"""

import datetime
import json
import logging
import math
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RELEVANCE_SET = ROOT / "tests" / "search" / "relevance.json"
PAGES = int(os.environ.get("BENCH_PAGES", "10000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "15"))
MIN_REQUESTS = 200
# Wall-clock seconds one engine may spend on the latency requests of all surfaces together; a
# slower engine is reported with fewer requests, and says so, rather than holding the bench for an
# hour.
BUDGET_SECONDS = float(os.environ.get("BENCH_SECONDS", "600"))
ENGINES = [e.strip() for e in os.environ.get("BENCH_ENGINES", "database,opensearch").split(",") if e.strip()]
POSTGRES = os.environ.get("BENCH_POSTGRES", "1") != "0"
PG_PORT = "54339"
OPENSEARCH_PORTS = range(9231, 9251)
TARGETS = {  # engine: (p50 ms, p95 ms); every engine: rebuild seconds
    "database": (20, 60),
    "opensearch": (15, 40),
}
REBUILD_TARGET = 60
RESULTS_PER_PAGE = 10

# The latency mix: (label, query, locale, page). One word, two words, ASCII spellings, compounds,
# a typo, a phrase, a place, nynorsk, English and a query that should find nothing.
QUERY_MIX = [
    ("one word", "diabetes", "nb", 1),
    ("one word", "pårørende", "nb", 1),
    ("two words", "kurs pårørende", "nb", 1),
    ("two words", "leve med smerter", "nb", 1),
    ("ascii", "paarorende", "nb", 1),
    ("ascii", "sovn", "nb", 1),
    ("compound", "pårørendeskole", "nb", 1),
    ("compound", "diabetesopplæring", "nb", 1),
    ("typo", "rehabilitring", "nb", 1),
    ("phrase", '"Standard metode"', "nb", 1),
    ("place", "Lillehammer", "nb", 1),
    ("page 2", "kurs", "nb", 2),
    ("nynorsk", "kvardagen", "nn", 1),
    ("english", "peer support", "en", 1),
    ("noise", "bilforsikring", "nb", 1),
]

# Where each query of the mix is sent: (key, what the report calls it, path, extra parameters). The
# page's paths and parameters are the visitor's (/nn/sok/, side=2); its filters are two facets of
# search/views.py's PARAMETERS, one of them the type.
PAGE_PREFIXES = {"nb": "", "nn": "/nn", "en": "/en"}
PAGE_FILTERS = {"type": "offer", "region": "nord"}
SURFACES = [
    ("api", "API /api/search/", "/api/search/", {}),
    ("page", "page /sok/", "/sok/", {}),
    ("filtered", "page /sok/, " + "&".join(f"{k}={v}" for k, v in PAGE_FILTERS.items()), "/sok/", PAGE_FILTERS),
]

# The queries whose SQL is counted: one word each, spelt right, neither with an editors'
# recommendation, so what differs is the number of results ("belastning" is in one demo offer in
# Bodø, "kurs" in nearly every page). A search that finds little also checks a "Mente du …?"
# suggestion with one more search (on PostgreSQL "belastning" is offered «avlastning»): the report
# notes each one. It prints how many results each query found; FEW_AT_MOST says when "few" no
# longer is.
SQL_COUNT_QUERIES = {"few": "belastning", "many": "kurs"}
FEW_AT_MOST = 10


# ------------------------------------------------------------------ the parent: runs and report ----


def main():
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the finally blocks stop what we started
    work = Path(tempfile.mkdtemp(prefix="mestring-bench-search-"))
    queries = json.loads(RELEVANCE_SET.read_text(encoding="utf-8"))
    print(f"search bench: engines {', '.join(ENGINES)}; {PAGES} generated pages; work folder {work}")
    runs = []  # (label, engine, relevance result or reason, scale result or reason)
    try:
        if "database" in ENGINES or "opensearch" in ENGINES:
            sqlite = prepare_sqlite(work)
            if "database" in ENGINES:
                runs.append(measure("database (SQLite)", "database", sqlite, work / "sqlite-db"))
                if POSTGRES:
                    runs.append(measure_postgres(work))
            if "opensearch" in ENGINES:
                runs.append(measure_opensearch(work, sqlite))
        unknown = [e for e in ENGINES if e not in ("database", "opensearch")]
        for engine in unknown:
            runs.append((engine, engine, f"unknown engine {engine!r}", f"unknown engine {engine!r}"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report_relevance(queries, runs)
    report_scale(runs)


def prepare_sqlite(work):
    """The demo database and the demo-plus-corpus database, built once and copied for each run."""
    demo = {"db": work / "demo.sqlite3", "media": work / "demo-media"}
    corpus = {"db": work / "corpus.sqlite3", "media": work / "corpus-media"}
    status = {"demo": None, "corpus": None}
    print("\nbuilding the demo site (SQLite) …", flush=True)
    result = child("demo", sqlite_env(demo["db"]), media=demo["media"])
    if "error" in result:
        status["demo"] = status["corpus"] = f"the demo did not load: {result['error']}"
        return {"demo": demo, "corpus": corpus, "status": status}
    copy_sqlite(demo, corpus)
    print(f"generating {PAGES} pages (SQLite) …", flush=True)
    result = child("corpus", sqlite_env(corpus["db"]), media=corpus["media"], pages=PAGES)
    if "error" in result:
        status["corpus"] = f"the corpus was not built: {result['error']}"
    else:
        print(f"  {result['summary']}", flush=True)
    return {"demo": demo, "corpus": corpus, "status": status}


def measure(label, engine, sqlite, folder, extra_env=None):
    """Relevance and scale for one engine on copies of the SQLite databases."""
    folder.mkdir(parents=True, exist_ok=True)
    extra_env = extra_env or {}
    outcomes = []
    for kind, source in (("relevance", "demo"), ("scale", "corpus")):
        reason = sqlite["status"][source]
        if reason:
            outcomes.append(reason)
            continue
        copy = {"db": folder / f"{kind}.sqlite3", "media": folder / f"{kind}-media"}
        copy_sqlite(sqlite[source], copy)
        print(f"{label}: {kind} …", flush=True)
        result = child(kind, {**sqlite_env(copy["db"]), **extra_env}, media=copy["media"], rounds=ROUNDS)
        outcomes.append(result.get("error") or result)
        copy["db"].unlink(missing_ok=True)
        shutil.rmtree(copy["media"], ignore_errors=True)
    return (label, engine, *outcomes)


def measure_postgres(work):
    label = "database (PostgreSQL)"
    script = ROOT / "scripts" / "postgres.sh"
    if not script.exists():
        return (label, "database", "no scripts/postgres.sh", "no scripts/postgres.sh")
    env = {**os.environ, "PGTEST_PORT": PG_PORT}
    url = subprocess.run(["bash", str(script), "url"], env=env, capture_output=True, text=True).stdout.strip()
    was_running = postgres_answers(url)
    print(f"\nstarting PostgreSQL on port {PG_PORT} …", flush=True)
    started = subprocess.run(["bash", str(script), "start"], env=env, capture_output=True, text=True)
    if started.returncode != 0:
        reason = f"PostgreSQL did not start: {last_line(started.stderr or started.stdout)}"
        return (label, "database", reason, reason)
    url = started.stdout.strip().splitlines()[-1]
    names = {kind: f"bench_{kind}_{os.getpid()}" for kind in ("demo", "corpus")}
    try:
        for name in names.values():
            postgres_sql(url, f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"')
        media = {kind: work / f"pg-{kind}-media" for kind in names}
        envs = {kind: database_env(with_database(url, name)) for kind, name in names.items()}
        print("building the demo site (PostgreSQL) …", flush=True)
        result = child("demo", envs["demo"], media=media["demo"])
        if "error" in result:
            reason = f"the demo did not load: {result['error']}"
            return (label, "database", reason, reason)
        # A copy of the demo before search touches it, for the corpus.
        postgres_sql(
            url, f'DROP DATABASE "{names["corpus"]}"', f'CREATE DATABASE "{names["corpus"]}" TEMPLATE "{names["demo"]}"'
        )
        shutil.copytree(media["demo"], media["corpus"])
        print(f"{label}: relevance …", flush=True)
        relevance = child("relevance", envs["demo"], media=media["demo"])
        print(f"generating {PAGES} pages (PostgreSQL) …", flush=True)
        built = child("corpus", envs["corpus"], media=media["corpus"], pages=PAGES)
        if "error" in built:
            scale = f"the corpus was not built: {built['error']}"
        else:
            print(f"  {built['summary']}", flush=True)
            print(f"{label}: scale …", flush=True)
            scale = child("scale", envs["corpus"], media=media["corpus"], rounds=ROUNDS)
        if not isinstance(scale, str):
            scale = scale.get("error") or scale
        return (label, "database", relevance.get("error") or relevance, scale)
    finally:
        for name in names.values():
            postgres_sql(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', quiet=True)
        if not was_running:
            subprocess.run(["bash", str(script), "stop"], env=env, capture_output=True, text=True)


def measure_opensearch(work, sqlite):
    label = "opensearch"
    missing = [tool for tool in ("java", "mvn") if not shutil.which(tool)]
    if missing and not os.environ.get("JAVA_HOME"):
        reason = f"no {' and no '.join(missing)} on PATH (a JDK and Maven start a local node)"
        return (label, "opensearch", reason, reason)
    port = next((p for p in OPENSEARCH_PORTS if not port_in_use(p)), None)
    if port is None:
        reason = f"no free port in {OPENSEARCH_PORTS.start}–{OPENSEARCH_PORTS.stop - 1}"
        return (label, "opensearch", reason, reason)
    state = work / "opensearch"
    env = {**os.environ, "OPENSEARCH_PORT": str(port), "OPENSEARCH_STATE_DIR": str(state)}
    script = ROOT / "scripts" / "search_server.sh"
    print(f"\nstarting OpenSearch on port {port} (state in {state}) …", flush=True)
    try:
        started = subprocess.run(["bash", str(script), "start"], env=env, capture_output=True, text=True, timeout=900)
    except subprocess.TimeoutExpired:
        started = None
    try:
        if started is None or started.returncode != 0:
            output = "timed out after 900 s" if started is None else last_line(started.stderr or started.stdout)
            reason = f"OpenSearch did not start: {output}"
            print(f"  {reason}", flush=True)
            return (label, "opensearch", reason, reason)
        version = (state / "version.txt").read_text().strip() if (state / "version.txt").exists() else ""
        if version:
            label = f"opensearch ({version.split(' on ')[0].split(' at ')[0]})"
        print(f"  {version or 'OpenSearch is up'}", flush=True)
        extra = {
            "SEARCH_BACKEND": "opensearch",
            "SEARCH_URL": f"http://127.0.0.1:{port}",
            "SEARCH_INDEX": f"bench{os.getpid()}",
        }
        return measure(label, "opensearch", sqlite, work / "opensearch-db", extra_env=extra)
    finally:
        subprocess.run(["bash", str(script), "stop"], env=env, capture_output=True, text=True, timeout=300)


def child(task, env, media, **options):
    """Run one task in a fresh interpreter with `env`; its JSON answer, or {"error": ...}."""
    media.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        answer = Path(handle.name)
    spec = {"task": task, "media": str(media), "answer": str(answer), **options}
    env = {**env, "DJANGO_SETTINGS_MODULE": "mestring.settings.test", "BENCH_CHILD": json.dumps(spec)}
    try:
        process = subprocess.run([sys.executable, __file__], env=env, cwd=ROOT)
        text = answer.read_text(encoding="utf-8") if answer.exists() else ""
        if not text:
            return {"error": f"the {task} run stopped (exit {process.returncode}) without an answer"}
        return json.loads(text)
    finally:
        answer.unlink(missing_ok=True)


def sqlite_env(path):
    return database_env(f"sqlite:///{path}")


def database_env(url):
    env = {key: value for key, value in os.environ.items() if not key.startswith("SEARCH_")}
    return {**env, "DATABASE_URL": url, "SEARCH_BACKEND": "database"}


def copy_sqlite(source, target):
    shutil.copyfile(source["db"], target["db"])
    shutil.rmtree(target["media"], ignore_errors=True)
    shutil.copytree(source["media"], target["media"])


def with_database(url, name):
    return url.rsplit("/", 1)[0] + "/" + name


def postgres_answers(url):
    try:
        import psycopg

        psycopg.connect(url, connect_timeout=3).close()
        return True
    except Exception:  # not running, or not reachable: either way we start it
        return False


def postgres_sql(url, *statements, quiet=False):
    import psycopg

    try:
        with psycopg.connect(url, autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)
    except psycopg.Error:
        if not quiet:
            raise


def port_in_use(port):
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def last_line(text):
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


# ------------------------------------------------------------------------------------ report ----


def report_relevance(queries, runs):
    answered = [q for q in queries if q["kind"] != "noise"]
    noise = [q for q in queries if q["kind"] == "noise"]
    print(
        f"\n== Search relevance: {RELEVANCE_SET.relative_to(ROOT)}, {len(queries)} queries "
        f"({len(answered)} with an expected page, {len(noise)} that should find nothing) ==\n"
    )
    scored = {}
    print(f"{'engine':<34}{'MRR@10':>8}{'success@3':>11}{'noise hits':>12}{'noise queries hit':>19}")
    for label, _engine, relevance, _scale in runs:
        if isinstance(relevance, str):
            print(f"{label:<34}  not measured: {relevance}")
            continue
        by_id = {row["id"]: row for row in relevance["queries"]}
        scored[label] = by_id
        rows = [by_id[q["id"]] for q in answered if q["id"] in by_id]
        noise_rows = [by_id[q["id"]] for q in noise if q["id"] in by_id]
        hits = sum(row["count"] for row in noise_rows)
        hit_queries = sum(1 for row in noise_rows if row["count"])
        print(
            f"{label:<34}{mrr(rows):>8.3f}{success(rows):>11.3f}{hits:>12}{f'{hit_queries} of {len(noise_rows)}':>19}"
        )
        if rows and not any(row["count"] for row in rows):
            print(f"{'':<34}  (found nothing for any query: is its index empty?)")
    if not scored:
        return
    for title, key in (("kind", "kind"), ("locale", "locale")):
        groups = sorted({q[key] for q in answered})
        print(f"\nby {title} (MRR@10 / success@3):")
        print(f"  {title:<16}{'n':>4}" + "".join(f"{short(label):>26}" for label in scored))
        for group in groups:
            ids = [q["id"] for q in answered if q[key] == group]
            cells = []
            for by_id in scored.values():
                rows = [by_id[i] for i in ids if i in by_id]
                cells.append(f"{mrr(rows):.2f} / {success(rows):.2f}")
            print(f"  {group:<16}{len(ids):>4}" + "".join(f"{cell:>26}" for cell in cells))
    for label, by_id in scored.items():
        misses = [q for q in answered if q["id"] in by_id and not in_top_3(by_id[q["id"]])]
        noisy = [q for q in noise if q["id"] in by_id and by_id[q["id"]]["count"]]
        print(
            f"\n{label}: {len(misses)} queries without an expected page in the top 3, {len(noisy)} noise queries with results"
        )
        for q in misses + noisy:
            row = by_id[q["id"]]
            rank = "error" if row.get("error") else (f"rank {row['rank']}" if row["rank"] else "not in top 10")
            first = describe(row.get("first")) if not row.get("error") else row["error"]
            suffix = f"; {row['count']} results" if q["kind"] == "noise" else ""
            print(f"  {q['id']:<40} {q['query']!r:<32} {rank:<14} first: {first}{suffix}")


def report_scale(runs):
    print(f"\n== Search at scale: the demo plus {PAGES} generated pages ==\n")
    print(
        f"targets (the API): rebuild ≤ {REBUILD_TARGET} s; database p50 ≤ {TARGETS['database'][0]} ms, p95 ≤ "
        f"{TARGETS['database'][1]} ms; OpenSearch p50 ≤ {TARGETS['opensearch'][0]} ms, p95 ≤ {TARGETS['opensearch'][1]} ms\n"
    )
    width = max(len(title) for _key, title, *_ in SURFACES) + 2
    print(f"{'engine':<34}{'rebuild s':>10}  {'surface':<{width}}{'p50 ms':>12}{'p95 ms':>12}{'requests':>10}")
    details = []
    for label, engine, _relevance, scale in runs:
        if isinstance(scale, str):
            print(f"{label:<34}  not measured: {scale}")
            continue
        p50_target, p95_target = TARGETS.get(engine, (None, None))
        for index, (key, title, *_rest) in enumerate(SURFACES):
            timings = [ms for values in scale["latencies"][key].values() for ms in values]
            p50, p95 = percentile(timings, 50), percentile(timings, 95)
            # Only the API has targets: the page's figures add its facets and rendering to them.
            targets = (p50_target, p95_target) if key == "api" else (None, None)
            first = (
                f"{label:<34}{against(scale['rebuild_seconds'], REBUILD_TARGET, '.1f'):>10}" if not index else " " * 44
            )
            print(
                f"{first}  {title:<{width}}{against(p50, targets[0], '.1f'):>12}"
                f"{against(p95, targets[1], '.1f'):>12}{len(timings):>10}"
            )
            if scale["stood_in"][key]:
                print(f"{'':<46}({scale['stood_in'][key]} of them answered by the database standing in)")
        if scale.get("budget_hit"):
            print(f"{'':<46}(stopped early: the {BUDGET_SECONDS:.0f} s budget ran out)")
        details.append((label, scale))
    report_queries(details)
    heads = "".join(f"{name:>20}" for name in ("API", "page", "page, 2 filters"))
    for label, scale in details:
        print(f"\n{label}: {scale['summary']}")
        print("  p50 / p95 ms by query and surface, with the results found (API / page with 2 filters):")
        print(f"  {'':<38}{heads}")
        print(f"  {'query':<38}{'p50     p95':>20}{'p50     p95':>20}{'p50     p95':>20}{'requests':>10}   results")
        for name in scale["latencies"]["api"]:
            cells = "".join(
                f"{percentile(scale['latencies'][key][name], 50):>12.1f}{percentile(scale['latencies'][key][name], 95):>8.1f}"
                for key, *_ in SURFACES
            )
            requests = len(scale["latencies"]["api"][name])
            print(
                f"  {name:<38}{cells}{requests:>10}   {scale['counts']['api'][name]} / {scale['counts']['filtered'][name]}"
            )
    print(
        "\n'!' marks a figure that misses its target. Times are wall-clock through Django's test client,"
        " in one process, on this machine; the page's times include rendering its HTML."
    )


def report_queries(details):
    """SQL queries per request, few results beside many, per engine and surface."""
    if not details:
        return
    few, many = SQL_COUNT_QUERIES["few"], SQL_COUNT_QUERIES["many"]
    print(
        f"\n== SQL queries per search request: one request after a warm-up, a query with few results "
        f"({few!r}) beside one with many ({many!r}) ==\n"
    )
    width = max(len(title) for _key, title, *_ in SURFACES) + 2
    print(f"{'engine':<34}{'surface':<{width}}{'few':>22}{'many':>22}   same")
    notes = set()
    for label, scale in details:
        for index, (key, title, *_rest) in enumerate(SURFACES):
            cells = []
            for size in ("few", "many"):
                row = scale["sql"][key][size]
                cells.append(f"{row['queries']} ({row['results']} {'result' if row['results'] == 1 else 'results'})")
                if size == "few" and not 0 < row["results"] <= FEW_AT_MOST:
                    notes.add(
                        f"{few!r} found {row['results']} results on {title} ({label}), not 1 to {FEW_AT_MOST}: "
                        "choose another SQL_COUNT_QUERIES['few']"
                    )
                if row["suggestion"]:
                    # A search that finds little checks a likelier spelling with one more search
                    # (search/service.py _suggest): a branch, not a cost per result.
                    notes.add(
                        f"{row['query']!r} on {title} ({label}) found {row['results']} and was offered "
                        f"«{row['suggestion']}» (Mente du …?), which costs one more search to check"
                    )
            counted = [scale["sql"][key][size]["queries"] for size in ("few", "many")]
            same = "yes" if counted[0] == counted[1] else f"no ({counted[1] - counted[0]:+d})"
            print(f"{label if not index else '':<34}{title:<{width}}{cells[0]:>22}{cells[1]:>22}   {same}")
            if counted[0] != counted[1]:
                statements = {size: Counter(scale["sql"][key][size]["statements"]) for size in ("few", "many")}
                for size, other in (("few", "many"), ("many", "few")):
                    more = statements[size] - statements[other]
                    if more:
                        listed = ", ".join(f"{name} ×{n}" if n > 1 else name for name, n in sorted(more.items()))
                        print(f"{'':<34}  only with {size} results: {listed}")
    for note in sorted(notes):
        print(f"  note: {note}")


def short(label):
    return label if len(label) <= 24 else label[:23] + "…"


def against(value, target, fmt):
    if target is None:
        return format(value, fmt)
    return f"{format(value, fmt)} {'ok' if value <= target else '!'}"


def mrr(rows):
    return sum(1 / row["rank"] for row in rows if row["rank"]) / len(rows) if rows else 0.0


def success(rows):
    return sum(1 for row in rows if in_top_3(row)) / len(rows) if rows else 0.0


def in_top_3(row):
    return row["rank"] is not None and row["rank"] <= 3


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)  # nearest rank
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def describe(hit):
    if not hit:
        return "nothing"
    return f"{hit['type']} {hit['slug']} ({hit['title'][:50]})"


# ----------------------------------------------------------------------- the child: one task ----


def run_child(spec):
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.test.utils import setup_test_environment

    # settings.test gives every process a fresh media folder; the runs share theirs instead.
    if Path(settings.MEDIA_ROOT).is_dir() and not any(Path(settings.MEDIA_ROOT).iterdir()):
        Path(settings.MEDIA_ROOT).rmdir()
    settings.MEDIA_ROOT = spec["media"]
    setup_test_environment()
    # The search server's client logs every 404 while indexes are replaced; the report says what matters.
    logging.getLogger("opensearch").setLevel(logging.ERROR)
    try:
        answer = TASKS[spec["task"]](spec)
    except Exception as error:
        traceback.print_exc()
        answer = {"error": f"{type(error).__name__}: {error}"}
    Path(spec["answer"]).write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")


def task_demo(spec):
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))
    return {}


def task_corpus(spec):
    start = time.perf_counter()
    summary = build_corpus(spec["pages"])
    return {"summary": f"{summary} in {time.perf_counter() - start:.0f} s"}


def task_relevance(spec):
    from django.test import Client

    seconds = rebuild_index()
    client = Client()
    check_api(client)
    rows = []
    for query in json.loads(RELEVANCE_SET.read_text(encoding="utf-8")):
        rows.append(score(client, query))
    return {"index_seconds": seconds, "queries": rows}


def task_scale(spec):
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    seconds = rebuild_index()
    client = Client()
    check_api(client)
    expected = settings.SEARCH_ENGINE["ENGINE"]
    latencies = {key: defaultdict(list) for key, *_ in SURFACES}
    counts = {key: {} for key, *_ in SURFACES}
    stood_in = dict.fromkeys(counts, 0)  # requests the database answered for a search server
    for _label, query, locale, page in QUERY_MIX:  # warm-up: caches, connections, first compiles
        for surface in SURFACES:
            answer(send(client, surface, query, locale, page), surface)
    wanted = max(ROUNDS * len(QUERY_MIX), MIN_REQUESTS)  # per surface
    deadline = time.perf_counter() + BUDGET_SECONDS
    made = 0
    # Each query on each surface in turn, so a budget that runs out cuts every surface alike.
    while made < wanted and time.perf_counter() < deadline:
        label, query, locale, page = QUERY_MIX[made % len(QUERY_MIX)]
        name = f"{label}: {query}" + (f" (page {page})" if page > 1 else "")
        for surface in SURFACES:
            key = surface[0]
            begin = time.perf_counter()
            response = send(client, surface, query, locale, page)
            latencies[key][name].append((time.perf_counter() - begin) * 1000)
            counts[key][name], engine, _suggestion = answer(response, surface)
            if engine != expected:
                stood_in[key] += 1
        made += 1
    sql = {key: {} for key in counts}
    for surface in SURFACES:
        for size, query in SQL_COUNT_QUERIES.items():
            answer(send(client, surface, query, "nb", 1), surface)  # warm-up, as in tests/helpers.py
            with CaptureQueriesContext(connection) as captured:
                response = send(client, surface, query, "nb", 1)
            results, _engine, suggestion = answer(response, surface)
            sql[surface[0]][size] = {
                "query": query,
                "results": results,
                "queries": len(captured),
                "suggestion": suggestion,
                "statements": [statement(query["sql"]) for query in captured.captured_queries],
            }
    from core.models import CustomDocument

    pages = Page.objects.live().filter(depth__gt=2).count()
    documents = CustomDocument.objects.count()
    return {
        "rebuild_seconds": seconds,
        "latencies": latencies,
        "counts": counts,
        "stood_in": stood_in,
        "sql": sql,
        "summary": f"{pages} live pages, {documents} documents, rebuilt in {seconds:.1f} s; {facet_spread()}",
        "budget_hit": made < wanted,
    }


def send(client, surface, query, locale, page):
    """One search on one surface, as the API's client or the page's visitor asks it."""
    key, _title, path, extra = surface
    if key == "api":
        return client.get(path, {"q": query, "locale": locale, "page": page, **extra})
    params = {"q": query, **extra, **({"side": page} if page > 1 else {})}
    return client.get(PAGE_PREFIXES[locale] + path, params)


def answer(response, surface):
    """(number of results, engine that answered, "Mente du …?" suggestion or "") of a search
    response, which must be a whole one."""
    key, title = surface[:2]
    if response.status_code != 200:
        raise RuntimeError(f"{title} answered {response.status_code}")
    if key == "api":
        body = response.json()
        return body["count"], response["X-Search-Engine"], body.get("suggestion", "")
    outcome = response.context["search_outcome"]
    if outcome.count and b'class="search-facets"' not in response.content:
        raise RuntimeError(f"{title} showed {outcome.count} results without facets")
    return outcome.count, outcome.engine, outcome.suggestion


def statement(sql):
    """What an SQL statement does, to tell a reader which ones a request made more: its verb and
    the first table it names ("SELECT search_searchentry")."""
    verb = sql.split(None, 1)[0].upper() if sql.strip() else ""
    table = re.search(r'\b(?:FROM|INTO|UPDATE)\s+"?(\w+)"?', sql, re.IGNORECASE)
    return f"{verb} {table.group(1) if table else '…'}"


def facet_spread():
    """How many values each facet has in the corpus, and how many entries carry one."""
    from django.db.models import Count

    from search.models import SearchFacet

    rows = SearchFacet.objects.values("name").annotate(values=Count("value", distinct=True), entries=Count("id"))
    parts = [f"{row['name']} {row['values']} values on {row['entries']} entries" for row in rows.order_by("name")]
    return "facets: " + (", ".join(parts) or "none")


def rebuild_index():
    from django.core.management import call_command

    begin = time.perf_counter()
    call_command("update_index", verbosity=0, stdout=open(os.devnull, "w"))
    return time.perf_counter() - begin


def check_api(client):
    response = client.get("/api/search/", {"q": "mestring", "locale": "nb"})
    if response.status_code != 200 or not response.get("Content-Type", "").startswith("application/json"):
        raise RuntimeError(f"GET /api/search/ answered {response.status_code} {response.get('Content-Type', '')}")


def score(client, query):
    from tests.demo import original_filename

    expected = {(e["type"], e["slug"]) for e in query["expect"]}
    row = {"id": query["id"], "rank": None, "count": 0, "first": None}
    response = client.get("/api/search/", {"q": query["query"], "locale": query["locale"]})
    if response.status_code != 200:
        row["error"] = f"answered {response.status_code}"
        return row
    body = response.json()
    results = body["results"][:RESULTS_PER_PAGE]
    row["count"] = body["count"]
    if results:
        row["first"] = {key: results[0].get(key, "") for key in ("type", "slug", "title")}
    for rank, hit in enumerate(results, start=1):
        slug = original_filename(hit["slug"]) if hit["type"] == "document" else hit["slug"]
        if (hit["type"], slug) in expected:
            row["rank"] = rank
            break
    return row


TASKS = {"demo": task_demo, "corpus": task_corpus, "relevance": task_relevance, "scale": task_scale}


# --------------------------------------------------------------------------- the generated corpus ----

# Towns by county ("county: town, town"); the region follows from the county.
TOWNS = [
    (town.strip(), county)
    for county, towns in (
        line.split(": ")
        for line in """
Troms: Tromsø, Harstad
Nordland: Bodø, Narvik, Mo i Rana
Finnmark: Hammerfest, Kirkenes, Alta
Trøndelag: Trondheim, Levanger, Namsos
Møre og Romsdal: Molde, Ålesund, Kristiansund
Vestland: Bergen, Førde, Voss
Rogaland: Stavanger, Haugesund, Egersund
Agder: Kristiansand, Arendal
Telemark: Skien, Porsgrunn
Vestfold: Tønsberg, Larvik
Buskerud: Drammen, Kongsberg
Akershus: Lørenskog, Bærum
Oslo: Oslo
Innlandet: Hamar, Gjøvik, Lillehammer, Elverum
Østfold: Fredrikstad, Sarpsborg
""".strip().splitlines()
    )
    for town in towns.split(",")
]
REGIONS = {
    "Troms": "nord",
    "Nordland": "nord",
    "Finnmark": "nord",
    "Trøndelag": "midt",
    "Møre og Romsdal": "midt",
    "Vestland": "vest",
    "Rogaland": "vest",
}
CENTRE_KINDS = [
    ("lms", "spesialist", "Lærings- og mestringssenteret, Sykehuset i {town}"),
    ("frisklivssentral", "kommune", "Frisklivssentralen i {town}"),
    ("frisklivs-og-mestringssenter", "kommune", "Frisklivs- og mestringssenteret i {town}"),
    ("helsehus", "kommune", "Helsehuset i {town}"),
    ("annet", "kommune", "Lærings- og mestringstjenesten i {town} kommune"),
]
TITLES = {
    "nb": {
        "offer": [
            "Leve med {s}",
            "Kurs for pårørende til personer med {s}",
            "Mestring av {s} i hverdagen",
            "{S} – digitalt kurs",
            "Lærings- og mestringskurs om {s}",
            "Samtalegruppe: {s}",
            "{S} – kurs for pasienter og pårørende",
        ],
        "article": [
            "{S}: erfaringer fra {town}",
            "Nytt kurs om {s} i {town}",
            "Brukerrepresentanter i kurs om {s}",
            "Hva vet vi om kurs for personer med {s}?",
            "Pårørende og {s}: dette etterspør de",
        ],
        "toolkit": [
            ("mal", "Mal for kursplan: {s}"),
            ("brosjyre", "Brosjyre om {s}"),
            ("evaluering", "Spørreskjema etter kurs om {s}"),
            ("metode", "Gruppeledelse i kurs om {s}"),
            ("begrep", "Begrep: {s}"),
        ],
    },
    "nn": {
        "offer": [
            "Leve med {s}",
            "Kurs for pårørande til personar med {s}",
            "Meistring av {s} i kvardagen",
            "Lærings- og meistringskurs om {s}",
        ],
        "article": ["{S}: erfaringar frå {town}", "Nytt kurs om {s} i {town}", "Brukarrepresentantar i kurs om {s}"],
        "toolkit": [
            ("mal", "Mal for kursplan: {s}"),
            ("brosjyre", "Brosjyre om {s}"),
            ("evaluering", "Spørjeskjema etter kurs om {s}"),
        ],
    },
}
SHARES = {"article": 0.30, "centre": 0.06, "offer": 0.50, "toolkit": 0.14}
# Facet values as a real site spreads them, so facet counting does real work: an article or offer
# has one to three topics (TOPIC_COUNTS), chosen with Zipf weights over the demo's topics, so a few
# are common and most are rare; an offer is for one to three target groups, patients and relatives
# far more often than health personnel. The region follows from the centre's county (REGIONS).
TOPIC_COUNTS = {1: 0.55, 2: 0.33, 3: 0.12}
TARGET_GROUPS = {"pasienter": 0.8, "parorende": 0.5, "barn": 0.12, "ungdom": 0.15, "helsepersonell": 0.1}
TARGET_GROUP_COUNTS = {1: 0.5, 2: 0.38, 3: 0.12}
LOCALE_SHARES = {"nb": 0.9, "nn": 0.1}
DOCUMENT_SHARE = 0.03  # of all generated pages: a few hundred in 10 000


@contextmanager
def signals_muted():
    """No model signal handlers while the corpus is written: no indexing page by page (the timed
    update_index does it all), no reference index. Documents are made outside this, so their text
    is extracted as on the site."""
    from django.db.models import signals

    muted = [signals.pre_save, signals.post_save, signals.post_delete, signals.m2m_changed]
    saved = [(hook, hook.receivers) for hook in muted]
    for hook in muted:
        hook.receivers = []
        hook.sender_receivers_cache.clear()
    try:
        yield
    finally:
        for hook, receivers in saved:
            hook.receivers = receivers
            hook.sender_receivers_cache.clear()


def build_corpus(total):
    """Write `total` pages under the demo's section pages; a summary line."""
    from django.db import transaction
    from django.utils import timezone
    from django.utils.text import slugify
    from wagtail.models import Locale

    from articles.models import ArticleIndexPage, ArticlePage, ArticleTopic
    from centres.models import CentreIndexPage, CentrePage
    from core.models import Topic
    from interchange.html import html_to_body
    from offers.models import OfferPage, OfferSession, OfferTopic
    from toolkit.models import ToolkitDocument, ToolkitIndexPage, ToolkitResourcePage

    rng = random.Random(20260101)
    now = timezone.now()
    counts = defaultdict(int)
    n_documents = max(10, int(total * DOCUMENT_SHARE))
    documents = make_documents(rng, n_documents)
    by_language = {lang: max(1, round(total * share)) for lang, share in LOCALE_SHARES.items()}
    by_language["nb"] = total - sum(n for lang, n in by_language.items() if lang != "nb")
    sentences = demo_sentences()
    serial = iter(range(1, 10**9))

    def text(lang, low, high):
        return " ".join(rng.choice(sentences[lang]) for _ in range(rng.randint(low, high)))

    def body(lang):
        paragraphs = [f"<p>{text(lang, 2, 4)}</p>" for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.4:
            paragraphs.insert(1, f"<h2>{rng.choice(sentences[lang]).rstrip('.?!')[:80]}</h2>")
        return html_to_body("".join(paragraphs))

    def subject(topics):
        name = rng.choice(topics).name
        return name if name[1:2].isupper() else name[0].lower() + name[1:]

    def some(weights, counts):
        """One to three distinct values of `weights` (value: weight), as many as `counts` draws."""
        amount = rng.choices(list(counts), weights=list(counts.values()))[0]
        pool, chosen = dict(weights), []
        while pool and len(chosen) < amount:
            value = rng.choices(list(pool), weights=list(pool.values()))[0]
            chosen.append(value)
            del pool[value]
        return chosen

    def fill(template, topic_name, town=""):
        return template.format(s=topic_name, S=topic_name[0].upper() + topic_name[1:], town=town)

    def base(model, title, lang):
        return model(
            title=title,
            slug=f"{slugify(title)[:60]}-{next(serial)}",
            intro=text(lang, 1, 2)[:600],
            live=True,
            first_published_at=now,
            last_published_at=now,
        )

    with transaction.atomic(), signals_muted():
        for lang, amount in by_language.items():
            locale = Locale.objects.get(language_code=lang)
            topics = list(Topic.objects.filter(locale=locale)) or list(Topic.objects.filter(locale__language_code="nb"))
            rng.shuffle(topics)  # which topics are common is chance, not the alphabet
            topic_weights = {topic: 1 / rank for rank, topic in enumerate(topics, start=1)}
            sections = {
                "article": ArticleIndexPage.objects.get(locale=locale),
                "centre": CentreIndexPage.objects.get(locale=locale),
                "toolkit": ToolkitIndexPage.objects.get(locale=locale),
            }
            plan = {kind: max(1, round(amount * share)) for kind, share in SHARES.items()}
            plan["offer"] = amount - plan["article"] - plan["centre"] - plan["toolkit"]
            titles = TITLES[lang]
            centres = []
            for _ in range(plan["centre"]):
                town, county = rng.choice(TOWNS)
                kind, level, pattern = rng.choice(CENTRE_KINDS)
                centre = base(CentrePage, pattern.format(town=town), lang)
                centre.kind, centre.level = kind, level
                centre.region, centre.county, centre.municipality = REGIONS.get(county, "sor-ost"), county, town
                centre.parent_organisation = f"{town} kommune" if level == "kommune" else f"Sykehuset i {town} HF"
                centre.address = f"Storgata {rng.randint(1, 80)}\n{rng.randint(1000, 9990)} {town}"
                centre.email = f"post@{slugify(town)}.example.no"
                centre.phone = f"+47 {rng.randint(20, 99)} 00 00 {rng.randint(10, 99)}"
                centre.body = body(lang)
                sections["centre"].add_child(instance=centre)
                centres.append((centre, town))
            counts["centre"] += len(centres)
            for _ in range(plan["offer"]):
                centre, town = rng.choice(centres)
                chosen = some(topic_weights, TOPIC_COUNTS)
                offer = base(OfferPage, fill(rng.choice(titles["offer"]), subject(chosen[:1])), lang)
                offer.target_groups = some(TARGET_GROUPS, TARGET_GROUP_COUNTS)
                offer.format = rng.choice(["gruppe", "gruppe", "digital", "individuell"])
                offer.cost = "Gratis"
                offer.co_developed = rng.random() < 0.7
                offer.body = body(lang)
                offer.topic_links = [OfferTopic(topic=topic) for topic in chosen]
                place_town = town if rng.random() < 0.8 else rng.choice(TOWNS)[0]
                offer.sessions = [
                    OfferSession(
                        start=now + datetime.timedelta(days=rng.randint(7, 60), hours=i),
                        place=f"{rng.choice(['Kurssalen', 'Møterom 2', 'Auditoriet', 'Kantina'])}, {place_town}",
                        capacity=rng.randint(8, 30),
                    )
                    for i in range(rng.randint(1, 3))
                ]
                centre.add_child(instance=offer)
                counts["offer"] += 1
            for _ in range(plan["article"]):
                chosen = some(topic_weights, TOPIC_COUNTS)
                article = base(
                    ArticlePage, fill(rng.choice(titles["article"]), subject(chosen[:1]), rng.choice(TOWNS)[0]), lang
                )
                article.published_at = (now - datetime.timedelta(days=rng.randint(1, 700))).date()
                article.body = body(lang)
                article.topic_links = [ArticleTopic(topic=topic) for topic in chosen]
                sections["article"].add_child(instance=article)
                counts["article"] += 1
            for _ in range(plan["toolkit"]):
                resource_type, pattern = rng.choice(titles["toolkit"])
                resource = base(ToolkitResourcePage, fill(pattern, subject(topics)), lang)
                resource.resource_type = resource_type
                resource.phases = rng.sample(["planlegge", "gjennomfore", "evaluere"], rng.randint(1, 3))
                resource.audiences = rng.sample(["fagpersoner", "brukerrepresentanter"], rng.randint(1, 2))
                resource.body = body(lang)
                if documents:
                    document = documents.pop()
                    # The locale explicitly: Wagtail sets it in a pre_save handler, muted here.
                    resource.documents = [ToolkitDocument(document=document, title=document.title, locale=locale)]
                    counts["with a document"] += 1
                sections["toolkit"].add_child(instance=resource)
                counts["toolkit"] += 1
    made = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    return f"{sum(counts[k] for k in SHARES)} pages ({made}), {n_documents} documents"


def make_documents(rng, amount):
    """`amount` documents with text, PDF, DOCX, ODT and TXT in turn, stored and extracted as uploads are."""
    from django.core.files.base import ContentFile
    from django.db import transaction

    from core.models import CustomDocument
    from demo.documents import render_docx, render_odt, render_pdf

    sentences = demo_sentences()["nb"]
    renderers = [("pdf", render_pdf), ("docx", render_docx), ("odt", render_odt), ("txt", None)]
    made = []
    with transaction.atomic():  # the text is extracted when this commits, as after an upload
        for i in range(amount):
            extension, render = renderers[i % len(renderers)]
            title = f"Kursmateriell {i + 1}: {rng.choice(sentences).rstrip('.?!')[:60]}"
            paragraphs = [" ".join(rng.choice(sentences) for _ in range(4)) for _ in range(rng.randint(3, 8))]
            data = render(title, paragraphs) if render else "\n\n".join([title, *paragraphs]).encode("utf-8")
            document = CustomDocument(title=title)
            document.file.save(f"kursmateriell-{i + 1}.{extension}", ContentFile(data), save=False)
            document._set_document_file_metadata()
            document.save()
            made.append(document)
    return [CustomDocument.objects.get(pk=document.pk) for document in made]


def demo_sentences():
    """Sentences from the demo's own pages and documents, per language."""
    from django.utils import timezone

    from demo.bundle import build_records
    from demo.documents import DOCUMENTS

    found = {"nb": [], "nn": []}
    for record in build_records(timezone.localdate()):
        language = record.get("locale", "nb")
        if language not in found:
            continue
        for field in ("intro", "body", "co_development_note"):
            found[language].extend(split_sentences(record.get(field, "")))
    for document in DOCUMENTS.values():
        for paragraph in document.paragraphs:
            found["nb"].extend(split_sentences(paragraph))
    return found


def split_sentences(html):
    text = re.sub(r"<[^>]+>", " ", html)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if 20 <= len(s.strip()) <= 300]


if __name__ == "__main__":
    if "BENCH_CHILD" in os.environ:
        run_child(json.loads(os.environ["BENCH_CHILD"]))
    else:
        main()
