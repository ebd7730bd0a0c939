"""Search in nynorsk and English finds every published page, one version of each.

Most pages exist in one written standard only (Språkrådet: bokmål and nynorsk alternate), so a
search in a language finds the version in it where there is one, else the version that stands in
for it (core.languages.FALLBACKS: bokmål and nynorsk for each other, English falls back to bokmål,
then nynorsk), marked with its language. Each test runs on the database of the run and on the real
OpenSearch node (the `engine` fixture, tests/search/conftest.py).
"""

import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from search import corpus
from tests.factories import ArticlePageFactory
from tests.helpers import publish_parents_in, translate_page
from tests.search.helpers import lands_on, search_api

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _engine_first(engine):
    """Every test runs on each engine, configured before a fixture indexes the corpus into it."""


def api(client, q, locale, **params):
    return search_api(client, q=q, locale=locale, **params)


def found(client, q, locale):
    """(url, language) of every result."""
    return sorted((hit["url"], hit["language"]) for hit in api(client, q, locale)["results"])


@pytest.fixture
def site(home):
    """A bokmål-only page, a page in bokmål and nynorsk, and one written only in nynorsk."""
    pages = {}
    pages["diabetes"] = ArticlePageFactory(
        title="Diabetes type 2 i hverdagen",
        slug="diabetes-type-2",
        intro="Kurs for pårørende og for deg som lever med diabetes.",
    )
    pages["kols"] = ArticlePageFactory(
        title="Mestring av kols",
        slug="mestring-av-kols",
        intro="Et kurs for deg som har kols, og for pårørende.",
    )
    pages["kols_nn"] = translate_page(
        pages["kols"], "nn", title="Meistring av kols", intro="Eit kurs for deg som har kols, og for pårørande."
    )
    publish_parents_in(pages["kols_nn"], "nn")
    pages["nn_only"] = ArticlePageFactory(
        parent=pages["kols_nn"].get_parent(),
        title="Kols og fysisk aktivitet i kvardagen",
        slug="kols-og-fysisk-aktivitet",
        intro="Tenesta gjev råd om trening når ein har kols.",
    )
    translate_page(home, "en", title="Learning and coping")
    corpus.rebuild()
    return pages


def url(page):
    return page.get_url()


# --- one version of every page, marked when it stands in ---------------------------------------


def test_english_finds_a_bokmal_page_marked_as_bokmal(client, site, engine):
    results = api(client, "diabetes", "en")["results"]
    assert [(hit["url"], hit["language"]) for hit in results] == [(url(site["diabetes"]), "nb")]
    assert results[0]["title"] == "Diabetes type 2 i hverdagen"


def test_a_norwegian_word_typed_on_the_english_site_finds_the_norwegian_pages(client, site, engine):
    # "pårørende" is no English word: it is analysed as bokmål and nynorsk too, where the
    # stand-ins are written; the kols page stands in in bokmål, not in nynorsk as well.
    assert found(client, "pårørende", "en") == sorted([(url(site["diabetes"]), "nb"), (url(site["kols"]), "nb")])
    # A compound split the Norwegian way: "diabeteskurs" finds "kurs ... diabetes".
    assert found(client, "diabeteskurs", "en") == [(url(site["diabetes"]), "nb")]


def test_nynorsk_finds_nynorsk_pages_and_bokmal_pages_without_a_nynorsk_version(client, site, engine):
    assert found(client, "kols", "nn") == sorted([(url(site["kols_nn"]), "nn"), (url(site["nn_only"]), "nn")])
    assert found(client, "diabetes", "nn") == [(url(site["diabetes"]), "nb")]
    # The translated page once, in nynorsk; never its bokmål version.
    assert url(site["kols"]) not in {hit["url"] for hit in api(client, "mestring kols", "nn")["results"]}
    assert found(client, "meistring kols", "nn") == [(url(site["kols_nn"]), "nn")]


def test_bokmal_finds_a_page_written_only_in_nynorsk_marked_as_nynorsk(client, site, engine):
    assert found(client, "kols", "nb") == sorted([(url(site["kols"]), "nb"), (url(site["nn_only"]), "nn")])
    assert found(client, "aktivitet", "nb") == [(url(site["nn_only"]), "nn")]


def test_english_falls_back_to_bokmal_then_nynorsk(client, site, engine):
    assert found(client, "kols", "en") == sorted([(url(site["kols"]), "nb"), (url(site["nn_only"]), "nn")])


def test_an_english_version_is_found_instead_of_the_norwegian_one(client, site, engine, indexed):
    with indexed():
        english = translate_page(site["diabetes"], "en", title="Type 2 diabetes in everyday life", intro="Courses.")
    assert found(client, "diabetes", "en") == [(url(english), "en")]
    assert found(client, "diabetes", "nb") == [(url(site["diabetes"]), "nb")]


def test_the_search_page_marks_a_stand_in_with_its_language_and_a_label(client, site, engine):
    body = client.get("/nn/sok/", {"q": "kols"}).content.decode()
    assert '<html lang="nn"' in body
    items = body.split('<li class="search-result')[1:]
    assert len(items) == 2
    own = next(item for item in items if "Meistring av kols" in item)
    assert "lang=" not in own.split(">", 1)[0]
    assert "På bokmål" not in own
    stand_in = client.get("/nn/sok/", {"q": "diabetes"}).content.decode().split('<li class="search-result')[1]
    assert stand_in.startswith(' search-result--other-language" lang="nb">')
    assert '<p class="search-result__type" lang="nn">' in stand_in
    assert '<span class="search-result__language">På bokmål</span>' in stand_in
    href = re.search(r'<a href="([^"]+)" hreflang="nb">', stand_in).group(1)
    assert lands_on(client, html.unescape(href)) == url(site["diabetes"])


