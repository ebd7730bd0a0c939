"""The search page on the default database backend: finds pages, respects language, refuses nonsense."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from articles.models import ArticlePage
from search.corpus import rebuild
from tests.factories import ArticlePageFactory, CentrePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home):
    ArticlePageFactory(title="Helsekompetanse i praksis", intro="Om å forstå helseinformasjon.")
    CentrePageFactory(title="Frisklivssentralen i Bodø", municipality="Bodø")
    draft = ArticlePageFactory(title="Helsekompetanse utkast")
    draft.unpublish()
    rebuild()


def test_finds_live_pages_of_every_type(client, pages):
    body = client.get("/sok/", {"q": "Helsekompetanse"}).content.decode()
    assert "Helsekompetanse i praksis" in body
    assert "utkast" not in body
    assert "Frisklivssentralen i Bodø" in client.get("/sok/", {"q": "Bodø"}).content.decode()


def test_a_page_with_no_version_in_the_visitors_language_is_found_marked_as_its_own(client, pages, home):
    nn_home = home.copy_for_translation(Locale.objects.get(language_code="nn"))
    nn_home.save_revision().publish()
    body = client.get("/nn/sok/", {"q": "Helsekompetanse"}).content.decode()
    assert '<html lang="nn"' in body
    # The bokmål page stands in for the nynorsk one it lacks (tests/search/test_languages.py).
    assert "Helsekompetanse i praksis" in body
    assert '<li class="search-result search-result--other-language" lang="nb">' in body


def test_an_empty_query_shows_the_form_without_results(client, pages):
    response = client.get("/sok/", {"q": "   "})
    assert response.status_code == 200
    assert response.context["search_results"] is None


def test_an_overlong_query_gets_a_clear_error(client, pages):
    response = client.get("/sok/", {"q": "mestring " * 40})
    assert response.status_code == 400
    assert "for langt" in response.content.decode()


def test_a_page_number_past_the_end_shows_the_last_page(client, pages):
    response = client.get("/sok/", {"q": "Helsekompetanse", "side": "999"})
    assert response.status_code == 200
    assert "Helsekompetanse i praksis" in response.content.decode()


def test_a_result_page_costs_the_same_queries_with_few_and_many_hits(client, home):
    counts = []
    for total in (2, 10):
        while ArticlePage.objects.count() < total:
            ArticlePageFactory(title=f"Likepersoner i praksis {ArticlePage.objects.count()}")
        rebuild()
        client.get("/sok/", {"q": "Likepersoner"})
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/sok/", {"q": "Likepersoner"})
        assert len(response.context["search_results"]) == total
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
