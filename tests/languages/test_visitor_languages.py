"""What a visitor reads in nb, nn and en: every published page is listed once, in the visitor's
language where it exists, else a stand-in marked with `lang` and a visible label; error pages in
each language; visitor forms with no string left in the other standard."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import PageViewRestriction

from offers.models import OfferIndexPage
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
from tests.helpers import assert_fixed_queries, publish_parents_in, translate_page

pytestmark = pytest.mark.django_db

CARD = re.compile(r'<li class="card[^"]*"(?: lang="(?P<lang>\w+)")?>.*?<a href="[^"]*"[^>]*>(?P<title>[^<]*)</a>', re.S)


def cards(html):
    """(title, lang of the card or None) for each card on the page, in order."""
    return [(m["title"], m["lang"]) for m in CARD.finditer(html)]


def in_language(page, code):
    """The section `page` in `code` (a published translation, with its home)."""
    copy = translate_page(page, code)
    publish_parents_in(copy, code)
    return copy


LISTINGS = {
    "articles": (ArticleIndexPageFactory, lambda index, **kw: ArticlePageFactory(parent=index, **kw)),
    "centres": (CentreIndexPageFactory, lambda index, **kw: CentrePageFactory(parent=index, **kw)),
    "toolkit": (ToolkitIndexPageFactory, lambda index, **kw: ToolkitResourcePageFactory(parent=index, **kw)),
}


@pytest.mark.parametrize("listing", LISTINGS)
def test_the_nynorsk_listing_shows_every_page_once_with_bokmal_stand_ins_marked(client, home, listing):
    make_index, make_page = LISTINGS[listing]
    index = make_index()
    nn_index = in_language(index, "nn")
    both = make_page(index, title="Finst på begge")
    translate_page(both, "nn", title="Finst på begge (nn)")
    make_page(index, title="Bare på bokmål")
    make_page(nn_index, title="Berre på nynorsk")

    html = client.get(nn_index.url).content.decode()

    assert sorted(cards(html)) == [("Bare på bokmål", "nb"), ("Berre på nynorsk", None), ("Finst på begge (nn)", None)]
    assert '<p class="card__language" lang="nn">På bokmål</p>' in html
    assert html.count('class="card__language"') == 1


def test_an_alias_in_nynorsk_shows_as_its_bokmal_original_marked(client, home):
    # wagtail-localize's tree synchronisation puts an alias of each new bokmål page in the nn tree:
    # it is the bokmål text, so the nn listing marks it as bokmål, once.
    index = ArticleIndexPageFactory()
    nn_index = in_language(index, "nn")
    original = ArticlePageFactory(parent=index, title="Bare på bokmål")
    original.copy_for_translation(nn_index.locale, alias=True)

    html = client.get(nn_index.url).content.decode()

    assert cards(html) == [("Bare på bokmål", "nb")]


def test_the_bokmal_listing_marks_a_page_written_only_in_nynorsk(client, home):
    index = ArticleIndexPageFactory()
    nn_index = in_language(index, "nn")
    ArticlePageFactory(parent=index, title="Bare på bokmål")
    only_nn = ArticlePageFactory(parent=nn_index, title="Berre på nynorsk")

    html = client.get(index.url).content.decode()

    assert sorted(cards(html)) == [("Bare på bokmål", None), ("Berre på nynorsk", "nn")]
    assert '<p class="card__language" lang="nb">På nynorsk</p>' in html
    assert f'<a href="{only_nn.url}" hreflang="nn">Berre på nynorsk</a>' in html


def test_the_english_listing_shows_english_else_norwegian_marked(client, home):
    index = ArticleIndexPageFactory()
    en_index = in_language(index, "en")
    nn_index = in_language(index, "nn")
    translated = ArticlePageFactory(parent=index, title="Oversatt")
    translate_page(translated, "en", title="Translated")
    translate_page(translated, "nn", title="Omsett")
    both_norwegian = ArticlePageFactory(parent=index, title="Bokmål og nynorsk")
    translate_page(both_norwegian, "nn", title="Bokmål og nynorsk (nn)")
    ArticlePageFactory(parent=nn_index, title="Berre på nynorsk")

    html = client.get(en_index.url).content.decode()

    # Bokmål is English readers' first stand-in, nynorsk where there is no bokmål.
    assert sorted(cards(html)) == [("Berre på nynorsk", "nn"), ("Bokmål og nynorsk", "nb"), ("Translated", None)]


def test_the_english_labels_say_in_norwegian(client, home):
    """Waits for the translations of B1's strings to be merged into locale/en."""
    index = ArticleIndexPageFactory()
    en_index = in_language(index, "en")
    ArticlePageFactory(parent=index, title="Bare på bokmål")

    html = client.get(en_index.url).content.decode()

    assert '<p class="card__language" lang="en">In Norwegian (Bokmål)</p>' in html