def test_the_english_label_says_the_page_is_in_norwegian(client, site, engine):
    """Waits for the nynorsk/English catalogues to hold search's strings (tr/B2.json)."""
    item = client.get("/en/sok/", {"q": "diabetes"}).content.decode().split('<li class="search-result')[1]
    assert ' lang="nb">' in item.split("\n", 1)[0]
    label = item.split('<span class="search-result__language">', 1)[1].split("</span>", 1)[0]
    assert "Norwegian" in label
    # The result's type is named in the reader's language, in the singular: one article.
    assert ">Article · <span" in item


def test_an_alias_in_nynorsk_is_found_as_its_bokmal_original(client, site, engine):
    # wagtail-localize's tree sync puts an alias of a bokmål page in the nn tree: the same bokmål
    # text, so nn search finds the original, marked as bokmål, once.
    nn_index = site["nn_only"].get_parent()
    site["diabetes"].copy_for_translation(nn_index.locale, alias=True)
    corpus.rebuild()
    assert found(client, "diabetes", "nn") == [(url(site["diabetes"]), "nb")]


# --- the corpus follows what is published ---------------------------------------------------------


def test_publishing_and_unpublishing_a_nynorsk_translation_swaps_the_stand_in(client, site, engine, indexed):
    assert found(client, "diabetes", "nn") == [(url(site["diabetes"]), "nb")]
    with indexed():
        nynorsk = translate_page(site["diabetes"], "nn", title="Diabetes type 2 i kvardagen", intro="Kurs.")
    assert found(client, "diabetes", "nn") == [(url(nynorsk), "nn")]
    # English still prefers bokmål, and bokmål its own.
    assert found(client, "diabetes", "en") == [(url(site["diabetes"]), "nb")]
    assert found(client, "diabetes", "nb") == [(url(site["diabetes"]), "nb")]
    with indexed():
        nynorsk.unpublish()
    assert found(client, "diabetes", "nn") == [(url(site["diabetes"]), "nb")]
    with indexed():
        nynorsk.get_latest_revision().publish()
    assert found(client, "diabetes", "nn") == [(url(nynorsk), "nn")]
    with indexed():
        nynorsk.refresh_from_db()
        nynorsk.delete()
    assert found(client, "diabetes", "nn") == [(url(site["diabetes"]), "nb")]


def test_unpublishing_the_bokmal_version_lets_nynorsk_stand_in_for_english(client, site, engine, indexed):
    assert found(client, "kols", "en") == sorted([(url(site["kols"]), "nb"), (url(site["nn_only"]), "nn")])
    with indexed():
        site["kols"].unpublish()
    assert found(client, "kols", "en") == sorted([(url(site["kols_nn"]), "nn"), (url(site["nn_only"]), "nn")])
    assert found(client, "kols", "nb") == sorted([(url(site["kols_nn"]), "nn"), (url(site["nn_only"]), "nn")])


# --- what must never be found ---------------------------------------------------------------------


def test_drafts_and_private_pages_are_found_in_no_language(client, site, engine, indexed):
    with indexed():
        draft = ArticlePageFactory(title="Hemmeligutkast om diabetes", live=False)
        draft.save_revision()
        private = ArticlePageFactory(title="Hemmeligpassord om diabetes")
        PageViewRestriction.objects.create(page=private, restriction_type="password", password="hemmelig")
    for locale, path in (("nb", "/sok/"), ("nn", "/nn/sok/"), ("en", "/en/sok/")):
        for query in ("hemmeligutkast", "hemmeligpassord", "diabetes"):
            assert "Hemmelig" not in str(api(client, query, locale)), (query, locale)
            assert "Hemmelig" not in client.get(path, {"q": query}).content.decode(), (query, locale)


def test_a_nynorsk_version_the_visitor_may_not_see_leaves_the_bokmal_one_standing_in(client, site, engine, indexed):
    with indexed():
        draft = site["diabetes"].copy_for_translation(Locale.objects.get(language_code="nn"))
        draft.title = "Diabetes type 2 i kvardagen"
        draft.save_revision()
    assert found(client, "diabetes", "nn") == [(url(site["diabetes"]), "nb")]
    assert "Diabetes type 2 i kvardagen" not in {hit["title"] for hit in api(client, "kvardagen", "nn")["results"]}
    with indexed():
        draft.get_latest_revision().publish()
        draft.refresh_from_db()
        PageViewRestriction.objects.create(page=draft, restriction_type="login")
    assert found(client, "diabetes", "nn") == [(url(site["diabetes"]), "nb")]


# --- cost -----------------------------------------------------------------------------------------


def test_a_search_costs_the_same_queries_with_few_and_many_stand_ins(client, site, engine):
    counts = []
    for total in (2, 10):
        for number in range(len(found(client, "likepersoner", "nn")), total):
            ArticlePageFactory(title=f"Likepersoner i praksis {number}", intro="Kurs med likepersoner.")
        corpus.rebuild()
        assert len(found(client, "likepersoner", "nn")) == total
        for path, params in (("/api/search/", {"locale": "en"}), ("/nn/sok/", {})):
            client.get(path, {"q": "likepersoner", **params})
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path, {"q": "likepersoner", **params})
            assert response.status_code == 200
            counts.append((path, len(queries)))
    assert counts[:2] == counts[2:], counts
