"""The language switcher keeps all three languages on every page, in a fixed order, and where a
page has no version for a language it says so in that language and leads to the closest useful
place; `hreflang` (head and sitemap) names only real translations."""

import re

import pytest

from tests.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.helpers import publish_parents_in, translate_page

pytestmark = pytest.mark.django_db

LINK = re.compile(
    r'<li>(?:<span aria-current="true">(?P<current>[^<]*)</span>|<a href="(?P<href>[^"]*)"[^>]* lang="(?P<lang>\w+)">(?P<name>[^<]*)(?:<span class="language-switcher__note"> \((?P<note>[^)]*)\)</span>)?</a>)</li>'
)


def switcher(html):
    """(label or "current", href, lang, note) for each item of the switcher, in order."""
    begin = html.index('<nav class="language-switcher"')
    nav = html[begin : html.index("</nav>", begin)]
    items = []
    for m in LINK.finditer(nav):
        if m["current"] is not None:
            items.append(("current", m["current"]))
        else:
            items.append((m["lang"], m["href"], m["note"]))
    return items


def head(html):
    return html[html.index("<head>") : html.index("</head>")]


def in_language(page, code, **fields):
    copy = translate_page(page, code, **fields)
    publish_parents_in(copy, code)
    return copy


@pytest.fixture
def sections(home):
    index = ArticleIndexPageFactory()
    return {"nb": index, "nn": in_language(index, "nn", title="Artiklar"), "en": in_language(index, "en")}


def test_a_translated_page_links_each_translation_in_a_fixed_order(client, sections):
    article = ArticlePageFactory(parent=sections["nb"], title="Mestring")
    nn = translate_page(article, "nn", title="Meistring")
    en = translate_page(article, "en", title="Coping")

    for url, current in [(article.url, "Norsk (bokmål)"), (nn.url, "Norsk (nynorsk)"), (en.url, "English")]:
        items = switcher(client.get(url).content.decode())
        codes = [item[0] for item in items]
        assert len(items) == 3
        assert ("current", current) in items
        assert [c for c in codes if c != "current"] == [c for c in ["nb", "nn", "en"] if c in codes]

    html = client.get(article.url).content.decode()
    assert switcher(html) == [("current", "Norsk (bokmål)"), ("nn", nn.url, None), ("en", en.url, None)]
    assert f'hreflang="nn" href="http://testserver{nn.url}"' in head(html)
    assert f'hreflang="en" href="http://testserver{en.url}"' in head(html)


def test_a_bokmal_only_page_leads_to_the_nynorsk_and_english_sections_and_says_so(client, sections):
    """The nynorsk and English notes wait for the translations of B1's strings to be merged."""
    article = ArticlePageFactory(parent=sections["nb"], title="Bare på bokmål")

    html = client.get(article.url).content.decode()

    assert switcher(html) == [
        ("current", "Norsk (bokmål)"),
        ("nn", sections["nn"].url, "finst berre på bokmål"),
        ("en", sections["en"].url, "only in Norwegian"),
    ]
    assert '<span class="language-switcher__note"> (finst berre på bokmål)</span>' in html
    # The fallback is no alternate.
    assert "hreflang" not in head(html)
    assert 'hreflang="nn"' not in html


def test_a_nynorsk_only_page_says_in_bokmal_that_it_exists_only_in_nynorsk(client, sections):
    article = ArticlePageFactory(parent=sections["nn"], title="Berre på nynorsk")

    items = switcher(client.get(article.url).content.decode())

    assert items[0] == ("nb", sections["nb"].url, "finnes bare på nynorsk")
    assert items[1] == ("current", "Norsk (nynorsk)")
    assert items[2][:2] == ("en", sections["en"].url)


