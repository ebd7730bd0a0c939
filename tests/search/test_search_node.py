"""Checks of the OpenSearch node itself, not of the site's search: the local node
(scripts/search_server.sh) is healthy and can analyse Norwegian text with the built-in
``norwegian`` analyzer. The site's search is tested in test_search_view.py.

Needs no database; the node is started by the ``opensearch_url`` fixture in
conftest.py when nothing answers on OPENSEARCH_URL.
"""

from __future__ import annotations

import uuid

import pytest

pytestmark = pytest.mark.search_node


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


def test_node_norwegian_analyzer_stems(opensearch_client):
    # Observed output of the Snowball Norwegian stemmer in OpenSearch 2.19.1.
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
