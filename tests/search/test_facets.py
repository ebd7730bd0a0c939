"""Narrowing a search down: facets with counts (type, topic, health region, target group), their
filters in the page's URL and the API, highlighted snippets, what a result shows beside its snippet,
and the editors' recommendations. Each test runs on the database of the run and on the real
OpenSearch node (the `engine` fixture, tests/search/conftest.py)."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, PageViewRestriction

from articles.models import ArticleTopic
from centres.choices import HealthRegion
from offers.choices import TargetGroup
from offers.models import OfferTopic
from search import corpus
from search.models import Synonym
from tests.factories import (
    ArticlePageFactory,
    CentrePageFactory,
    OfferPageFactory,
    OfferSessionFactory,
    TopicFactory,
)
from tests.helpers import make_pdf_document, publish_parents_in, translate_page
from tests.search.helpers import search_api

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _engine_first(engine):
    """Every test runs on each engine, configured before a fixture indexes the corpus into it."""


@pytest.fixture
def site(home, django_capture_on_commit_callbacks):
    """Pages about diabetes in two regions, with topics and target groups, and a document."""
    pages = {}
    diabetes = TopicFactory(name="Diabetes", slug="diabetes")
    kols = TopicFactory(name="Kols", slug="kols")
    pages["topics"] = {"diabetes": diabetes, "kols": kols}
    pages["north"] = CentrePageFactory(
        title="LMS Tromsø", slug="lms-tromso", region=HealthRegion.NORTH, municipality="Tromsø", county="Troms"
    )
    pages["west"] = CentrePageFactory(
        title="LMS Bergen", slug="lms-bergen", region=HealthRegion.WEST, municipality="Bergen", county="Vestland"
    )
    pages["offer_north"] = OfferPageFactory(
        parent=pages["north"],
        title="Diabeteskurs i Tromsø",
        slug="diabeteskurs-tromso",
        intro="Et kurs om å leve med diabetes.",
        target_groups=[TargetGroup.PATIENTS],
    )
    OfferTopic.objects.create(page=pages["offer_north"], topic=diabetes)
    soon = timezone.now() + datetime.timedelta(days=10)
    OfferSessionFactory(offer=pages["offer_north"], start=soon)
    OfferSessionFactory(offer=pages["offer_north"], start=timezone.now() - datetime.timedelta(days=10))
    pages["offer_west"] = OfferPageFactory(
        parent=pages["west"],
        title="Kurs for pårørende til barn med diabetes",
        slug="diabetes-parorende-bergen",
        intro="Et kurs om diabetes for foreldre.",
        target_groups=[TargetGroup.RELATIVES, TargetGroup.CHILDREN],
    )
    OfferTopic.objects.create(page=pages["offer_west"], topic=diabetes)
    pages["article"] = ArticlePageFactory(
        title="Diabetes og kols i hverdagen", slug="diabetes-og-kols", intro="Om å leve med diabetes og kols."
    )
    ArticleTopic.objects.create(page=pages["article"], topic=diabetes)
    ArticleTopic.objects.create(page=pages["article"], topic=kols)
    for page in (pages["offer_north"], pages["offer_west"], pages["article"]):
        page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        pages["document"] = make_pdf_document("Diabetesdagbok", "En dagbok for blodsukker ved diabetes.")
    corpus.rebuild()
    return pages


def api(client, q, **params):
    return search_api(client, q=q, **params)


def slugs(found):
    return sorted(hit["slug"] for hit in found["results"])


# --- facets and filters in the API ------------------------------------------------------------------


def test_the_api_counts_every_facet(client, site, engine):
    found = api(client, "diabetes")
    assert found["count"] == 4
    assert found["facets"] == {
        "type": {"offer": 2, "article": 1, "document": 1},
        "topic": {"diabetes": 3, "kols": 1},
        "region": {"nord": 1, "vest": 1},
        "target_group": {"barn": 1, "parorende": 1, "pasienter": 1},
    }


def test_filters_narrow_down_and_counts_stay_disjunctive(client, site, engine):
    offers = api(client, "diabetes", type="offer")
    assert slugs(offers) == ["diabetes-parorende-bergen", "diabeteskurs-tromso"]
    # The type facet still counts the other types, so a second type can be ticked as well.
    assert offers["facets"]["type"]["article"] == 1
    assert offers["facets"]["region"] == {"nord": 1, "vest": 1}

    north = api(client, "diabetes", type="offer", region="nord")
    assert slugs(north) == ["diabeteskurs-tromso"]
    assert north["count"] == 1
    # Within a facet the values are alternatives, across facets all must hold.
    both = api(client, "diabetes", type="offer,article")
    assert both["count"] == 3
    assert api(client, "diabetes", topic="kols")["count"] == 1
    assert slugs(api(client, "diabetes", target_group="barn")) == ["diabetes-parorende-bergen"]
    assert api(client, "diabetes", target_group="barn", region="nord")["count"] == 0


def test_facet_counts_match_the_filtered_results(client, site, engine):
    found = api(client, "diabetes")
    for name, counts in found["facets"].items():
        for value, count in counts.items():
            assert api(client, "diabetes", **{name: value})["count"] == count, (name, value)


def test_unknown_filter_values_get_a_clear_error(client, site, engine):
    for params, word in (
        ({"topic": "finnes-ikke"}, "tema"),
        ({"region": "mars"}, "helseregion"),
        ({"target_group": "alle"}, "målgruppe"),
        ({"type": "video"}, "type"),
    ):
        response = client.get("/api/search/", {"q": "diabetes", **params})
        assert response.status_code == 400
        assert word in response.json()["error"]


def test_a_topic_is_named_by_its_slug_in_the_language_searched(client, site, engine):
    nynorsk = Locale.objects.get(language_code="nn")
    kols_nn = site["topics"]["kols"].copy_for_translation(nynorsk)
    kols_nn.slug = "kols-nn"
    kols_nn.save()
    found = api(client, "diabetes", locale="nn")
    # The bokmål pages stand in on the nynorsk search; their topic is named as in nynorsk.
    assert found["facets"]["topic"] == {"diabetes": 3, "kols-nn": 1}
    assert api(client, "diabetes", locale="nn", topic="kols-nn")["count"] == 1


# --- the search page --------------------------------------------------------------------------------


def test_the_page_shows_facets_as_a_get_form_and_the_active_filters(client, site, engine):
    html = client.get("/sok/", {"q": "diabetes", "type": "offer", "region": "nord"}).content.decode()
    assert re.search(r'<form class="search-facets" method="get"', html)
    assert re.search(r'<input type="checkbox" id="facet-type-offer" name="type" value="offer" checked>', html)
    assert re.search(r'<input type="checkbox" id="facet-region-nord" name="region" value="nord" checked>', html)
    assert "Helse Nord" in html and "(1)" in html
    assert '<h2 class="result-count" id="treff" tabindex="-1">1 treff for «diabetes»</h2>' in html
    # Each active filter has a link removing it and keeping the other.
    assert 'href="?q=diabetes&amp;region=nord#treff">Type: Tilbud' in html
    assert 'href="?q=diabetes&amp;type=offer#treff">Helseregion: Helse Nord' in html
    assert 'href="?q=diabetes#treff">Fjern alle filtre' in html


def test_the_page_in_nynorsk_and_english_names_the_facets_in_their_language(client, site, engine):
    nynorsk = client.get("/nn/sok/", {"q": "diabetes"}).content.decode()
    assert "Målgruppe" in nynorsk and "Pårørande" in nynorsk
    english = client.get("/en/sok/", {"q": "diabetes"}).content.decode()
    assert "Target group" in english and "Health region" in english and "Relatives" in english


def test_a_bad_filter_on_the_page_says_so_and_offers_the_search_without_filters(client, site, engine):
    response = client.get("/sok/", {"q": "diabetes", "region": "mars"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Ukjent helseregion «mars»" in html
    assert '<a href="?q=diabetes">Søk uten filtre</a>' in html


def test_results_show_what_tells_them_apart(client, site, engine):
    html = client.get("/sok/", {"q": "diabetes"}).content.decode()
    soon = timezone.localtime(site["offer_north"].sessions.order_by("-start").first().start)
    months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober"]
    months += ["november", "desember"]
    # The next session, not the one that has passed; and the offer's centre.
    assert f"Neste kursdag: {soon.day}. {months[soon.month - 1]} {soon.year}" in html
    assert "<li>LMS Tromsø</li>" in html
    assert "Ingen planlagte kursdager" in html  # the Bergen course has no sessions
    assert "<li>Bergen</li>" in client.get("/sok/", {"q": "LMS Bergen"}).content.decode()  # a centre's municipality
    assert re.search(r"<li>PDF, \d+(,\d)?\xa0(byte|KB)</li>", html)


def test_the_matched_words_are_marked_and_hostile_text_stays_text(client, home, engine):
    ArticlePageFactory(
        title="Astmaskolen for voksne",
        slug="astmaskolen",
        intro='Astma <script>alert("x")</script> & <b>pust</b>: kurs om astma for voksne.',
    )
    corpus.rebuild()
    found = api(client, "astma")
    (hit,) = found["results"]
    assert "<script>" not in hit["highlight"] and "<b>" not in hit["highlight"]
    assert "&lt;script&gt;" in hit["highlight"]
    assert "<mark>astma</mark>" in hit["highlight"].lower()
    html = client.get("/sok/", {"q": "astma"}).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert re.search(r"<mark>astma</mark>", html, re.IGNORECASE)
    # The plain snippet of the API holds no markup of ours.
    assert "<mark>" not in hit["snippet"]


def test_an_ascii_spelling_marks_the_norwegian_word(client, home, engine):
    ArticlePageFactory(title="Støtte", slug="stotte", intro="Råd til pårørende som trenger støtte.")
    corpus.rebuild()
    (hit,) = api(client, "paarorende")["results"]
    assert "<mark>pårørende</mark>" in hit["highlight"]


# --- "Mente du …?" and zero results ----------------------------------------------------------------


def test_a_query_with_nothing_found_offers_the_sections(client, site, engine):
    index = site["article"].get_parent()
    index.show_in_menus = True
    index.save_revision().publish()
    html = client.get("/sok/", {"q": "fallskjermhopping"}).content.decode()
    assert "0 treff for «fallskjermhopping»" in html
    assert "Vi fant ingen sider som passer med søket ditt." in html
    sections = html[html.index("Eller se gjennom") :]
    assert f'<li><a href="{index.url}">{index.title}</a></li>' in sections


def test_nothing_found_with_filters_offers_the_search_without_them(client, site, engine):
    html = client.get("/sok/", {"q": "kols", "type": "offer"}).content.decode()
    assert "0 treff for «kols»" in html
    assert '<a href="?q=kols">Søk uten filtre</a>' in html


def test_a_misspelling_that_finds_little_is_offered_its_correction(client, home, engine):
    ArticlePageFactory(title="Rehabilitering etter hjerneslag", slug="rehabilitering-1", intro="Om rehabilitering.")
    ArticlePageFactory(title="Rehabilitering i kommunen", slug="rehabilitering-2", intro="Om rehabilitering.")
    ArticlePageFactory(title="Rehabilitring", slug="skrivefeil", intro="En side med en skrivefeil i tittelen.")
    corpus.rebuild()
    found = api(client, "rehabilitring")
    assert found["count"] == 1
    assert found["suggestion"] == "rehabilitering"
    html = client.get("/sok/", {"q": "rehabilitring"}).content.decode()
    assert 'Mente du <a href="?q=rehabilitering">rehabilitering</a>?' in html


# --- pagination -------------------------------------------------------------------------------------


def test_a_page_past_the_end_shows_the_last_page_and_says_so(client, home, engine):
    for number in range(12):
        ArticlePageFactory(title=f"Likepersonarbeid del {number}")
    corpus.rebuild()
    response = client.get("/sok/", {"q": "likepersonarbeid", "side": "9"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Side 9 finnes ikke: søket har 2 sider. Viser den siste." in html
    assert html.count('class="search-result"') == 2
    bad = client.get("/sok/", {"q": "likepersonarbeid", "side": "tre"})
    assert bad.status_code == 200
    assert "«tre» er ikke et sidetall. Viser den første siden." in bad.content.decode()


# --- editors' recommendations ------------------------------------------------------------------------


def promote(query, page=None, **fields):
    return SearchPromotion.objects.create(query=Query.get(query), page=page, sort_order=0, **fields)


def test_a_promotion_comes_first_for_its_query_and_its_synonyms(client, site, engine):
    promote("sukkersyke", page=site["article"], description="Vår beste side om diabetes.")
    Synonym.objects.create(language="nb", terms="sukkersyke, diabetes")
    for query in ("sukkersyke", "Diabetes", "diabetes"):
        found = api(client, query)
        assert [p["url"] for p in found["promoted"]] == [site["article"].url], query
    html = client.get("/sok/", {"q": "diabetes"}).content.decode()
    assert html.index("Anbefalt") < html.index('class="search-results__list"')
    assert "Vår beste side om diabetes." in html
    assert api(client, "kols")["promoted"] == []


def test_a_promotion_is_shown_in_the_readers_language(client, site, engine):
    promote("diabetes", page=site["article"])
    translation = translate_page(site["article"], "nn", title="Diabetes og kols i kvardagen")
    publish_parents_in(translation, "nn")
    corpus.rebuild()
    assert [p["title"] for p in api(client, "diabetes", locale="nn")["promoted"]] == ["Diabetes og kols i kvardagen"]
    # English has no version: the bokmål page stands in, marked with its language.
    (english,) = api(client, "diabetes", locale="en")["promoted"]
    assert (english["title"], english["language"]) == ("Diabetes og kols i hverdagen", "nb")


def test_a_promoted_page_a_visitor_may_not_see_is_not_shown(client, site, engine):
    promote("diabetes", page=site["article"])
    promote("diabetes", external_link_url="https://www.helsenorge.no/diabetes", external_link_text="Helsenorge")
    PageViewRestriction.objects.create(page=site["article"], restriction_type="login")
    corpus.rebuild()
    assert [p["title"] for p in api(client, "diabetes")["promoted"]] == ["Helsenorge"]
    site["article"].unpublish()
    assert "Diabetes og kols i hverdagen" not in client.get("/sok/", {"q": "diabetes"}).content.decode()


def test_the_search_server_marks_the_words_with_its_own_highlighter(client, home, engine):
    from search import engines, highlight
    from search.service import parse

    ArticlePageFactory(title="Pust", slug="pust", intro="Et kurs om astma og pust for voksne.")
    corpus.rebuild()
    answer = (engines.server_engine() or engines.database_engine()).search(parse("astma", "nb"), "nb", [], 0, 10)
    if engine == "opensearch":
        (fragment,) = answer.highlights.values()
        assert f"{highlight.PRE}astma{highlight.POST}" in fragment
    else:
        # The database makes no fragments: search.highlight marks the snippet from the text.
        assert answer.highlights == {}
    assert "<mark>astma</mark>" in api(client, "astma")["results"][0]["highlight"]
