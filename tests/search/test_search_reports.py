"""The search reports (Mest brukte søk, Søk uten treff, Søk ingen klikker på): who sees them, their
rows and numbers, the period and language filters, the spreadsheet download, and the one-step
actions from a query that found nothing to a synonym or a recommended result."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from editorial import roles
from editorial.centres import centre_team
from search import querylog
from search.models import LoggedQuery, Synonym
from tests.factories import ArticlePageFactory, CentrePageFactory

pytestmark = pytest.mark.django_db

MOST = "/admin/reports/sok/mest-brukte/"
ZERO = "/admin/reports/sok/uten-treff/"
UNCLICKED = "/admin/reports/sok/uten-klikk/"
REPORTS = {"most searched": MOST, "zero results": ZERO, "unclicked": UNCLICKED}


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


def _day(days_ago):
    return timezone.localdate() - datetime.timedelta(days=days_ago)


def _log(query, language, days_ago=0, searches=1, results=0, clicks=0):
    return LoggedQuery.objects.create(
        day=_day(days_ago), language=language, query=query, searches=searches, results=results, clicks=clicks
    )


@pytest.fixture
def log():
    """What visitors searched for lately, and once long ago."""
    _log("astma", "nb", days_ago=1, searches=2, results=5, clicks=1)
    _log("astma", "nb", searches=1, results=4)
    _log("astma", "nn", searches=1, results=1)
    _log("kols", "nb", days_ago=2, searches=4, results=0)
    # Nothing the first day, then something: it is no longer a search without results.
    _log("fls", "nb", days_ago=3, searches=2, results=0)
    _log("fls", "nb", days_ago=1, searches=1, results=3, clicks=2)
    # Followed the day after it was searched: a click, no search, no results to go by.
    _log("pårørende", "nb", days_ago=5, searches=1, results=6)
    _log("pårørende", "nb", days_ago=4, searches=0, results=0, clicks=1)
    _log("heimeteneste", "nn", days_ago=40, searches=9, results=0)


def _table(response):
    """The report's rows as the cells' text, header first."""
    assert response.status_code == 200
    table = BeautifulSoup(response.content, "html.parser").find("table", class_="listing")
    if table is None:
        return []
    return [[" ".join(cell.get_text().split()) for cell in row.find_all(["th", "td"])] for row in table.find_all("tr")]


def _csv(response):
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.getvalue().decode("utf-8"))))


def test_most_searched_sums_the_period_per_query_and_language(client, editor, log):
    client.force_login(editor)
    rows = _table(client.get(MOST))

    assert rows[0] == ["Søk", "Språk", "Antall søk", "Treff (sist)", "Klikk"]
    assert rows[1:] == [
        ["kols", "Bokmål", "4", "0", "0"],
        ["astma", "Bokmål", "3", "4", "1"],
        ["fls", "Bokmål", "3", "3", "2"],
        ["astma", "Nynorsk", "1", "1", "0"],
        ["pårørende", "Bokmål", "1", "6", "1"],
    ]


def test_the_period_filter_leaves_out_other_days(client, editor, log):
    client.force_login(editor)

    # The default is the last 30 days: the search 40 days ago is not there...
    html = client.get(MOST).content.decode()
    assert "heimeteneste" not in html
    assert f"Periode: fra {_day(29).day}. " in html
    # ...but is when the period reaches back to it.
    longer = _table(client.get(MOST, {"day_from": _day(45).isoformat()}))
    assert ["heimeteneste", "Nynorsk", "9", "0", "0"] in longer
    # A period of yesterday only.
    yesterday = _table(client.get(MOST, {"day_from": _day(1).isoformat(), "day_to": _day(1).isoformat()}))
    assert yesterday[1:] == [["astma", "Bokmål", "2", "5", "1"], ["fls", "Bokmål", "1", "3", "2"]]


def test_the_language_filter(client, editor, log):
    client.force_login(editor)
    rows = _table(client.get(MOST, {"language": "nn", "day_from": _day(60).isoformat()}))
    assert rows[1:] == [["heimeteneste", "Nynorsk", "9", "0", "0"], ["astma", "Nynorsk", "1", "1", "0"]]


def test_zero_results_lists_the_queries_whose_latest_search_found_nothing(client, editor, log):
    client.force_login(editor)
    rows = _table(client.get(ZERO))
    assert rows[0] == ["Søk", "Språk", "Antall søk", "Handlinger"]
    assert [row[:3] for row in rows[1:]] == [["kols", "Bokmål", "4"]]
    assert "Legg til synonym" in rows[1][3] and "Legg til anbefalt treff" in rows[1][3]

    older = _table(client.get(ZERO, {"day_from": _day(60).isoformat()}))
    assert [row[:3] for row in older[1:]] == [["heimeteneste", "Nynorsk", "9"], ["kols", "Bokmål", "4"]]
    assert [row[:3] for row in _table(client.get(ZERO, {"language": "nb", "day_from": _day(60).isoformat()}))[1:]] == [
        ["kols", "Bokmål", "4"]
    ]


def test_unclicked_lists_queries_that_found_something_nobody_followed(client, editor, log):
    _log("mestring", "nb", searches=5, results=12)
    client.force_login(editor)
    rows = _table(client.get(UNCLICKED))
    assert rows[1:] == [["mestring", "Bokmål", "5", "12", "0"], ["astma", "Nynorsk", "1", "1", "0"]]
    assert _table(client.get(UNCLICKED, {"language": "en"})) == []
    assert "Ingen søk i denne perioden." in client.get(UNCLICKED, {"language": "en"}).content.decode()


@pytest.mark.parametrize("report", REPORTS)
def test_the_csv_neutralises_formulas(client, editor, report):
    querylog.record_search('=HYPERLINK("x")', "nb", 0)
    querylog.record_search("@SUM(1)", "nb", 2)
    client.force_login(editor)

    rows = _csv(client.get(REPORTS[report], {"export": "csv"}))

    assert rows[0][:3] == ["Søk", "Språk", "Antall søk"]
    expected = {
        "most searched": [['\'=hyperlink("x")', "Bokmål", "1"], ["'@sum(1)", "Bokmål", "1"]],
        "zero results": [['\'=hyperlink("x")', "Bokmål", "1"]],
        "unclicked": [["'@sum(1)", "Bokmål", "1"]],
    }
    assert sorted(row[:3] for row in rows[1:]) == expected[report]


def test_the_csv_holds_the_same_numbers_as_the_page(client, editor, log):
    client.force_login(editor)
    rows = _csv(client.get(MOST, {"export": "csv"}))
    assert rows[0] == ["Søk", "Språk", "Antall søk", "Treff (sist)", "Klikk"]
    assert rows[1:3] == [["kols", "Bokmål", "4", "0", "0"], ["astma", "Bokmål", "3", "4", "1"]]
    xlsx = client.get(MOST, {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# Who sees them


@pytest.mark.parametrize("report", REPORTS)
@pytest.mark.parametrize("who", ["writer", "centre staff"])
def test_writers_and_centre_staff_are_refused(client, writer, centre_staff, log, report, who):
    """Refused as the admin refuses (the site's other reports too): back to the dashboard, with
    Wagtail's message, and none of the log."""
    client.force_login(writer if who == "writer" else centre_staff)
    response = client.get(REPORTS[report], follow=True)
    html = response.content.decode()
    assert response.redirect_chain == [("/admin/", 302)]
    assert "Beklager, du har ikke tilgang på dette området." in html
    assert "kols" not in html and "astma" not in html
    for params in ({"export": "csv"}, {"export": "xlsx"}):
        export = client.get(REPORTS[report], params)
        assert export.status_code == 302 and export["Location"] == "/admin/"
        assert b"kols" not in export.content


def test_a_visitor_who_is_not_logged_in_is_sent_to_the_login(client, log):
    response = client.get(ZERO)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_reports_menu_shows_the_search_reports_to_editors_only(client, editor, writer):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    for url in REPORTS.values():
        assert url in html
    client.force_login(writer)
    html = client.get("/admin/").content.decode()
    for url in REPORTS.values():
        assert url not in html


def test_wagtails_own_search_terms_report_is_not_in_the_menu(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert MOST in html
    assert "/admin/searchpicks/reports/search-terms/" not in html


def test_a_superuser_sees_the_reports(admin_client, log):
    assert ["kols", "Bokmål", "4"] in [row[:3] for row in _table(admin_client.get(ZERO))]


# From a query that found nothing, in one step


def _action(client, query, label):
    """The href of the zero-result report's action `label` on the row of `query`."""
    soup = BeautifulSoup(client.get(ZERO, {"day_from": _day(60).isoformat()}).content, "html.parser")
    row = next(tr for tr in soup.find_all("tr") if tr.find("td") and tr.find("td").get_text(strip=True) == query)
    return next(a["href"] for a in row.find_all("a") if a.get_text(" ", strip=True).startswith(label))


def _form(response, field):
    """The form around the field named `field`."""
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find(attrs={"name": field}).find_parent("form")


def test_add_synonym_opens_a_form_that_holds_the_query_and_its_language(client, editor, log):
    client.force_login(editor)
    href = _action(client, "heimeteneste", "Legg til synonym")

    form = _form(client.get(href), "terms")

    assert form.find("textarea", attrs={"name": "terms"}).get_text().lstrip("\n") == "heimeteneste, "
    assert form.find("select", attrs={"name": "language"}).find("option", selected=True)["value"] == "nn"

    response = client.post(
        form["action"], {"language": "nn", "terms": "heimeteneste, heimetenesta, heimesjukepleie", "note": ""}
    )
    assert response.status_code == 302
    assert Synonym.objects.filter(language="nn", terms="heimeteneste, heimetenesta, heimesjukepleie").exists()


def test_add_recommended_result_opens_a_form_that_holds_the_query_and_saves_the_promotion(client, editor, home, log):
    page = ArticlePageFactory(title="Kols: leve med lungesykdom")
    client.force_login(editor)
    href = _action(client, "kols", "Legg til anbefalt treff")

    form = _form(client.get(href), "query_string")

    assert form.find("input", attrs={"name": "query_string"})["value"] == "kols"
    response = client.post(
        form["action"],
        {
            "query_string": "kols",
            "editors_picks-TOTAL_FORMS": 1,
            "editors_picks-INITIAL_FORMS": 0,
            "editors_picks-MAX_NUM_FORMS": 1000,
            "editors_picks-0-DELETE": "",
            "editors_picks-0-ORDER": 0,
            "editors_picks-0-page": page.pk,
            "editors_picks-0-description": "Alt om kols",
        },
    )
    assert response.status_code == 302
    assert list(Query.get("kols").editors_picks.values_list("page_id", "description")) == [(page.pk, "Alt om kols")]


def test_the_prefilled_forms_refuse_a_writer(client, writer, log):
    client.force_login(writer)
    synonym = client.get("/admin/snippets/search/synonym/add/", {"terms": "kols, ", "language": "nb"})
    promotion = client.get("/admin/searchpicks/ny/", {"query_string": "kols"})
    for response in (synonym, promotion):
        assert response.status_code in (302, 403)
        assert "kols" not in response.content.decode()
