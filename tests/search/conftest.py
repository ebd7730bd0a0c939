"""Fixtures for tests that need a real OpenSearch node.

``opensearch_url`` (session scope) makes sure a node answers:

* If ``OPENSEARCH_URL`` (default ``http://127.0.0.1:$OPENSEARCH_PORT``, port
  default 9201) already answers, it is used as is and left running.
* Otherwise the node is started with ``scripts/search_server.sh start`` and
  stopped again at the end of the session -- but only by the test session
  that started it, and only once no other test process (pytest-xdist worker
  or parallel pytest run) that registered itself is still using it.

Nothing here skips: without Java or Maven the tests fail with a message that
says what is missing. See docs/search-server.md.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SCRIPT = REPO_ROOT / "scripts" / "search_server.sh"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "search_node: checks the OpenSearch node itself (started via scripts/search_server.sh), not the site's search",
    )


def _state_dir() -> Path:
    return Path(os.environ.get("OPENSEARCH_STATE_DIR", REPO_ROOT / "var" / "opensearch"))


def _default_url() -> str:
    port = os.environ.get("OPENSEARCH_PORT", "9201")
    return os.environ.get("OPENSEARCH_URL", f"http://127.0.0.1:{port}").rstrip("/")


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_cluster/health", timeout=5) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def _locked(state_dir: Path):
    state_dir.mkdir(parents=True, exist_ok=True)
    with open(state_dir / ".pytest.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _java_candidates() -> list[str]:
    """Every java scripts/search_server.sh could pick (it chooses the line and the JDK itself)."""
    candidates = [os.environ.get("JAVA", "")]
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidates.append(str(Path(java_home) / "bin" / "java"))
    candidates.append(shutil.which("java") or "")
    candidates += [str(p) for p in sorted(Path("/usr/lib/jvm").glob("*/bin/java"))]
    return [c for c in candidates if c and shutil.which(c)]


def _check_tools() -> None:
    missing = []
    if not _java_candidates():
        missing.append(
            "Java (a JDK 21+ for OpenSearch 3, e.g. Temurin 25 under /usr/lib/jvm, "
            "or 11+ for OpenSearch 2.19, e.g. `apt-get install openjdk-17-jre-headless`)"
        )
    cached_cp = list(_state_dir().glob("opensearch-*/classpath.txt"))
    mvn = os.environ.get("MVN") or "mvn"
    if not shutil.which(mvn) and not cached_cp:
        missing.append("Maven (`apt-get install maven`) to fetch OpenSearch from Maven Central")
    if not shutil.which("bash"):
        missing.append("bash")
    if missing:
        pytest.fail(
            "search_node tests need a local OpenSearch node, which needs: "
            + "; ".join(missing)
            + ". Alternatively point OPENSEARCH_URL at a running node.",
            pytrace=False,
        )


def _run_script(command: str, port: int, timeout: int) -> subprocess.CompletedProcess:
    env = dict(os.environ, OPENSEARCH_PORT=str(port))
    return subprocess.run(
        ["bash", str(SCRIPT), command],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="session")
def opensearch_url():
    url = _default_url()
    state_dir = _state_dir()
    clients_dir = state_dir / "pytest-clients"
    owner_marker = state_dir / "started-by-pytest"
    me = clients_dir / str(os.getpid())

    with _locked(state_dir):
        clients_dir.mkdir(parents=True, exist_ok=True)
        me.touch()
        if not _answers(url):
            parts = urlsplit(url)
            if parts.hostname not in LOCAL_HOSTS:
                me.unlink(missing_ok=True)
                pytest.fail(
                    f"OPENSEARCH_URL={url} does not answer and is not local, so it cannot be started here.",
                    pytrace=False,
                )
            _check_tools()
            port = parts.port or 9200
            try:
                result = _run_script("start", port, timeout=900)
            except subprocess.TimeoutExpired as exc:
                me.unlink(missing_ok=True)
                pytest.fail(f"scripts/search_server.sh start timed out:\n{exc.output or ''}", pytrace=False)
            if result.returncode != 0 or not _answers(url):
                me.unlink(missing_ok=True)
                pytest.fail(
                    f"Could not start OpenSearch on {url} with scripts/search_server.sh start "
                    f"(exit {result.returncode}):\n{result.stdout}",
                    pytrace=False,
                )
            owner_marker.write_text(str(port))

    yield url

    with _locked(state_dir):
        me.unlink(missing_ok=True)
        others = [p for p in clients_dir.iterdir() if p.name.isdigit() and _pid_alive(int(p.name))]
        if owner_marker.exists() and not others:
            port = int(owner_marker.read_text().strip() or "9201")
            result = _run_script("stop", port, timeout=180)
            owner_marker.unlink(missing_ok=True)
            if result.returncode != 0:
                pytest.fail(f"scripts/search_server.sh stop failed:\n{result.stdout}", pytrace=False)


@pytest.fixture(scope="session")
def opensearch_client(opensearch_url):
    from opensearchpy import OpenSearch

    client = OpenSearch(hosts=[opensearch_url], timeout=30)
    yield client
    client.close()


@pytest.fixture(scope="session")
def search_server_status(opensearch_url):
    """What ``scripts/search_server.sh status`` says about the node at ``opensearch_url``.

    ``(exit status, output)``: exit 0 and ``running: OpenSearch <version> on Java <major> at <url> ...``
    when the script manages that node (started by it, ``make search-server`` or this fixture), exit 3
    when the node answering there was started some other way.
    """
    parts = urlsplit(opensearch_url)
    if parts.hostname not in LOCAL_HOSTS:
        return 3, f"not local: {opensearch_url}"
    result = _run_script("status", parts.port or 9200, timeout=60)
    return result.returncode, result.stdout.strip()


# --- the site's search on each engine -----------------------------------------------------------


@pytest.fixture(params=["database", "opensearch"])
def engine(request, settings):
    """The site's public search on one engine: the database backend of the test database (SQLite
    or PostgreSQL), or the real OpenSearch node with indices of this test's own."""
    import uuid

    from search import engines

    if request.param == "opensearch":
        url = request.getfixturevalue("opensearch_url")
        prefix = f"test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        settings.SEARCH_ENGINE = {"ENGINE": "opensearch", "URL": url, "INDEX": prefix, "TIMEOUT": 5, "REFRESH": True}
    engines.reset()
    yield request.param
    if request.param == "opensearch":
        engine = engines.server_engine()
        engine.client.indices.delete(index=f"{engine.prefix}_*", ignore_unavailable=True)
    engines.reset()


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """A context manager: what happens inside it is committed as far as indexing goes, so the
    search tasks run (the test's transaction itself never commits)."""

    @contextlib.contextmanager
    def run():
        with django_capture_on_commit_callbacks(execute=True):
            yield

    return run