def test_the_nynorsk_course_finder_lists_bokmal_courses_marked(client, home):
    centre = CentrePageFactory(title="LMS Aker")
    OfferPageFactory(parent=centre, title="Kurs for pårørende")
    finder = OfferIndexPageFactory()
    nn_finder = in_language(finder, "nn")
    assert isinstance(nn_finder, OfferIndexPage)

    html = client.get(nn_finder.url).content.decode()

    assert cards(html) == [("Kurs for pårørende", "nb")]
    assert "LMS Aker" in html  # the bokmål centre is named too


def test_a_stand_in_behind_a_password_is_not_listed(client, home):
    index = ArticleIndexPageFactory()
    nn_index = in_language(index, "nn")
    hidden = ArticlePageFactory(parent=index, title="Bak passord")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x")
    ArticlePageFactory(parent=index, title="Open")

    assert cards(client.get(nn_index.url).content.decode()) == [("Open", "nb")]


def test_the_nynorsk_listing_with_stand_ins_costs_the_same_queries(client, home):
    index = ArticleIndexPageFactory()
    nn_index = in_language(index, "nn")

    def add(count):
        for n in range(count):
            article = ArticlePageFactory(parent=index)
            if n % 2:
                translate_page(article, "nn")

    assert_fixed_queries(client, nn_index.url, add)


def test_the_nynorsk_home_page_shows_bokmal_news_marked(client, home):
    index = ArticleIndexPageFactory()
    nn_home = in_language(home, "nn")
    in_language(index, "nn")
    translated = ArticlePageFactory(parent=index, title="Omsett sak", published_at="2026-03-01")
    translate_page(translated, "nn", title="Omsett sak (nn)")
    ArticlePageFactory(parent=index, title="Ny sak på bokmål", published_at="2026-03-02")

    html = client.get(nn_home.url).content.decode()

    assert cards(html) == [("Ny sak på bokmål", "nb"), ("Omsett sak (nn)", None)]


def test_the_nynorsk_home_page_costs_the_same_queries_with_stand_ins(client, home):
    index = ArticleIndexPageFactory()
    nn_home = in_language(home, "nn")

    assert_fixed_queries(client, nn_home.url, lambda n: [ArticlePageFactory(parent=index) for _ in range(n)])


# Error pages


def test_not_found_in_each_language(client, home):
    in_language(home, "nn")
    in_language(home, "en")

    nb = client.get("/finnes-ikke/")
    nn = client.get("/nn/finst-ikkje/")
    en = client.get("/en/missing/")

    assert (nb.status_code, nn.status_code, en.status_code) == (404, 404, 404)
    assert "<h1>Fant ikke siden</h1>" in nb.content.decode()
    assert '<html lang="nn">' in nn.content.decode()
    assert "<h1>Fann ikkje sida</h1>" in nn.content.decode()
    assert '<html lang="en">' in en.content.decode()
    assert "<h1>Page not found</h1>" in en.content.decode()


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [("/", "nb", "Noe gikk galt"), ("/nn/", "nn", "Noko gjekk gale"), ("/en/", "en", "Something went wrong")],
)
def test_server_error_in_the_visitors_language(client, home, monkeypatch, path, lang, heading):
    in_language(home, "nn")
    in_language(home, "en")

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(type(home), "get_context", broken)
    client.raise_request_exception = False

    response = client.get(path)

    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{lang}">' in html
    assert f"<h1>{heading}</h1>" in html


def test_the_server_error_page_renders_without_a_request(home):
    with translation.override("nn"):
        html = render_to_string("500.html")

    assert '<html lang="nn">' in html
    assert "<h1>Noko gjekk gale</h1>" in html


# The forms visitors fill in (språklova: in bokmål and nynorsk at the same time)

