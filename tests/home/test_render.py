"""The front page as a visitor sees it."""

import datetime
import re

import pytest

from home.models import HomePageFeaturedArticle
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    CentreIndexPageFactory,
    OfferIndexPageFactory,
    ToolkitIndexPageFactory,
)
from tests.helpers import assert_fixed_queries, make_image, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(home):
    return [
        ArticleIndexPageFactory(show_in_menus=True, intro="Nyheter og fagartikler."),
        CentreIndexPageFactory(show_in_menus=True, intro="Finn et senter nær deg."),
        OfferIndexPageFactory(show_in_menus=True, intro="Kurs for pasienter og pårørende."),
        ToolkitIndexPageFactory(show_in_menus=True, intro="Maler og metoder."),
    ]


def test_home_page_shows_lead_sections_and_latest_articles(client, home, sections):
    home.refresh_from_db()  # the sections fixture has added children since it was loaded
    home.lead = "<p>Vi hjelper dem som hjelper <b>andre</b> å mestre.</p>"
    home.save_revision().publish()
    for day in range(1, 5):
        ArticlePageFactory(parent=sections[0], title=f"Sak {day}", published_at=datetime.date(2026, 3, day))

    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nb">' in html
    assert f"<h1>{home.title}</h1>" in html
    assert f'<p class="lead">{home.intro}</p>' in html
    assert "Vi hjelper dem som hjelper <b>andre</b> å mestre." in html
    assert '<h3 class="tile__title"><a href="/sentre/">Sentre</a></h3>' in html
    assert "Finn et senter nær deg." in html
    # With no featured articles chosen, the three newest are shown.
    assert "Sak 4" in html and "Sak 3" in html and "Sak 2" in html and "Sak 1" not in html
    assert '<time datetime="2026-03-04">4. mars 2026</time>' in html


def aktuelt_titles(html):
    """The card titles under "Aktuelt", top to bottom."""
    section = html[html.index('id="home-articles-heading"') :]
    section = section[: section.index("</section>")]
    return re.findall(r'<h3 class="card__title"><a href="[^"]*">([^<]*)</a></h3>', section)


def test_home_page_keeps_a_chosen_article_below_the_newer_ones(client, home, sections):
    chosen = ArticlePageFactory(parent=sections[0], title="Valgt sak", published_at=datetime.date(2020, 1, 1))
    ArticlePageFactory(parent=sections[0], title="Nyere sak", published_at=datetime.date(2026, 3, 1))
    HomePageFeaturedArticle.objects.create(home=home, page=chosen)

    html = client.get("/").content.decode()

    assert aktuelt_titles(html) == ["Nyere sak", "Valgt sak"]


def test_an_article_published_after_the_choice_shows_first(client, home, sections):
    older = ArticlePageFactory(parent=sections[0], title="Eldst valgt", published_at=datetime.date(2026, 1, 5))
    newer = ArticlePageFactory(parent=sections[0], title="Nyest valgt", published_at=datetime.date(2026, 2, 5))
    # Chosen oldest first: the editor's order does not decide the order a visitor sees.
    HomePageFeaturedArticle.objects.create(home=home, page=older, sort_order=0)
    HomePageFeaturedArticle.objects.create(home=home, page=newer, sort_order=1)
    for day in range(1, 5):
        ArticlePageFactory(parent=sections[0], title=f"Ny sak {day}", published_at=datetime.date(2026, 3, day))

    html = client.get("/").content.decode()

    # The three newest, then the chosen ones; "Ny sak 1" is neither.
    assert aktuelt_titles(html) == ["Ny sak 4", "Ny sak 3", "Ny sak 2", "Nyest valgt", "Eldst valgt"]


def test_a_chosen_article_that_is_also_among_the_newest_shows_once(client, home, sections):
    chosen = ArticlePageFactory(parent=sections[0], title="Valgt og ny", published_at=datetime.date(2026, 3, 9))
    ArticlePageFactory(parent=sections[0], title="Eldre sak", published_at=datetime.date(2026, 3, 1))
    HomePageFeaturedArticle.objects.create(home=home, page=chosen)

    html = client.get("/").content.decode()

    assert aktuelt_titles(html) == ["Valgt og ny", "Eldre sak"]


def test_featured_articles_follow_the_visitors_language(client, home, sections):
    chosen = ArticlePageFactory(parent=sections[0], title="Valgt sak")
    untranslated = ArticlePageFactory(parent=sections[0], title="Bare på bokmål")
    HomePageFeaturedArticle.objects.create(home=home, page=chosen)
    HomePageFeaturedArticle.objects.create(home=home, page=untranslated)
    home.refresh_from_db()
    translate_page(home, "nn", title="Læring og meistring")
    nn_chosen = translate_page(chosen, "nn", title="Vald sak")

    html = client.get("/nn/").content.decode()

    assert f'<a href="{nn_chosen.url}">Vald sak</a>' in html
    assert "Bare på bokmål" in html  # shown as chosen until someone translates it


def test_home_page_in_nynorsk(client, home):
    translate_page(home, "nn", title="Læring og meistring", intro="Nasjonal kompetanseteneste.")

    html = client.get("/nn/").content.decode()

    assert '<html lang="nn">' in html
    assert "<h1>Læring og meistring</h1>" in html
    assert '<a href="/" hreflang="nb" lang="nb">Norsk (bokmål)</a>' in html


def test_home_page_costs_the_same_queries_with_2_and_15_articles(client, home, sections):
    def add_articles(count):
        for _ in range(count):
            ArticlePageFactory(parent=sections[0], listing_image=make_image())

    assert_fixed_queries(client, "/", add_articles)


def test_home_page_costs_the_same_queries_with_2_and_6_featured_articles(client, home, sections):
    def add_featured(count):
        for _ in range(count):
            article = ArticlePageFactory(parent=sections[0], listing_image=make_image())
            HomePageFeaturedArticle.objects.create(home=home, page=article)

    assert_fixed_queries(client, "/", add_featured, sizes=(2, 6))
