"""The translation status report and the language report (språklova): who sees them, what they
show, their filters and exports, and that they cost the same number of queries however big the site."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.operations import TranslationCreator

from editorial import roles
from editorial.centres import centre_team
from languages.reports import count_words
from search import corpus
from tests.factories import ArticleIndexPageFactory, ArticlePageFactory, CentrePageFactory, ToolkitResourcePageFactory
from tests.helpers import assert_fixed_queries, translate_page

pytestmark = pytest.mark.django_db

STATUS_URL = "/admin/reports/oversettelser/"
LANGUAGE_URL = "/admin/reports/sprakrapport/"


def _user(username, group):
    user = get_user_model().objects.create_user(username=username, password="x" * 12)
    user.groups.add(group)
    return user


@pytest.fixture
def editor(home):
    return _user("redaktor", Group.objects.get(name=roles.EDITORS))


@pytest.fixture
def writer(home):
    return _user("skribent", Group.objects.get(name=roles.COMMUNICATIONS))


@pytest.fixture
def centre_staff(home):
    return _user("senteransatt", centre_team(CentrePageFactory()).staff_group)


def _csv(response):
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.getvalue().decode("utf-8"))))


def _republish(page, when):
    """Publish `page` again, as if at `when`."""
    page.save_revision().publish()
    Page.objects.filter(pk=page.pk).update(last_published_at=when)


def _first_published(page, year):
    when = timezone.make_aware(datetime.datetime(year, 6, 1, 12))
    Page.objects.filter(pk=page.pk).update(first_published_at=when)


@pytest.fixture
def pages(home):
    """An article in nb and nn where nn is older than a later change to nb; one in nb only."""
    now = timezone.now()
    changed = ArticlePageFactory(title="Mestring i hverdagen")
    nn = translate_page(changed, "nn", title="Meistring i kvardagen")
    Page.objects.filter(pk=nn.pk).update(last_published_at=now - datetime.timedelta(days=10))
    _republish(changed, now)
    alone = ArticlePageFactory(title="Bare på bokmål")
    return {"changed": changed, "nn": nn, "alone": alone}


def test_the_editor_sees_each_page_its_translations_and_which_are_out_of_date(client, editor, pages):
    client.force_login(editor)
    response = client.get(STATUS_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Oversettelsesstatus" in html
    assert "Meistring i kvardagen" in html and "Utdatert" in html
    assert "Bare på bokmål" in html and "Mangler" in html
    for page in (pages["changed"], pages["nn"], pages["alone"]):
        assert f'href="/admin/pages/{page.pk}/edit/"' in html


def test_only_out_of_date_and_missing_by_locale(client, editor, pages):
    client.force_login(editor)

    outdated = client.get(STATUS_URL, {"status": "utdatert"}).content.decode()
    assert "Mestring i hverdagen" in outdated
    assert "Bare på bokmål" not in outdated

    missing_nn = client.get(STATUS_URL, {"locale": "nn", "status": "mangler"}).content.decode()
    assert "Bare på bokmål" in missing_nn
    assert "Mestring i hverdagen" not in missing_nn

    outdated_en = client.get(STATUS_URL, {"locale": "en", "status": "utdatert"}).content.decode()
    assert "Mestring i hverdagen" not in outdated_en


def test_a_translation_published_after_its_source_is_up_to_date(client, editor, pages):
    _republish(pages["nn"], timezone.now() + datetime.timedelta(minutes=1))
    client.force_login(editor)
    html = client.get(STATUS_URL, {"status": "utdatert"}).content.decode()
    assert "Mestring i hverdagen" not in html


def test_the_source_is_the_one_wagtail_localize_translated_from(client, editor, pages):
    """English made from the nynorsk version is out of date when nynorsk changes, not bokmål."""
    translate_page(pages["changed"].get_parent(), "en", title="Articles")
    TranslationCreator(None, [Locale.objects.get(language_code="en")]).create_translations(pages["nn"])
    en = Page.objects.get(translation_key=pages["changed"].translation_key, locale__language_code="en").specific
    _republish(en, timezone.now() + datetime.timedelta(minutes=1))
    client.force_login(editor)

    # bokmål changed after the English was made: English is still in step with nynorsk.
    _republish(pages["changed"], timezone.now() + datetime.timedelta(minutes=5))
    response = client.get(STATUS_URL, {"locale": "en", "status": "utdatert"})
    assert "Mestring i hverdagen" not in response.content.decode()

    _republish(pages["nn"], timezone.now() + datetime.timedelta(minutes=10))
    response = client.get(STATUS_URL, {"locale": "en", "status": "utdatert"})
    assert "Mestring i hverdagen" in response.content.decode()
    assert "(oversatt fra nynorsk)" in response.content.decode()


def test_the_status_exports_a_spreadsheet_safe_from_formulas(client, editor, pages):
    ArticlePageFactory(title='=HYPERLINK("http://example.com")')
    client.force_login(editor)
    rows = _csv(client.get(STATUS_URL, {"export": "csv"}))

    assert rows[0] == ["Tittel", "Type", "Kildespråk", "Bokmål", "Nynorsk", "Engelsk"]
    by_title = {row[0]: row for row in rows[1:]}
    assert by_title["Mestring i hverdagen"][2:] == ["Bokmål", "Kilde, publisert", "Utdatert", "Mangler"]
    assert by_title["Bare på bokmål"][4] == "Mangler"
    assert '\'=HYPERLINK("http://example.com")' in by_title


def test_the_status_report_costs_the_same_queries_for_few_and_many_pages(client, editor):
    client.force_login(editor)

    def add(n):
        for _ in range(n):
            translate_page(ArticlePageFactory(), "nn")

    assert_fixed_queries(client, STATUS_URL, add)


def test_words_are_runs_of_text_with_a_letter_or_digit():
    assert count_words("Lærings- og mestringstilbud – for 12 pårørende.") == 6
    assert count_words(" \n ") == 0


@pytest.fixture
def written(home):
    """2025: 3 bokmål pages of 10 words, 1 nynorsk page of 10 words. 2024: 1 of each.
    A draft, a private page and a page in English do not count."""
    ten = {"intro": "en to tre fire fem seks sju"}  # + a three-word title
    for index in range(3):
        _first_published(ArticlePageFactory(title=f"Bokmål side {index}", **ten), 2025)
    _first_published(ArticlePageFactory(title="Bokmål i fjor", **ten), 2024)
    nn_index = translate_page(ArticleIndexPageFactory(), "nn", title="Artiklar")
    for title, year in (("Nynorsk side no", 2025), ("Nynorsk i fjor", 2024)):
        page = ArticlePageFactory(title=title, parent=nn_index, locale=nn_index.locale, **ten)
        _first_published(page, year)
    draft = ArticlePageFactory(title="Utkast side her", live=False, **ten)
    _first_published(draft, 2025)
    private = ToolkitResourcePageFactory(title="Privat side her", **ten)
    _first_published(private, 2025)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    source = ArticlePageFactory(title="Kilde i år", **ten)
    _first_published(source, timezone.localdate().year)
    english = translate_page(source, "en", title="English page here")
    _first_published(english, 2025)
    # The report counts what the search corpus holds; on the site its tasks write it on publish.
    corpus.rebuild()
    return nn_index


def test_the_language_report_counts_pages_and_words_per_standard_and_year(client, editor, written):
    client.force_login(editor)
    rows = _csv(client.get(LANGUAGE_URL, {"export": "csv"}))

    assert rows[0] == [
        "År",
        "Målform",
        "Sider",
        "Ord",
        "Andel av ordene (%)",
        "Andel av sidene (%)",
        "Minstekrav (%)",
        "Vurdering",
    ]
    by_key = {(row[0], row[1]): row for row in rows[1:]}
    # The English page's bokmål source was first published this year, and nothing in nynorsk.
    this_year = str(timezone.localdate().year)
    assert by_key[("2025", "Bokmål")][2:] == ["3", "30", "75.0", "75.0", "25", "Oppfyller minstekravet"]
    assert by_key[("2025", "Nynorsk")][2:] == ["1", "10", "25.0", "25.0", "25", "Oppfyller minstekravet"]
    assert by_key[("2024", "Nynorsk")][2:4] == ["1", "10"]
    assert [row[0] for row in rows[1:]] == sorted((row[0] for row in rows[1:]), reverse=True)
    assert by_key[(this_year, "Nynorsk")][2:4] == ["0", "0"]
    assert by_key[(this_year, "Nynorsk")][7] == "Under minstekravet"


def test_the_language_report_says_in_words_whether_a_year_meets_the_minimum(client, editor, written):
    client.force_login(editor)
    html = client.get(LANGUAGE_URL).content.decode()
    assert "Språkrapport" in html
    assert "Oppfyller minstekravet på 25 %" in html
    assert "Under minstekravet på 25 %" in html


def test_the_language_report_costs_the_same_queries_for_few_and_many_pages(client, editor):
    client.force_login(editor)

    def published(n):
        pages = [ArticlePageFactory() for _ in range(n)]
        corpus.rebuild()
        return pages

    assert_fixed_queries(client, LANGUAGE_URL, published)


def test_writers_may_read_both_reports(client, writer, pages):
    client.force_login(writer)
    assert client.get(STATUS_URL).status_code == 200
    assert client.get(LANGUAGE_URL).status_code == 200
    menu = client.get("/admin/").content.decode()
    assert STATUS_URL in menu and LANGUAGE_URL in menu


@pytest.mark.parametrize("url", [STATUS_URL, LANGUAGE_URL])
def test_centre_staff_are_refused(client, centre_staff, pages, url):
    client.force_login(centre_staff)
    response = client.get(url, follow=True)
    html = response.content.decode()
    assert response.redirect_chain == [("/admin/", 302)]
    assert "Meistring i kvardagen" not in html
    assert url not in html  # nor in their reports menu
    export = client.get(url, {"export": "csv"})
    assert export.status_code == 302
    assert b"Mestring" not in export.content and "Målform".encode() not in export.content


@pytest.mark.parametrize("url", [STATUS_URL, LANGUAGE_URL])
def test_anonymous_visitors_are_sent_to_log_in(client, pages, url):
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