VISITOR_FORM_TEMPLATES = [
    "components/search_form.html",
    "components/filter_form.html",
    "accounts/password_required.html",
]
TRANSLATE_TAG = re.compile(r"""\{%\s*translate\s+(["'])(?P<msgid>.+?)\1""")


def msgids_in(template_name):
    for directory in [Path(settings.BASE_DIR, "templates"), *Path(settings.BASE_DIR).glob("*/templates")]:
        path = directory / template_name
        if path.exists():
            return {m["msgid"] for m in TRANSLATE_TAG.finditer(path.read_text())}
    raise AssertionError(f"{template_name} is not one of the project's templates")


@pytest.mark.parametrize("template_name", VISITOR_FORM_TEMPLATES)
def test_every_string_of_a_visitor_form_has_a_nynorsk_translation(template_name):
    catalogue = {
        entry.msgid: entry for entry in polib.pofile(Path(settings.BASE_DIR, "locale/nn/LC_MESSAGES/django.po"))
    }
    msgids = msgids_in(template_name)

    assert msgids, "the template uses {% translate %}"
    missing = sorted(m for m in msgids if m not in catalogue or not catalogue[m].msgstr or catalogue[m].fuzzy)
    assert missing == []


def test_wagtails_password_form_is_ours(home):
    assert settings.WAGTAIL_PASSWORD_REQUIRED_TEMPLATE == "accounts/password_required.html"


def rendered_forms(client, nn_section, nb_section, protected, language):
    """The HTML of each visitor form as a visitor of `language` gets it."""
    section = nn_section if language == "nn" else nb_section
    prefix = "/nn" if language == "nn" else ""
    html = {
        "search": client.get(f"{prefix}/sok/?q=kurs").content.decode(),
        "filters": client.get(section.url).content.decode(),
        "password": client.get(protected[language].url).content.decode(),
    }
    return {
        "search": _between(html["search"], '<form class="search-form"', "</form>"),
        "filters": _between(html["filters"], '<form class="filters"', "</form>"),
        "password": _between(html["password"], "<main", "</main>"),
    }


def _between(html, start, end):
    begin = html.index(start)
    return html[begin : html.index(end, begin) + len(end)]


def test_visitor_forms_are_whole_in_bokmal_and_in_nynorsk(client, home):
    """Every visitor form in nn carries no bokmål or English string of its templates, and in nb no
    nynorsk or English one."""
    offers = OfferIndexPageFactory()
    OfferPageFactory(title="Kurs")
    nn_offers = in_language(offers, "nn")
    protected = {"nb": ArticlePageFactory(title="Lukket")}
    protected["nn"] = in_language(protected["nb"], "nn")
    for page in protected.values():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    catalogue = polib.pofile(Path(settings.BASE_DIR, "locale/nn/LC_MESSAGES/django.po"))
    nn_of = {e.msgid: e.msgstr for e in catalogue if not e.msgctxt}
    en_catalogue = polib.pofile(Path(settings.BASE_DIR, "locale/en/LC_MESSAGES/django.po"))
    en_of = {e.msgid: e.msgstr for e in en_catalogue if not e.msgctxt}
    msgids = set().union(*(msgids_in(t) for t in VISITOR_FORM_TEMPLATES))

    nb_forms = rendered_forms(client, nn_offers, offers, protected, "nb")
    nn_forms = rendered_forms(client, nn_offers, offers, protected, "nn")

    for name, form in nn_forms.items():
        for msgid in msgids:
            if nn_of.get(msgid) and nn_of[msgid] != msgid:
                assert f">{msgid}<" not in form, f"the nynorsk {name} form says «{msgid}»"
                assert f">{en_of[msgid]}<" not in form or en_of[msgid] == nn_of[msgid]
    for name, form in nb_forms.items():
        for msgid in msgids:
            if nn_of.get(msgid) and nn_of[msgid] != msgid:
                assert f">{nn_of[msgid]}<" not in form, f"the bokmål {name} form says «{nn_of[msgid]}»"
    # The forms were found and are in their language, so the test can fail.
    assert ">Søk på nettstaden<" in nn_forms["search"] and ">Søk på nettstedet<" in nb_forms["search"]
    assert ">Fjern filtera<" not in nb_forms["filters"]
    assert "Vis treff" in nn_forms["filters"]
    assert "action=" in nn_forms["password"] and "password" in nn_forms["password"]
