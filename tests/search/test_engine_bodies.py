"""What the site sends to OpenSearch and Elasticsearch, and what it asks of the database backend.

No Elasticsearch server can be had on the machines this is built on (the OpenSearch node is tested
in test_search_node.py and test_site_search.py), so for Elasticsearch this is what can be tested:
the index definition, the query, and the client calls the adapters make. Only the network is stood
in for: by a recording client object, or, for bulk writes, by a recording node under the real
client, so the client library's own helpers still build the requests.
"""

import datetime
import json
import logging

import elastic_transport
import opensearchpy
import pytest
from django.conf import settings
from elastic_transport import ApiResponseMeta, BaseNode, HttpHeaders, NodeConfig
from elastic_transport._node._base import NodeApiResponse
from elasticsearch import ApiError, Elasticsearch
from wagtail.search.query import And, Or, Phrase, PlainText

from search.analysis import fold, parse_query
from search.engines import EngineUnavailable
from search.engines.analysis import FOLDING, TEXT_FIELDS, document, index_body, query_body
from search.engines.database import compile_plan
from search.engines.server import ElasticsearchEngine, OpenSearchEngine
from search.models import SearchEntry

NOW = "2026-03-01T12:00:00+00:00"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def entry(**fields):
    """A search entry in memory, with every field filled."""
    values = {
        "key": "page:7",
        "result_type": "offer",
        "language": "nb",
        "title": "Astmaskolen",
        "url": "/nb/kurs/astmaskolen/",
        "slug": "astmaskolen",
        "intro": "Et kurs om å leve med astma.",
        "keywords": "astma, lungesykdom",
        "places": "Lillehammer, Innlandet",
        "related": "Lærings- og mestringssenteret Sykehuset Innlandet",
        "body": "Kurset går over to dager.",
        "document_text": "Program for astmaskolen.",
        "expire_at": datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC),
    }
    values.update(fields)
    built = SearchEntry(**values)
    built.analyse()
    return built