def test_without_a_translated_section_the_link_leads_to_that_languages_home(client, home):
    article = ArticlePageFactory(title="Bare på bokmål")
    in_language(home, "nn")

    items = switcher(client.get(article.url).content.decode())

    assert items[1][:2] == ("nn", "/nn/")
    assert items[2][:2] == ("en", "/en/")  # no English home page yet: the English root all the same


def test_a_draft_translation_is_never_linked(client, sections):
    article = ArticlePageFactory(parent=sections["nb"], title="Mestring")
    draft = translate_page(article, "nn", title="Meistring")
    draft.unpublish()
    sections["en"].unpublish()

    html = client.get(article.url).content.decode()

    assert draft.url not in html
    items = switcher(html)
    assert items[1][:2] == ("nn", sections["nn"].url)
    assert items[2][:2] == ("en", "/en/")  # the English section is a draft: its home page instead
    assert sections["en"].url not in html


def test_each_link_is_written_in_its_own_language(client, sections):
    article = ArticlePageFactory(parent=sections["nb"])

    html = client.get(article.url).content.decode()

    assert f'<a href="{sections["nn"].url}" lang="nn">Norsk (nynorsk)' in html
    assert f'<a href="{sections["en"].url}" lang="en">English' in html


def test_the_not_found_page_links_every_languages_home(client, home):
    in_language(home, "nn")
    in_language(home, "en")

    html = client.get("/nn/finst-ikkje/").content.decode()

    assert switcher(html) == [("nb", "/", None), ("current", "Norsk (nynorsk)"), ("en", "/en/", None)]


def test_the_search_page_links_the_same_search_in_each_language(client, home):
    html = client.get("/en/sok/?q=diabetes").content.decode()

    assert switcher(html) == [
        ("nb", "/sok/?q=diabetes", None),
        ("nn", "/nn/sok/?q=diabetes", None),
        ("current", "English"),
    ]


# The sitemap


def test_an_alias_is_no_translation(client, sections):
    # wagtail-localize's tree sync puts an alias of a new bokmål page in the nn tree: the bokmål
    # text under an /nn/ address. The switcher and the sitemap treat the page as bokmål only.
    article = ArticlePageFactory(parent=sections["nb"], title="Bare på bokmål", slug="bare")
    article.copy_for_translation(sections["nn"].locale, alias=True)

    html = client.get(article.url).content.decode()

    assert switcher(html)[1] == ("nn", sections["nn"].url, "finst berre på bokmål")
    assert "hreflang" not in head(html)
    body = client.get("/sitemap.xml").content.decode()
    assert "xhtml:link" not in sitemap_entry(body, article.full_url)


def sitemap_entry(body, location):
    begin = body.index(f"<loc>{location}</loc>")
    return body[body.rindex("<url>", 0, begin) : body.index("</url>", begin)]


def test_the_sitemap_lists_every_language_with_its_real_translations_as_alternates(client, sections):
    article = ArticlePageFactory(parent=sections["nb"], title="Mestring", slug="mestring")
    nn = translate_page(article, "nn", title="Meistring")
    only_nb = ArticlePageFactory(parent=sections["nb"], title="Bare på bokmål", slug="bare")
    draft = translate_page(only_nb, "en", title="Draft")
    draft.unpublish()

    body = client.get("/sitemap.xml").content.decode()

    entry = sitemap_entry(body, article.full_url)
    assert f'<xhtml:link rel="alternate" hreflang="nb" href="{article.full_url}"/>' in entry
    assert f'<xhtml:link rel="alternate" hreflang="nn" href="{nn.full_url}"/>' in entry
    assert 'hreflang="en"' not in entry
    # The nynorsk page is listed too, naming the bokmål one.
    nn_entry = sitemap_entry(body, nn.full_url)
    assert f'hreflang="nb" href="{article.full_url}"' in nn_entry
    # A page with no visible translation has no alternates: never the fallback, never a draft.
    assert "xhtml:link" not in sitemap_entry(body, only_nb.full_url)
    assert "/en/artikler/bare/" not in body and draft.url not in body
