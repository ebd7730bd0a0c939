"""Every list and link on the public site shows only pages the visitor may see.

Each test puts a page hidden in every way (password, login, group, draft, expired) where the list
would otherwise show it, next to an open page that must be shown, and reads the HTML an anonymous
visitor gets.
"""

import datetime

import pytest

from articles.models import ArticleRelatedPage
from home.models import HomePageFeaturedArticle
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    CentreIndexPageFactory,
    CentrePageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
    ToolkitIndexPageFactory,
    ToolkitResourcePageFactory,
)

from .conftest import assert_lists_only_open, hidden_set, hide, section

pytestmark = pytest.mark.django_db

LISTINGS = {
    "artikler": (ArticleIndexPageFactory, ArticlePageFactory),
    "sentre": (CentreIndexPageFactory, CentrePageFactory),
    "tilbud": (OfferIndexPageFactory, OfferPageFactory),
    "verktoykasse": (ToolkitIndexPageFactory, ToolkitResourcePageFactory),
}


@pytest.mark.parametrize("name", LISTINGS)
def test_a_section_listing_shows_only_open_pages(client, home, name):
    index_factory, item_factory = LISTINGS[name]
    index = index_factory()
    shown = item_factory(title=f"Åpen {name}", slug=f"apen-{name}")
    hidden = hidden_set(item_factory, name)

    response = client.get(index.url)

    assert response.status_code == 200
    assert_lists_only_open(section(response.content.decode(), "<main", "</main>"), shown, hidden)


def test_an_articles_read_also_list_shows_only_open_pages(client, home):
    article = ArticlePageFactory(title="Artikkelen som leses", slug="artikkelen")
    shown = ArticlePageFactory(title="Åpen artikkel", slug="apen-artikkel")
    hidden = hidden_set(ArticlePageFactory, "artikkel") | {
        f"{kind} senter": page for kind, page in hidden_set(CentrePageFactory, "senter").items()
    }
    for order, page in enumerate([*hidden.values(), shown]):
        ArticleRelatedPage.objects.create(source=article, page=page, sort_order=order)

    response = client.get(article.url)

    html = response.content.decode()
    assert_lists_only_open(section(html, 'id="related-heading"', "</section>"), shown, hidden)
    assert_lists_only_open(html, shown, hidden)


def test_a_centres_offers_are_only_the_open_ones(client, home):
    centre = CentrePageFactory(title="Senteret med tilbud", slug="senteret")
    shown = OfferPageFactory(parent=centre, title="Åpent kurs", slug="apent-kurs")
    hidden = hidden_set(OfferPageFactory, "kurs", parent=centre)

    response = client.get(centre.url)

    assert_lists_only_open(
        section(response.content.decode(), 'id="centre-offers-heading"', "</section>"), shown, hidden
    )


def test_the_front_pages_newest_articles_are_the_open_ones(client, home):
    index = ArticleIndexPageFactory()
    shown = ArticlePageFactory(parent=index, title="Åpen eldre sak", published_at=datetime.date(2026, 1, 1))
    # Every hidden article is newer, so "Aktuelt" would show three of them and not the open one.
    hidden = hidden_set(ArticlePageFactory, "nyhet", parent=index, published_at=datetime.date(2026, 3, 1))

    response = client.get("/")

    assert_lists_only_open(
        section(response.content.decode(), 'id="home-articles-heading"', "</section>"), shown, hidden
    )


def test_the_front_pages_chosen_articles_are_the_open_ones(client, home):
    index = ArticleIndexPageFactory()
    # Three newer open articles fill "Aktuelt"; the chosen ones are older and shown only as chosen.
    for day in (10, 11, 12):
        ArticlePageFactory(parent=index, title=f"Ny sak {day}", published_at=datetime.date(2026, 3, day))
    old = datetime.date(2025, 1, 1)
    shown = ArticlePageFactory(parent=index, title="Åpen valgt sak", published_at=old)
    hidden = hidden_set(ArticlePageFactory, "valgt", parent=index, published_at=old)
    for order, page in enumerate([*hidden.values(), shown]):
        HomePageFeaturedArticle.objects.create(home=home, page=page, sort_order=order)

    response = client.get("/")

    assert_lists_only_open(
        section(response.content.decode(), 'id="home-articles-heading"', "</section>"), shown, hidden
    )


