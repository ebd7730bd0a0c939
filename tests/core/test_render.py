"""The page frame every public page shares (base.html) and the error pages."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.factories import ArticleIndexPageFactory, ArticlePageFactory, CentreIndexPageFactory
from tests.helpers import publish_parents_in, translate_page

pytestmark = pytest.mark.django_db

LISTING_SIZES = (2, 15)


# --- the page frame ---------------------------------------------------------------------------


def test_every_page_has_the_frame_a_visitor_relies_on(client, home):
    article = ArticlePageFactory(title="Mestring i hverdagen", search_description="Om mestring.")

    html = client.get(article.url).content.decode()

    assert '<html lang="nb">' in html
    assert "<title>Mestring i hverdagen – Læring og mestring</title>" in html
    assert '<meta name="description" content="Om mestring.">' in html
    assert '<a class="skip-link" href="#main">Gå til hovedinnhold</a>' in html
    assert '<main id="main" tabindex="-1"' in html
    assert "<header" in html and "<footer" in html
    assert 'action="/sok/"' in html and 'name="q"' in html
    assert '<label for="site-search"' in html
    assert "Tilgjengelighetserklæring" in html
    assert "Vi samler ikke inn helseopplysninger om deg." in html


def test_meta_description_falls_back_to_the_intro(client, home):
    article = ArticlePageFactory(intro="Ingressen brukes som beskrivelse.")

    html = client.get(article.url).content.decode()

    assert '<meta name="description" content="Ingressen brukes som beskrivelse.">' in html


def test_breadcrumbs_lead_from_home_to_the_current_page(client, home):
    article = ArticlePageFactory(title="Om kurs for pårørende")

    html = client.get(article.url).content.decode()

    assert '<nav class="breadcrumbs" aria-label="Brødsmulesti">' in html
    assert '<li><a href="/">Forside</a></li>' in html
    assert '<li><a href="/artikler/">Artikler</a></li>' in html
    assert f'<a href="{article.url}" aria-current="page">Om kurs for pårørende</a>' in html


def test_home_page_has_no_breadcrumbs(client, home):
    assert "breadcrumbs" not in client.get("/").content.decode()


def test_main_menu_marks_the_current_section(client, home):
    articles = ArticleIndexPageFactory(show_in_menus=True)
    centres = CentreIndexPageFactory(show_in_menus=True)
    article = ArticlePageFactory(parent=articles)

    html = client.get(article.url).content.decode()
    assert '<nav class="main-nav" aria-label="Hovedmeny">' in html
    assert '<a href="/artikler/" class="is-active">Artikler</a>' in html
    assert f'<a href="{centres.url}">Sentre</a>' in html

    html = client.get("/artikler/").content.decode()
    assert '<a href="/artikler/" aria-current="page">Artikler</a>' in html


def test_language_switcher_links_to_live_translations(client, home):
    article = ArticlePageFactory(title="Mestring", slug="mestring")
    nn_article = translate_page(article, "nn", title="Meistring")
    publish_parents_in(nn_article, "nn")

    html = client.get(article.url).content.decode()
    assert '<nav class="language-switcher" aria-label="Språk">' in html
    # Each language is named in itself, as Django names it.
    assert '<span aria-current="true">Norsk (bokmål)</span>' in html
    assert f'<a href="{nn_article.url}" hreflang="nn" lang="nn">Norsk (nynorsk)</a>' in html
    assert 'hreflang="en"' not in html  # no English translation, so no link

    nn_html = client.get(nn_article.url).content.decode()
    assert '<html lang="nn">' in nn_html
    assert '<span aria-current="true">Norsk (nynorsk)</span>' in nn_html
    assert f'<a href="{article.url}" hreflang="nb" lang="nb">Norsk (bokmål)</a>' in nn_html


def test_nynorsk_pages_use_nynorsk_interface_text(client, home, compiled_messages):
    article = ArticlePageFactory(published_at=datetime.date(2026, 3, 14))
    nn_article = translate_page(article, "nn", title="Meistring i kvardagen")
    publish_parents_in(nn_article, "nn")

    html = client.get(nn_article.url).content.decode()

    assert nn_article.url.startswith("/nn/")
    assert '<html lang="nn">' in html
    assert "Meistring i kvardagen" in html
    assert "<dt>Publisert</dt>" in html
    assert '<time datetime="2026-03-14">14. mars 2026</time>' in html
    assert 'action="/nn/sok/"' in html
    assert '<a class="skip-link" href="#main">Gå til hovudinnhald</a>' in html
    assert '<nav class="breadcrumbs" aria-label="Brødsmulesti">' in html
    assert ">Framside</a>" in html
    assert "Nasjonal kompetanseteneste for læring og meistring innan helse" in html
    assert "Vi samlar ikkje inn helseopplysningar om deg." in html
    assert "Tilgjengeerklæring" in html


def test_english_pages_use_english_interface_text(client, home, compiled_messages):
    article = ArticlePageFactory(published_at=datetime.date(2026, 3, 14))
    en_article = translate_page(article, "en", title="Coping in everyday life")
    publish_parents_in(en_article, "en")

    html = client.get(en_article.url).content.decode()

    assert '<html lang="en">' in html
    assert "<dt>Published</dt>" in html
    assert '<time datetime="2026-03-14">March 14, 2026</time>' in html
    assert '<a class="skip-link" href="#main">Skip to main content</a>' in html
    assert "National Competence Service for Learning and Coping in Health" in html
    assert "Accessibility statement" in html


def test_search_view_switches_language_and_keeps_the_query(client, home):
    html = client.get("/sok/?q=mestring").content.decode()

    assert '<a href="/nn/sok/?q=mestring" hreflang="nn" lang="nn">Norsk (nynorsk)</a>' in html
    assert '<a href="/en/sok/?q=mestring" hreflang="en" lang="en">English</a>' in html


def test_not_found_page_in_the_visitors_language(client, home):
    response = client.get("/finnes-ikke/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="nb">' in html
    assert "<h1>Fant ikke siden</h1>" in html
    assert '<a href="/">Gå til forsiden</a>' in html

    nn_response = client.get("/nn/finst-ikkje/")
    assert nn_response.status_code == 404
    assert '<html lang="nn">' in nn_response.content.decode()


def test_server_error_page_stands_alone():
    with translation.override("nb"):
        html = render_to_string("500.html")

    assert '<html lang="nb">' in html
    assert "<h1>Noe gikk galt</h1>" in html
    assert 'id="main"' in html


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<iframe src="x"></iframe>', '<iframe title="Film &quot;A&quot;" src="x"></iframe>'),
        ('<iframe title="Own" src="x"></iframe>', '<iframe title="Own" src="x"></iframe>'),
        ("", ""),
        # Tag and attribute names in any case; the provider's own title is kept.
        ('<IFRAME SRC="x"></IFRAME>', '<IFRAME title="Film &quot;A&quot;" SRC="x"></iframe>'),
        ('<iframe TITLE="Own" src="x"></iframe>', '<iframe TITLE="Own" src="x"></iframe>'),
        # An empty title names nothing; "title=" in another attribute is not a title.
        ('<iframe title="" src="x"></iframe>', '<iframe title="Film &quot;A&quot;" src="x"></iframe>'),
        (
            '<iframe src="https://v.example/?title=1"></iframe>',
            '<iframe title="Film &quot;A&quot;" src="https://v.example/?title=1"></iframe>',
        ),
        # A ">" inside an attribute does not end the tag.
        ('<iframe data-x="a>b" title="Own"></iframe>', '<iframe data-x="a>b" title="Own"></iframe>'),
        # "<iframe" inside an attribute value is text; the real iframe gets the title.
        (
            '<div data-embed="<iframe src=y>"><iframe src="x"></iframe></div>',
            '<div data-embed="<iframe src=y>"><iframe title="Film &quot;A&quot;" src="x"></iframe></div>',
        ),
        # The first iframe without a title gets it; scripts and everything else pass as they were.
        (
            '<iframe title="Own" src="a"></iframe><iframe src="b"></iframe>',
            '<iframe title="Own" src="a"></iframe><iframe title="Film &quot;A&quot;" src="b"></iframe>',
        ),
        (
            '<blockquote class="tweet"><p>Hei &amp; hå</p></blockquote><script async src="w.js">if (a<b) {}</script>',
            '<blockquote class="tweet"><p>Hei &amp; hå</p></blockquote><script async src="w.js">if (a<b) {}</script>',
        ),
    ],
)
def test_embed_iframes_get_a_title_unless_they_have_one(html, expected):
    from core.templatetags.core_tags import with_iframe_title

    assert with_iframe_title(html, 'Film "A"') == expected


def test_footer_links_to_the_published_accessibility_statement(client, home, settings):
    settings.ACCESSIBILITY_STATEMENT_URL = "https://uustatus.no/nb/erklaringer/publisert/0000"

    html = client.get(home.url).content.decode()

    assert '<a href="https://uustatus.no/nb/erklaringer/publisert/0000">Tilgjengelighetserklæring</a>' in html


def test_footer_links_to_where_the_statement_will_be_until_it_is_published(client, home, settings):
    settings.ACCESSIBILITY_STATEMENT_URL = ""

    html = client.get(home.url).content.decode()

    assert (
        '<a href="https://uustatus.no/nb/erklaringer/publisert/">'
        "Tilgjengelighetserklæring (publiseres på uustatus.no)</a>" in html
    )


def test_footer_statement_link_in_nynorsk_and_english(client, home, settings, compiled_messages):
    settings.ACCESSIBILITY_STATEMENT_URL = ""
    translate_page(home, "nn", title="Læring og meistring")
    translate_page(home, "en", title="Learning and coping")

    nn_html = client.get("/nn/").content.decode()
    en_html = client.get("/en/").content.decode()

    assert "Tilgjengeerklæring (blir publisert på uustatus.no)</a>" in nn_html
    assert "Accessibility statement (to be published on uustatus.no)</a>" in en_html
