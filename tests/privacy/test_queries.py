"""Narrowing to what the visitor may see costs the same whatever the number of pages and
restrictions: the restrictions are read once per request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from articles.models import ArticleRelatedPage
from tests.factories import ArticleIndexPageFactory, ArticlePageFactory, CentrePageFactory, OfferPageFactory
from tests.helpers import assert_fixed_queries

from .conftest import HIDDEN_KINDS, hide

pytestmark = pytest.mark.django_db


def hidden_and_open(factory, **fields):
    """`add(n)`: n open pages and n hidden in each way, each with a restriction of its own."""
    made = {"n": 0}

    def add(n):
        for _ in range(n):
            made["n"] += 1
            factory(title=f"Åpen side {made['n']}", **fields)
            for kind in HIDDEN_KINDS:
                hide(factory(title=f"Skjult {kind} {made['n']}", **fields), kind)

    return add


@pytest.mark.parametrize("logged_in", [False, True], ids=["anonym", "innlogget"])
def test_a_listing_costs_the_same_with_many_private_pages(client, home, django_user_model, editors_group, logged_in):
    if logged_in:
        user = django_user_model.objects.create_user("medlem", password="x")
        user.groups.add(editors_group)
        client.force_login(user)
    index = ArticleIndexPageFactory()

    assert_fixed_queries(client, index.url, hidden_and_open(ArticlePageFactory, parent=index))


def test_a_centres_offers_cost_the_same_with_many_private_offers(client, home):
    centre = CentrePageFactory()

    assert_fixed_queries(client, centre.url, hidden_and_open(OfferPageFactory, parent=centre))


def test_read_also_costs_the_same_with_many_private_related_pages(client, home):
    article = ArticlePageFactory(title="Artikkelen som leses")

    def add(n):
        for _ in range(n):
            for page in [ArticlePageFactory(), *(hide(ArticlePageFactory(), kind) for kind in HIDDEN_KINDS)]:
                ArticleRelatedPage.objects.create(source=article, page=page)

    assert_fixed_queries(client, article.url, add)


def test_restrictions_are_read_once_for_every_list_on_a_page(client, home):
    index = ArticleIndexPageFactory(show_in_menus=True)
    ArticlePageFactory(parent=index)
    PageViewRestriction.objects.create(page=ArticlePageFactory(parent=index), restriction_type="login")
    client.get(index.url)  # warm the per-process caches

    with CaptureQueriesContext(connection) as queries:
        assert client.get(index.url).status_code == 200
    reads = [q["sql"] for q in queries if 'FROM "wagtailcore_pageviewrestriction"' in q["sql"]]
    # Serving the page checks its own restrictions (Wagtail); every list shares one more read.
    assert len(reads) == 2, reads