@pytest.fixture
def sections(home):
    """An open section and a section hidden in each way, all marked "show in menus"."""
    shown = ArticleIndexPageFactory(title="Åpen seksjon", show_in_menus=True)
    factories = {
        "passord": CentreIndexPageFactory,
        "innlogging": OfferIndexPageFactory,
        "gruppe": ToolkitIndexPageFactory,
        "utkast": ArticleIndexPageFactory,
        "utløpt": ArticleIndexPageFactory,
    }
    hidden = {
        kind: hide(
            factory(title=f"Skjult {kind} seksjon", slug=f"skjult-seksjon-{i}", show_in_menus=True),
            kind,
        )
        for i, (kind, factory) in enumerate(factories.items())
    }
    return shown, hidden


def test_the_main_menu_shows_only_open_sections(client, sections):
    shown, hidden = sections
    article = ArticlePageFactory(parent=shown, title="En artikkel i seksjonen")

    for url in ["/", article.url]:
        html = client.get(url).content.decode()
        assert_lists_only_open(section(html, '<nav class="main-nav"', "</nav>"), shown, hidden)


def test_the_front_pages_ways_in_are_the_open_sections(client, sections):
    shown, hidden = sections

    html = client.get("/").content.decode()

    assert_lists_only_open(section(html, 'id="home-sections-heading"', "</section>"), shown, hidden)


@pytest.mark.parametrize("kind", ["utkast", "utløpt"])
def test_an_offer_under_a_hidden_centre_names_no_centre(client, home, kind):
    # A visitor on the offer has passed every restriction above it; a draft or expired centre is
    # the parent it can still have, and neither the breadcrumbs nor "Holdes av" may name it.
    centre = CentrePageFactory(title=f"Skjult {kind} senter", slug="skjult-senter")
    offer = OfferPageFactory(parent=centre, title="Åpent kurs", slug="apent-kurs")
    open_centre = CentrePageFactory(title="Åpent senter", slug="apent-senter")
    open_offer = OfferPageFactory(parent=open_centre, title="Kurs ved det åpne senteret")
    hide(centre, kind)

    html = client.get(offer.url).content.decode()
    open_html = client.get(open_offer.url).content.decode()

    assert "Åpent kurs" in html
    assert centre.title not in html
    assert f'href="{centre.url}"' not in html
    # The same page under an open centre names it in both places.
    assert section(open_html, '<nav class="breadcrumbs"', "</nav>").count(f'href="{open_centre.url}"') == 1
    assert f'Holdes av <a href="{open_centre.url}">Åpent senter</a>' in open_html


def test_the_sitemap_lists_only_open_pages(client, home):
    shown = ArticlePageFactory(title="Åpen artikkel", slug="apen-artikkel")
    hidden = hidden_set(ArticlePageFactory, "artikkel")

    response = client.get("/sitemap.xml")

    body = response.content.decode()
    assert response.status_code == 200
    assert f"{shown.url}</loc>" in body
    for kind, page in hidden.items():
        assert f"{page.url}</loc>" not in body, kind


def test_the_sitemap_is_the_anonymous_one_for_a_logged_in_editor(client, home, django_user_model, editors_group):
    """A sitemap is what search engines may index, the same whoever asks."""
    shown = ArticlePageFactory(title="Åpen artikkel", slug="apen-artikkel")
    hidden = hidden_set(ArticlePageFactory, "artikkel")
    editor = django_user_model.objects.create_user("redaktor", password="x", is_superuser=True, is_staff=True)
    editor.groups.add(editors_group)
    client.force_login(editor)

    body = client.get("/sitemap.xml").content.decode()

    assert f"{shown.url}</loc>" in body
    for kind, page in hidden.items():
        assert f"{page.url}</loc>" not in body, kind