def walk(node):
    """Every dict inside a request body."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def found(body, kind):
    """The queries of one kind (multi_match, match_phrase, ...) anywhere in a request body."""
    return [node[kind] for node in walk(body) if kind in node]


# --- the index -------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "stemmer"), [("nb", "norwegian"), ("nn", "light_nynorsk"), ("en", "english")])
def test_each_language_has_one_analyzer_with_folding_and_its_stemmer(language, stemmer):
    analysis = index_body(language)["settings"]["analysis"]
    assert list(analysis["analyzer"]) == ["mestring_text"]
    analyzer = analysis["analyzer"]["mestring_text"]
    assert analyzer["char_filter"] == ["norwegian_folding"]
    assert analysis["char_filter"]["norwegian_folding"]["type"] == "mapping"
    assert analyzer["filter"] == ["lowercase", "asciifolding", "mestring_stemmer"]
    assert analysis["filter"]["mestring_stemmer"] == {"type": "stemmer", "language": stemmer}


def test_the_servers_fold_as_the_site_does():
    # Each mapping of the char filter is what search/analysis.py's fold() makes of it, so a word
    # the server folds matches the same word folded by the site.
    for rule in FOLDING:
        written, folded = rule.split("=>")
        assert fold(written) == folded, rule
    mapped = {rule.split("=>")[0] for rule in FOLDING}
    assert {"æ", "ø", "å", "Æ", "Ø", "Å", "aa", "oe"} <= mapped


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_fields_use_the_analyzer_and_analysed_fields_are_only_split(language):
    properties = index_body(language)["mappings"]["properties"]
    for name in TEXT_FIELDS:
        assert properties[name] == {"type": "text", "analyzer": "mestring_text"}, name
    # What search/analysis.py made is stemmed already: stemming it again would break matching.
    assert properties["terms"]["analyzer"] == "whitespace"
    assert properties["title_terms"]["analyzer"] == "whitespace"
    assert properties["result_type"]["type"] == "keyword"
    assert properties["expire_at"]["type"] == "date"


@pytest.mark.parametrize("language", LANGUAGES)
def test_mapping_is_strict_and_knows_every_field_sent(language):
    mappings = index_body(language)["mappings"]
    assert mappings["dynamic"] == "strict"
    sent = document(entry(language=language))
    assert set(sent) == set(mappings["properties"])


def test_document_carries_the_text_and_what_the_analysis_made_of_it():
    sent = document(entry())
    assert sent["key"] == "page:7"
    assert sent["title"] == "Astmaskolen"
    assert sent["title_terms"].split()[:1] == ["astmaskol"]
    assert {"astm", "skol"} <= set(sent["title_terms"].split())
    assert sent["expire_at"] == "2026-06-01T12:00:00+00:00"
    json.dumps(sent)


def test_document_without_expiry_sends_null():
    assert document(entry(expire_at=None))["expire_at"] is None


# --- the query -------------------------------------------------------------------------------


def body(text, language="nb", types=(), offset=0, limit=10, fuzzy=False, synonyms=None):
    return query_body(parse_query(text, language, synonyms=synonyms), types, offset, limit, NOW, fuzzy=fuzzy)


def test_facets_are_counted_each_with_the_other_facets_filters():
    from search.facets import Filters

    chosen = Filters({"type": ("offer",), "region": ("nord", "vest"), "topic": ()})
    sent = query_body(parse_query("astma", "nb"), chosen, 0, 10, NOW, facets=True)
    assert sent["post_filter"] == {
        "bool": {"filter": [{"terms": {"result_type": ["offer"]}}, {"terms": {"region": ["nord", "vest"]}}]}
    }
    aggs = sent["aggs"]
    assert set(aggs) == {"type", "topic", "region", "target_group"}
    # The type facet is counted under the region filter only, the region facet under the type filter only.
    assert aggs["type"]["filter"] == {"bool": {"filter": [{"terms": {"region": ["nord", "vest"]}}]}}
    assert aggs["region"]["filter"] == {"bool": {"filter": [{"terms": {"result_type": ["offer"]}}]}}
    assert aggs["topic"]["filter"]["bool"]["filter"] == [
        {"terms": {"result_type": ["offer"]}},
        {"terms": {"region": ["nord", "vest"]}},
    ]
    assert aggs["target_group"]["aggs"]["values"]["terms"]["field"] == "target_group"
    assert "aggs" not in query_body(parse_query("astma", "nb"), chosen, 0, 10, NOW)


def test_the_highlighter_marks_with_characters_that_are_never_markup():
    sent = query_body(parse_query("astma", "nb"), (), 0, 10, NOW, highlight=True)["highlight"]
    assert (sent["pre_tags"], sent["post_tags"]) == (["\ue000"], ["\ue001"])
    assert set(sent["fields"]) == {"intro", "body", "document_text"}


def test_every_clause_must_match():
    sent = body("astma kols Lillehammer")
    assert len(sent["query"]["bool"]["must"]) == 3
    assert "should" not in sent["query"]["bool"]


def test_a_word_is_matched_by_its_stem_and_by_the_servers_own_analysis():
    (clause,) = body("Skolen")["query"]["bool"]["must"]
    matches = found(clause, "multi_match")
    assert {"query": "skol", "fields": ["title_terms^4", "terms"]} in matches
    native = [m for m in matches if m["query"] == "skolen"]
    assert native and native[0]["type"] == "best_fields"
    assert "title^6.0" in native[0]["fields"]


def test_a_compound_requires_all_its_parts_across_fields():
    (clause,) = body("pårørendeskole")["query"]["bool"]["must"]
    parts = [m for m in found(clause, "multi_match") if m.get("type") == "cross_fields"]
    assert len(parts) == 1
    assert parts[0]["query"] == "paror skol"
    assert parts[0]["operator"] == "and"
    assert parts[0]["fields"] == ["title_terms^4", "terms"]


def test_a_known_word_has_no_parts_query():
    (clause,) = body("helsetjenesten")["query"]["bool"]["must"]
    assert not [m for m in found(clause, "multi_match") if m.get("type") == "cross_fields"]


def test_a_phrase_is_matched_as_a_phrase():
    (clause,) = body('"skole for pårørende"')["query"]["bool"]["must"]
    assert {"title_terms": "skol for paror"} in found(clause, "match_phrase")
    assert {"terms": "skol for paror"} in found(clause, "match_phrase")
    native = [m for m in found(clause, "multi_match") if m.get("type") == "phrase"]
    assert native[0]["query"] == "skole for parorende"


def test_a_synonym_clause_matches_any_of_its_alternatives():
    (clause,) = body("FLS", synonyms=[[("fls",), ("frisklivssentral",)]])["query"]["bool"]["must"]
    assert clause["bool"]["minimum_should_match"] == 1
    assert len(clause["bool"]["should"]) == 2
    stems = {m["query"] for m in found(clause, "multi_match") if m["fields"] == ["title_terms^4", "terms"]}
    assert stems == {"fls", "frisklivssentral"}


def test_fuzzy_search_is_fuzzy_on_the_words_only():
    sent = body("astmaskolen", fuzzy=True)
    fuzzy = [m for m in found(sent, "multi_match") if "fuzziness" in m]
    assert len(fuzzy) == 1
    assert fuzzy[0]["query"] == "astmaskolen"
    assert fuzzy[0]["fuzziness"] == "AUTO:7,12"  # no edit under seven letters
    assert fuzzy[0]["prefix_length"] == 1


def test_search_as_typed_is_not_fuzzy():
    assert not [m for m in found(body("astmaskolen"), "multi_match") if "fuzziness" in m]


def test_types_become_a_terms_post_filter():
    # A post_filter, so the facet counts see every match (the facets' own test is in test_facets.py).
    filters = body("astma", types=["offer", "article"])["post_filter"]["bool"]["filter"]
    assert {"terms": {"result_type": ["offer", "article"]}} in filters
    assert "post_filter" not in body("astma")
    assert not [f for f in body("astma")["query"]["bool"]["filter"] if "terms" in f]


def test_expired_entries_are_filtered_out():
    (expiry,) = [f for f in body("astma")["query"]["bool"]["filter"] if "bool" in f]
    assert {"range": {"expire_at": {"gt": NOW}}} in expiry["bool"]["should"]
    assert {"bool": {"must_not": {"exists": {"field": "expire_at"}}}} in expiry["bool"]["should"]


def test_the_page_of_results_and_only_the_key_are_asked_for():
    sent = body("astma", offset=20, limit=10)
    assert (sent["from"], sent["size"]) == (20, 10)
    assert sent["_source"] == ["key"]
    assert sent["track_total_hits"] is True


# --- the adapters ----------------------------------------------------------------------------


class Recorder:
    """Stands in for a client: records every call as (dotted name, args, kwargs), answers from
    `answers` (a value, or a function of the call's keyword arguments) and raises from `raises`."""

    def __init__(self, answers=None, raises=None, prefix="", calls=None):
        self.answers = answers or {}
        self.raises = raises or {}
        self.prefix = prefix
        self.calls = [] if calls is None else calls

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "indices":
            return Recorder(self.answers, self.raises, "indices.", self.calls)
        path = self.prefix + name

        def method(*args, **kwargs):
            self.calls.append((path, args, kwargs))
            if path in self.raises:
                raise self.raises[path]
            answer = self.answers.get(path)
            return answer(**kwargs) if callable(answer) else answer

        return method

    def called(self, path):
        return [kwargs for name, _args, kwargs in self.calls if name == path]


def existing_alias(name):
    return {f"{name}_1": {"aliases": {name: {}}}}


HITS = {"hits": {"total": {"value": 1, "relation": "eq"}, "hits": [{"_id": "page:7", "_score": 3.5}]}}


def engine_with(engine_class, **recorder):
    engine = engine_class(url="http://search.invalid:9200", prefix="test")
    engine._client = Recorder(**recorder)
    return engine


@pytest.mark.parametrize("engine_class", [ElasticsearchEngine, OpenSearchEngine])
def test_rebuild_fills_a_new_index_per_language_then_swaps_the_alias(engine_class):
    engine = engine_with(
        engine_class, answers={"indices.exists_alias": True, "indices.get_alias": lambda name: existing_alias(name)}
    )
    engine.rebuild([])
    created = [kwargs["index"] for kwargs in engine.client.called("indices.create")]
    assert [name.rsplit("_", 1)[0] for name in created] == [f"test_entries_{code}" for code in LANGUAGES]
    assert [kwargs["index"] for kwargs in engine.client.called("indices.refresh")] == created
    swaps = engine.client.called("indices.update_aliases")
    actions = [kwargs["actions"] if "actions" in kwargs else kwargs["body"]["actions"] for kwargs in swaps]
    assert actions[0] == [
        {"remove": {"index": "test_entries_nb_1", "alias": "test_entries_nb"}},
        {"add": {"index": created[0], "alias": "test_entries_nb"}},
    ]
    deleted = [kwargs["index"] for kwargs in engine.client.called("indices.delete")]
    assert deleted == [f"test_entries_{code}_1" for code in LANGUAGES]
    # Each old index goes only after its alias points at the new one.
    names = [name for name, _args, _kwargs in engine.client.calls]
    assert names.index("indices.update_aliases") < names.index("indices.delete")


def test_elasticsearch_gets_settings_and_mappings_as_keywords():
    engine = engine_with(ElasticsearchEngine, answers={"indices.exists_alias": False})
    engine.rebuild([])
    (create, *_rest) = engine.client.called("indices.create")
    assert set(create) == {"index", "settings", "mappings"}
    assert create["settings"] == index_body("nb")["settings"]
    assert create["mappings"] == index_body("nb")["mappings"]
    (swap, *_rest) = engine.client.called("indices.update_aliases")
    assert set(swap) == {"actions"}
    assert not [kwargs for _name, _args, kwargs in engine.client.calls if "body" in kwargs]


def test_opensearch_gets_the_index_as_a_body():
    engine = engine_with(OpenSearchEngine, answers={"indices.exists_alias": False})
    engine.rebuild([])
    (create, *_rest) = engine.client.called("indices.create")
    assert create == {"index": create["index"], "body": index_body("nb")}
    (swap, *_rest) = engine.client.called("indices.update_aliases")
    assert set(swap) == {"body"}
    assert engine.client.called("indices.delete") == []


def test_elasticsearch_search_passes_the_query_by_keywords():
    engine = engine_with(ElasticsearchEngine, answers={"search": HITS})
    total, hits = engine.search(parse_query("astmaskolen", "nb"), "nn", ["offer"], 20, 10)
    assert (total, hits) == (1, [("page:7", 3.5)])
    (call,) = engine.client.called("search")
    assert set(call) == {"index", "query", "from_", "size", "track_total_hits", "source", "post_filter", "highlight"}
    assert call["index"] == "test_entries_nn"
    assert (call["from_"], call["size"], call["source"]) == (20, 10, ["key"])
    assert {"terms": {"result_type": ["offer"]}} in call["post_filter"]["bool"]["filter"]


def test_opensearch_search_passes_the_query_as_a_body():
    engine = engine_with(OpenSearchEngine, answers={"search": HITS})
    total, hits = engine.search(parse_query("astmaskolen", "nb"), "nb", [], 0, 10)
    assert (total, hits) == (1, [("page:7", 3.5)])
    (call,) = engine.client.called("search")
    assert set(call) == {"index", "body"}
    assert call["index"] == "test_entries_nb"
    assert (call["body"]["from"], call["body"]["size"]) == (0, 10)
    assert len(call["body"]["query"]["bool"]["must"]) == 1


def test_a_total_given_as_a_number_is_read_too():
    engine = engine_with(OpenSearchEngine, answers={"search": {"hits": {"total": 4, "hits": []}}})
    assert tuple(engine.search(parse_query("astma", "nb"), "nb", [], 0, 10)) == (4, [])


def _api_error(status):
    meta = ApiResponseMeta(
        status=status, http_version="1.1", headers=HttpHeaders(), duration=0.0, node=NodeConfig("http", "x", 9200)
    )
    return ApiError("search_phase_execution_exception", meta=meta, body={"error": "boom"})


CLIENT_ERRORS = [
    (ElasticsearchEngine, lambda: elastic_transport.ConnectionError("Connection refused")),
    (ElasticsearchEngine, lambda: elastic_transport.ConnectionTimeout("timed out")),
    (ElasticsearchEngine, lambda: _api_error(503)),
    (OpenSearchEngine, lambda: opensearchpy.exceptions.ConnectionError("N/A", "Connection refused", OSError())),
    (OpenSearchEngine, lambda: opensearchpy.exceptions.ConnectionTimeout("TIMEOUT", "timed out", OSError())),
    (OpenSearchEngine, lambda: opensearchpy.exceptions.TransportError(503, "unavailable")),
]


@pytest.mark.parametrize(("engine_class", "error"), CLIENT_ERRORS)
def test_client_errors_on_search_make_the_engine_unavailable(engine_class, error):
    engine = engine_with(engine_class, raises={"search": error()})
    with pytest.raises(EngineUnavailable, match=f"{engine.name} search failed"):
        engine.search(parse_query("astma", "nb"), "nb", [], 0, 10)


@pytest.mark.parametrize(("engine_class", "error"), CLIENT_ERRORS)
def test_client_errors_on_rebuild_make_the_engine_unavailable(engine_class, error):
    engine = engine_with(engine_class, raises={"indices.create": error()})
    with pytest.raises(EngineUnavailable, match="index creation failed"):
        engine.rebuild([])


@pytest.mark.parametrize(("engine_class", "error"), CLIENT_ERRORS[::3])
def test_a_failed_write_is_logged_not_raised(engine_class, error, caplog):
    engine = engine_with(engine_class, raises={"indices.exists_alias": error()})
    with caplog.at_level(logging.WARNING, logger="mestring.search"):
        engine.write([entry()], [])
    assert "run update_index" in caplog.text


def test_a_bug_is_not_mistaken_for_a_server_down():
    engine = engine_with(OpenSearchEngine, raises={"search": TypeError("unexpected keyword argument 'body'")})
    with pytest.raises(TypeError):
        engine.search(parse_query("astma", "nb"), "nb", [], 0, 10)


# --- bulk writes through the real clients ----------------------------------------------------


def bulk_answer(payload, refuse=()):
    """The server's answer to a bulk request: each index accepted unless its id is in `refuse`,
    each delete of a document it never had a 404."""
    lines = [json.loads(line) for line in payload.splitlines() if line.strip()]
    items = []
    for line in lines:
        (operation, meta), *_ = line.items()
        if operation not in ("index", "delete") or "_id" not in meta:
            continue
        status = 400 if meta["_id"] in refuse else (201 if operation == "index" else 404)
        items.append({operation: {"_index": meta["_index"], "_id": meta["_id"], "status": status}})
    return {"took": 1, "errors": any(i[next(iter(i))]["status"] >= 300 for i in items), "items": items}


def elasticsearch_client(sent, refuse=()):
    class RecordingNode(BaseNode):
        def perform_request(self, method, target, body=None, headers=None, request_timeout=None):
            sent.append((method, target, body.decode() if body else None))
            if target.startswith("/_bulk"):
                payload = bulk_answer(body.decode(), refuse)
            else:
                payload = {"acknowledged": True}
            headers = HttpHeaders({"x-elastic-product": "Elasticsearch", "content-type": "application/json"})
            meta = ApiResponseMeta(status=200, http_version="1.1", headers=headers, duration=0.0, node=self.config)
            return NodeApiResponse(meta, b"" if method == "HEAD" else json.dumps(payload).encode())

    return Elasticsearch("http://search.invalid:9200", node_class=RecordingNode, max_retries=0)


def opensearch_client(sent, refuse=()):
    class RecordingConnection(opensearchpy.Connection):
        def perform_request(self, method, url, params=None, body=None, timeout=None, ignore=(), headers=None):
            text = body.decode() if isinstance(body, bytes) else body
            sent.append((method, url, params, text))
            if url.startswith("/_bulk"):
                return 200, {}, json.dumps(bulk_answer(text, refuse))
            return 200, {}, "" if method == "HEAD" else json.dumps({"acknowledged": True})

    return opensearchpy.OpenSearch(
        hosts=["http://search.invalid:9200"], connection_class=RecordingConnection, max_retries=0
    )


def sent_bulk(sent):
    (request,) = [request for request in sent if "/_bulk" in request[1]]
    return request, [json.loads(line) for line in request[-1].splitlines() if line.strip()]


def test_elasticsearch_write_sends_documents_to_the_alias_and_deletes_stale_keys():
    sent = []
    engine = ElasticsearchEngine(url="http://search.invalid:9200", prefix="test", refresh=True)
    engine._client = elasticsearch_client(sent)
    engine.write([entry()], ["page:8", "document:3:nn"])
    (method, target, _payload), lines = sent_bulk(sent)
    assert target == "/_bulk?refresh=wait_for"
    assert lines[0] == {"index": {"_index": "test_entries_nb", "_id": "page:7"}}
    assert lines[1] == document(entry())
    deletes = [line["delete"] for line in lines if "delete" in line]
    # A page's key may be in every language's index; a document's only in its own.
    assert deletes == [{"_index": f"test_entries_{code}", "_id": "page:8"} for code in LANGUAGES] + [
        {"_index": "test_entries_nn", "_id": "document:3:nn"}
    ]


def test_opensearch_write_sends_documents_to_the_alias():
    sent = []
    engine = OpenSearchEngine(url="http://search.invalid:9200", prefix="test")
    engine._client = opensearch_client(sent)
    engine.write([entry(language="en", key="document:3:en")], [])
    (_method, _url, params, _payload), lines = sent_bulk(sent)
    assert params.get("refresh") in (b"false", "false")
    assert lines == [
        {"index": {"_index": "test_entries_en", "_id": "document:3:en"}},
        document(entry(language="en", key="document:3:en")),
    ]


@pytest.mark.parametrize("make_client", [elasticsearch_client, opensearch_client])
def test_a_refused_document_fails_the_rebuild(make_client):
    sent = []
    engine_class = ElasticsearchEngine if make_client is elasticsearch_client else OpenSearchEngine
    engine = engine_class(url="http://search.invalid:9200", prefix="test")
    engine._client = make_client(sent, refuse={"page:7"})
    with pytest.raises(EngineUnavailable, match="refused 1 document"):
        engine.rebuild([entry()])


@pytest.mark.parametrize("make_client", [elasticsearch_client, opensearch_client])
def test_a_refused_document_on_write_is_logged(make_client, caplog):
    sent = []
    engine_class = ElasticsearchEngine if make_client is elasticsearch_client else OpenSearchEngine
    engine = engine_class(url="http://search.invalid:9200", prefix="test")
    engine._client = make_client(sent, refuse={"page:7"})
    with caplog.at_level(logging.WARNING, logger="mestring.search"):
        engine.write([entry()], ["page:9"])
    assert "refused 1 document" in caplog.text


# --- the database ----------------------------------------------------------------------------


def shape(query):
    """Wagtail's query objects as plain tuples, to compare."""
    if isinstance(query, PlainText):
        return ("text", query.query_string)
    if isinstance(query, Phrase):
        return ("phrase", query.query_string)
    if isinstance(query, And):
        return ("and", *[shape(sub) for sub in query.subqueries])
    if isinstance(query, Or):
        return ("or", *[shape(sub) for sub in query.subqueries])
    raise AssertionError(f"unexpected query {query!r}")


def test_a_plain_word_is_plain_text_of_its_stem():
    assert shape(compile_plan(parse_query("Skolen", "nb"))) == ("text", "skol")


def test_a_compound_matches_itself_or_all_its_parts():
    assert shape(compile_plan(parse_query("pårørendeskole", "nb"))) == (
        "or",
        ("text", "parorendeskol"),
        ("and", ("text", "paror"), ("text", "skol")),
    )


def test_several_words_must_all_match():
    assert shape(compile_plan(parse_query("astma Tromsø", "nb"))) == ("and", ("text", "astm"), ("text", "tromso"))


def test_a_phrase_is_a_phrase_of_stems():
    assert shape(compile_plan(parse_query('"skole for pårørende" kols', "nb"))) == (
        "and",
        ("phrase", "skol for paror"),
        ("text", "kols"),
    )


def test_a_synonym_is_any_of_its_expressions():
    group = [("fls",), ("frisklivssentral",)]
    assert shape(compile_plan(parse_query("FLS", "nb", synonyms=[group]))) == (
        "or",
        ("text", "fls"),
        ("text", "frisklivssentral"),
    )


def test_a_synonym_of_several_words_needs_them_all():
    group = [("lms",), ("laering", "og", "mestringssenter")]
    assert shape(compile_plan(parse_query("LMS", "nb", synonyms=[group]))) == (
        "or",
        ("text", "lms"),
        (
            "and",
            ("text", "laering"),
            ("text", "og"),
            ("or", ("text", "mestringssent"), ("and", ("text", "mestring"), ("text", "sent"))),
        ),
    )
