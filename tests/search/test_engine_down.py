"""When the search server is down or hangs, visitors still get answers, from the database.

Three real failures: a port nothing listens on, a server that accepts connections and never
answers, and the real OpenSearch node frozen (SIGSTOP) in the middle of the suite, then thawed.
"""

import logging
import os
import signal
import socket
import threading
import time

import pytest

from search import corpus, engines
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

TIMEOUT = 2


@pytest.fixture
def articles(home):
    ArticlePageFactory(title="Likepersoner i lærings- og mestringstilbud", slug="likepersoner")
    corpus.rebuild()


def _server_settings(settings, url):
    settings.SEARCH_ENGINE = {"ENGINE": "opensearch", "URL": url, "INDEX": "down", "TIMEOUT": TIMEOUT}
    engines.reset()


@pytest.fixture(autouse=True)
def _forget_engines():
    yield
    engines.reset()


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _search(client):
    started = time.monotonic()
    response = client.get("/api/search/", {"q": "likepersoner"})
    return response, time.monotonic() - started


def test_a_closed_port_answers_from_the_database(client, articles, settings, caplog):
    _server_settings(settings, f"http://127.0.0.1:{_free_port()}")
    with caplog.at_level(logging.WARNING, logger="mestring.search"):
        response, _elapsed = _search(client)
    assert response.status_code == 200
    assert response["X-Search-Engine"] == "database"
    assert [hit["slug"] for hit in response.json()["results"]] == ["likepersoner"]
    assert "Search server unavailable, answering from the database" in caplog.text
    # The HTML page answers too.
    assert "Likepersoner i lærings- og mestringstilbud" in client.get("/sok/", {"q": "likepersoner"}).content.decode()


def test_publishing_while_the_server_is_down_still_publishes(client, home, settings, caplog, indexed):
    _server_settings(settings, f"http://127.0.0.1:{_free_port()}")
    with caplog.at_level(logging.WARNING, logger="mestring.search"), indexed():
        page = ArticlePageFactory(title="Samvalg i praksis", live=False)
        page.save_revision().publish()
    page.refresh_from_db()
    assert page.live
    assert "Search server not updated" in caplog.text
    response = client.get("/api/search/", {"q": "samvalg"})
    assert [hit["slug"] for hit in response.json()["results"]] == [page.slug]


@pytest.fixture
def silent_server():
    """A server that accepts connections and never answers: a hung node."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held, stop = [], threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    listener.close()


def test_a_hung_server_costs_the_timeout_then_the_database_answers(client, articles, settings, silent_server):
    _server_settings(settings, silent_server)
    response, elapsed = _search(client)
    assert response.status_code == 200
    assert response["X-Search-Engine"] == "database"
    assert response.json()["count"] == 1
    # Bounded by the timeout (about two seconds), not by the server.
    assert elapsed < TIMEOUT * 4


def _node_pid():
    from tests.search.conftest import _state_dir

    pid_file = _state_dir() / "opensearch.pid"
    if not pid_file.exists():
        pytest.fail(
            f"No {pid_file}: this test freezes the node scripts/search_server.sh started; "
            "point OPENSEARCH_STATE_DIR at its state directory.",
            pytrace=False,
        )
    return int(pid_file.read_text().strip())


def test_the_real_node_frozen_mid_suite_then_back(client, articles, settings, opensearch_url):
    settings.SEARCH_ENGINE = {
        "ENGINE": "opensearch",
        "URL": opensearch_url,
        "INDEX": f"frozen_{os.getpid()}",
        "TIMEOUT": TIMEOUT,
        "REFRESH": True,
    }
    engines.reset()
    corpus.rebuild()
    response, _elapsed = _search(client)
    assert response["X-Search-Engine"] == "opensearch"
    assert response.json()["count"] == 1
    pid = _node_pid()
    os.kill(pid, signal.SIGSTOP)
    try:
        response, elapsed = _search(client)
        assert response.status_code == 200
        assert response["X-Search-Engine"] == "database"
        assert response.json()["count"] == 1
        assert elapsed < TIMEOUT * 4
    finally:
        os.kill(pid, signal.SIGCONT)
    for _attempt in range(20):
        response, _elapsed = _search(client)
        if response["X-Search-Engine"] == "opensearch":
            break
        time.sleep(0.5)
    assert response["X-Search-Engine"] == "opensearch"
    assert response.json()["count"] == 1
    server = engines.server_engine()
    server.client.indices.delete(index=f"{server.prefix}_*", ignore_unavailable=True)
