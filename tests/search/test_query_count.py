"""A search costs the same number of SQL queries whatever it finds: the search page with its facets
and two filters, and the JSON API, with 2 offers found and with 25 (more than a page of them), so
the page stays as fast on 10 000 pages as on ten (`make bench` prints the same count at that scale).
Each test runs on the database of the run and on the real OpenSearch node (the `engine` fixture,
tests/search/conftest.py)."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import ArticleTopic
from centres.choices import HealthRegion
from offers.choices import TargetGroup
from offers.models import OfferPage, OfferTopic
from search import corpus
from tests.factories import ArticlePageFactory, CentrePageFactory, OfferPageFactory, OfferSessionFactory, TopicFactory
from tests.search.helpers import search_api

pytestmark = pytest.mark.django_db

QUERY = "likepersoner"
FILTERS = {"type": "offer", "region": "nord"}
SIZES = (2, 25)


@pytest.fixture(autouse=True)
def _engine_first(engine):
    """Every test runs on each engine, configured before a fixture indexes the corpus into it."""


@pytest.fixture
def site(home):
    """A centre in Helse Nord for the offers the filters keep, and an offer in Helse Vest and an
    article the filters leave out but the facets count: each with a topic, offers with target groups."""
    topic = TopicFactory(name="Likepersoner", slug="likepersoner")
    north = CentrePageFactory(title="LMS Tromsø", slug="lms-tromso", region=HealthRegion.NORTH, municipality="Tromsø")
    west = CentrePageFactory(title="LMS Bergen", slug="lms-bergen", region=HealthRegion.WEST, municipality="Bergen")
    add_offer(west, topic, "Likepersoner i Bergen", [TargetGroup.YOUTH])
    article = ArticlePageFactory(title="Likepersoner i kurs", intro="Om likepersoner i kurs for pårørende.")
    ArticleTopic.objects.create(page=article, topic=topic)
    article.save_revision().publish()
    return {"north": north, "topic": topic}


def add_offer(centre, topic, title, target_groups):
    offer = OfferPageFactory(
        parent=centre, title=title, intro="Et kurs der likepersoner forteller.", target_groups=target_groups
    )
    OfferTopic.objects.create(page=offer, topic=topic)
    OfferSessionFactory(offer=offer)
    offer.save_revision().publish()


def grow(site, total):
    """Offers in Helse Nord up to `total`, then the corpus rebuilt."""
    north = OfferPage.objects.child_of(site["north"])
    for number in range(north.count(), total):
        add_offer(
            site["north"],
            site["topic"],
            f"Likepersoner i Tromsø {number}",
            [TargetGroup.PATIENTS, TargetGroup.RELATIVES],
        )
    corpus.rebuild()


def page_queries(client, total):
    """The queries of one filtered search page after a warm-up, and what it says it found."""
    params = {"q": QUERY, **FILTERS}
    assert client.get("/sok/", params).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/sok/", params)
    assert response.status_code == 200
    # The engine under test answered, not the database standing in for a search server.
    assert response.context["search_outcome"].engine == settings.SEARCH_ENGINE["ENGINE"]
    body = response.content.decode()
    assert f"{total} treff for «{QUERY}»" in body
    # The facets are there, counted: the region facet still offers Helse Vest beside the chosen one.
    assert f'Helse Nord <span class="search-facet__count">({total})</span>' in body
    assert 'Helse Vest <span class="search-facet__count">(1)</span>' in body
    return len(queries)


def api_queries(client, north, **params):
    """The queries of one API search after a warm-up, with `north` offers in Helse Nord to find."""
    search_api(client, q=QUERY, **params)
    with CaptureQueriesContext(connection) as queries:
        found = search_api(client, q=QUERY, **params)
    # Without the filters the article and the offer in Bergen are found too.
    assert found["count"] == (north if params else north + 2)
    assert found["facets"]["region"] == {"nord": north, "vest": 1}
    return len(queries)


def test_a_search_costs_the_same_queries_with_2_and_with_25_results(client, site):
    counts = {}
    for total in SIZES:
        grow(site, total)
        counts[total] = {
            "page with facets and filters": page_queries(client, total),
            "API": api_queries(client, total),
            "API with filters": api_queries(client, total, **FILTERS),
        }
    assert counts[SIZES[0]] == counts[SIZES[1]], counts
