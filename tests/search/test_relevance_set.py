"""The search relevance set (relevance.json) is well formed and points at pages the demo has.

`make bench` (scripts/bench_search.py) measures each search engine against this set; these tests
only make sure the set cannot silently ask for pages that are not there. See docs/demo-content.md.
"""

import json
from collections import Counter
from pathlib import Path

from django.test import TestCase
from wagtail.models import get_page_models

from articles.models import ArticlePage
from centres.models import CentrePage
from core.models import CustomDocument
from offers.models import OfferPage
from tests.demo import load_demo, original_filename
from toolkit.models import ToolkitResourcePage

RELEVANCE_SET = Path(__file__).with_name("relevance.json")
LOCALES = {"nb", "nn", "en"}
KINDS = {
    "inflection",
    "compound-part",
    "compound-whole",
    "ascii",
    "abbreviation",
    "synonym",
    "typo",
    "phrase",
    "document",
    "place",
    "nynorsk",
    "english",
    "noise",
}
PAGE_TYPES = {"article", "centre", "offer", "toolkit"}
# Until every page model says its search result type (`search_type`), name the models here.
MODELS_BY_TYPE = {
    "article": ArticlePage,
    "centre": CentrePage,
    "offer": OfferPage,
    "toolkit": ToolkitResourcePage,
}


def load_set():
    return json.loads(RELEVANCE_SET.read_text(encoding="utf-8"))


def models_by_type():
    """Search result type -> page model, from the models' `search_type` once they have one."""
    declared = {}
    for model in get_page_models():
        search_type = getattr(model, "search_type", None)
        if search_type:
            assert search_type not in declared, f"two page models say search_type {search_type!r}"
            declared[search_type] = model
    return declared or MODELS_BY_TYPE


def test_the_set_is_large_enough_and_covers_every_kind_and_language():
    queries = load_set()
    assert len(queries) >= 60
    locales = Counter(query["locale"] for query in queries)
    assert locales["nn"] >= 10, locales
    assert locales["en"] >= 8, locales
    assert locales["nb"] > locales["nn"] + locales["en"], "most queries are in bokmål"
    kinds = Counter(query["kind"] for query in queries)
    assert set(kinds) == KINDS, f"kinds without a query: {KINDS - set(kinds)}"
    assert kinds["noise"] >= 8, kinds


def test_every_query_is_well_formed():
    queries = load_set()
    ids = Counter(query["id"] for query in queries)
    assert [id for id, n in ids.items() if n > 1] == []
    asked = Counter((query["locale"], query["query"].casefold()) for query in queries)
    assert [pair for pair, n in asked.items() if n > 1] == []
    for query in queries:
        assert set(query) == {"id", "locale", "query", "kind", "expect"}, query
        assert query["locale"] in LOCALES, query
        assert query["kind"] in KINDS, query
        assert query["query"].strip() == query["query"] and query["query"], query
        if query["kind"] == "noise":
            assert query["expect"] == [], f"{query['id']}: a noise query expects nothing"
        else:
            assert query["expect"], f"{query['id']}: expects no page"
        for expected in query["expect"]:
            assert set(expected) == {"type", "slug"}, query["id"]
            assert expected["type"] in PAGE_TYPES | {"document"}, query["id"]
        pairs = [(e["type"], e["slug"]) for e in query["expect"]]
        assert len(pairs) == len(set(pairs)), f"{query['id']}: an expected page twice"


def test_the_set_maps_every_page_type_to_a_model():
    assert set(models_by_type()) == PAGE_TYPES


class RelevanceSetPointsAtDemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo(cls)

    def test_every_expected_page_is_live_and_public_in_its_language(self):
        models = models_by_type()
        missing = []
        for query in load_set():
            for expected in query["expect"]:
                if expected["type"] == "document":
                    continue
                pages = models[expected["type"]].objects.live().public()
                if not pages.filter(locale__language_code=query["locale"], slug=expected["slug"]).exists():
                    missing.append((query["id"], query["locale"], expected["type"], expected["slug"]))
        self.assertEqual(missing, [])

    def test_every_expected_document_exists(self):
        stored = {original_filename(document.filename) for document in CustomDocument.objects.all()}
        missing = [
            (query["id"], expected["slug"])
            for query in load_set()
            for expected in query["expect"]
            if expected["type"] == "document" and expected["slug"] not in stored
        ]
        self.assertEqual(missing, [])
