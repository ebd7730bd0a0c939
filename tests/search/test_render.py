"""The search page as a visitor sees it: results, no results, and a query that is too long."""

import pytest

from search.corpus import rebuild
from search.views import MAX_QUERY_LENGTH
from tests.factories import ArticleIndexPageFactory, ArticlePageFactory, CentrePageFactory
from tests.helpers import publish_parents_in, translate_page
from tests.search.helpers import lands_on, result_links

pytestmark = pytest.mark.django_db


def test_search_page_without_a_query_invites_one(client, home):
    response = client.get("/sok/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Søk – Læring og mestring</title>" in html
    assert "<h1>Søk</h1>" in html
    assert '<label for="search-page-q" class="search-form__label">Søk på nettstedet</label>' in html
    assert html.count('role="search"') == 1  # the header form gives way to the page's own
    assert "Søk i artikler, sentre, tilbud og verktøykassen." in html


def test_search_lists_results_with_their_type(client, home):
    article = ArticlePageFactory(title="Mestring av diabetes", intro="Om å leve godt med diabetes.")
    centre = CentrePageFactory(title="Senter for diabetes og mestring")
    rebuild()

    response = client.get("/sok/", {"q": "diabetes"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Søk etter «diabetes» – Læring og mestring</title>" in html
    assert 'value="diabetes"' in html
    assert '<h2 class="result-count" id="treff" tabindex="-1">2 treff for «diabetes»</h2>' in html
    links = dict(result_links(html))
    # Each link goes through the click counter, which sends the visitor on to the result.
    assert lands_on(client, links["Mestring av diabetes"]) == article.url
    assert '<p class="search-result__type">Artikkel</p>' in html
    assert lands_on(client, links["Senter for diabetes og mestring"]) == centre.url
    assert '<p class="search-result__type">Senter</p>' in html
    assert '<p class="search-result__snippet">Om å leve godt med <mark>diabetes</mark>.</p>' in html


def test_search_results_paginate_and_keep_the_query(client, home):
    index = ArticleIndexPageFactory()
    for number in range(12):
        ArticlePageFactory(parent=index, title=f"Kols og pust {number}")
    rebuild()

    first = client.get("/sok/", {"q": "kols"}).content.decode()
    second = client.get("/sok/", {"q": "kols", "side": 2}).content.decode()

    assert first.count('class="search-result"') == 10
    assert second.count('class="search-result"') == 2
    assert '<a href="?q=kols&amp;side=2" rel="next">Neste</a>' in first
    assert '<ol class="search-results__list" start="11">' in second


def test_search_without_results_gives_advice(client, home):
    html = client.get("/sok/", {"q": "finnesikke"}).content.decode()

    assert "0 treff for «finnesikke»" in html
    assert "Vi fant ingen sider som passer med søket ditt." in html


def test_search_error_is_shown_next_to_the_field(client, home):
    response = client.get("/sok/", {"q": "x" * (MAX_QUERY_LENGTH + 1)})

    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-invalid="true" aria-describedby="search-error"' in html
    error = f"Søket er for langt. Bruk høyst {MAX_QUERY_LENGTH} tegn."
    assert f'<p class="form-error" id="search-error">{error}</p>' in html
    assert 'id="treff"' not in html


def test_search_in_nynorsk_finds_nynorsk_pages(client, home):
    article = ArticlePageFactory(title="Mestring i hverdagen")
    nn_article = translate_page(article, "nn", title="Meistring i kvardagen")
    publish_parents_in(nn_article, "nn")
    rebuild()

    response = client.get("/nn/sok/", {"q": "meistring"})

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nn">' in html
    assert "Meistring i kvardagen" in html
    assert "Mestring i hverdagen" not in html
