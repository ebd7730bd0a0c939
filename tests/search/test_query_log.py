"""The query log: searches and followed results counted per day, language and query, nothing about
the visitor, no query that looks like personal data; the click endpoint that counts a followed
result and sends the visitor to it, and never anywhere else; the retention command."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.db.models import QuerySet
from django.forms.models import model_to_dict
from django.utils import timezone

from search import corpus, querylog
from search.models import LoggedQuery, SearchEntry
from tests.factories import ArticlePageFactory
from tests.search.helpers import lands_on, result_links

pytestmark = pytest.mark.django_db

FOLLOW = "/sok/til/"
EVIL = "https://evil.example/phish"
DAY = datetime.datetime(2026, 3, 10, 12, tzinfo=datetime.UTC)


def _rows():
    return {
        (row.day.isoformat(), row.language, row.query): (row.searches, row.results, row.clicks)
        for row in LoggedQuery.objects.all()
    }


# Recording


def test_searches_add_up_per_query_language_and_day():
    with time_machine.travel(DAY, tick=False):
        querylog.record_search("Astma", "nb", 4)
        querylog.record_search("  ASTMA ", "nb", 4)
        querylog.record_search("astma", "nb", 3)
        querylog.record_search("astma", "nn", 1)
        querylog.record_search("Pårørende  kurs", "nb", 7)
    with time_machine.travel(DAY + datetime.timedelta(days=1), tick=False):
        querylog.record_search("astma", "nb", 5)
        querylog.record_click("astma", "nb")

    assert _rows() == {
        # Three searches; the row keeps what the last one found.
        ("2026-03-10", "nb", "astma"): (3, 3, 0),
        ("2026-03-10", "nn", "astma"): (1, 1, 0),
        ("2026-03-10", "nb", "pårørende kurs"): (1, 7, 0),
        ("2026-03-11", "nb", "astma"): (1, 5, 1),
    }


def test_logging_costs_one_query_once_the_days_row_exists(django_assert_num_queries, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        querylog.record_search("astma", "nb", 3)
    with django_assert_num_queries(1):
        querylog.record_search("Astma", "nb", 3)
    with django_assert_num_queries(1):
        querylog.record_click("astma", "nb")


def test_a_click_without_a_search_that_day_makes_the_row():
    with time_machine.travel(DAY, tick=False):
        querylog.record_click("Frisklivssentral", "nb")
        querylog.record_click("frisklivssentral", "nb")
    assert _rows() == {("2026-03-10", "nb", "frisklivssentral"): (0, 0, 2)}


def test_the_logged_query_is_normalised_but_keeps_norwegian_letters():
    assert querylog.normalise("  Læring\tOG   Mestring ") == "læring og mestring"
    assert querylog.normalise("Å" * 250) == "å" * 200


@pytest.mark.parametrize(
    "query",
    [
        "ola.nordmann@example.no",
        "kurs for kari@sykehuset.no",
        "01019012345",
        "fødselsnummer 010190 12345",
        "ring 22 33 44 55",
        "+47 99887766",
        "   ",
        "",
    ],
)
def test_a_query_that_looks_like_personal_data_or_is_blank_is_not_logged(query):
    querylog.record_search(query, "nb", 0)
    querylog.record_click(query, "nb")
    assert LoggedQuery.objects.count() == 0


def test_short_numbers_and_at_signs_alone_are_logged():
    for query in ["kurs 2026", "diabetes type 2", "@lms"]:
        querylog.record_search(query, "nb", 1)
    assert sorted(LoggedQuery.objects.values_list("query", flat=True)) == ["@lms", "diabetes type 2", "kurs 2026"]


def test_a_row_made_by_another_request_in_between_is_counted_on(monkeypatch):
    """Two requests log the same new query at once: this one finds no row to update, the other makes
    it before this one's insert; the insert fails on the unique constraint and this search is
    counted on the other's row instead of being lost or failing the search."""
    update = QuerySet.update
    raced = []

    def update_then_the_other_request_inserts(self, **changes):
        updated = update(self, **changes)
        if self.model is LoggedQuery and not raced:
            raced.append(True)
            LoggedQuery.objects.create(day=timezone.localdate(), language="nb", query="samtidig søk", searches=1)
        return updated

    monkeypatch.setattr(QuerySet, "update", update_then_the_other_request_inserts)
    querylog.record_search("Samtidig søk", "nb", 2)

    assert raced
    assert list(LoggedQuery.objects.values_list("query", "searches", "results")) == [("samtidig søk", 2, 2)]


# The click endpoint


@pytest.fixture
def article(home):
    page = ArticlePageFactory(title="Astmaskolen for voksne", slug="astmaskolen")
    corpus.rebuild()
    return page


@pytest.fixture
def entry(article):
    return SearchEntry.objects.get(page=article, language="nb")


def test_following_a_result_counts_a_click_and_sends_the_visitor_to_it(client, entry):
    querylog.record_search("Astma", "nb", 1)

    response = client.get(FOLLOW, {"q": "Astma", "key": entry.key})

    assert response.status_code == 302
    assert response["Location"] == entry.url
    assert entry.url.endswith("/astmaskolen/")
    assert response["Cache-Control"] == "no-store"
    assert response["X-Robots-Tag"] == "noindex"
    today = timezone.localdate().isoformat()
    assert _rows() == {(today, "nb", "astma"): (1, 1, 1)}


def test_the_search_page_counts_a_search_once_and_its_result_links_count_the_click(client, entry):
    first = client.get("/sok/", {"q": "Astmaskolen"}).content.decode()
    client.get("/sok/", {"q": "astmaskolen"})
    # A page past the end shows the last page: the same search again, not a new one.
    client.get("/sok/", {"q": "astmaskolen", "side": 2})
    today = timezone.localdate().isoformat()
    assert _rows() == {(today, "nb", "astmaskolen"): (2, 1, 0)}

    [(title, href)] = result_links(first)
    assert title == "Astmaskolen for voksne"
    assert lands_on(client, href) == entry.url
    assert _rows() == {(today, "nb", "astmaskolen"): (2, 1, 1)}


def test_nothing_about_the_visitor_is_stored_and_no_cookie_is_set(client, entry):
    visitor = {"REMOTE_ADDR": "203.0.113.77", "HTTP_USER_AGENT": "Sporbar/1.0", "HTTP_X_FORWARDED_FOR": "198.51.100.9"}
    search = client.get("/sok/", {"q": "astma"}, **visitor)
    follow = client.get(FOLLOW, {"q": "astma", "key": entry.key}, **visitor)

    assert search.status_code == 200 and follow.status_code == 302
    assert search.cookies == {} and follow.cookies == {}
    row = LoggedQuery.objects.get()
    stored = model_to_dict(row)
    assert set(stored) == {"id", "day", "language", "query", "searches", "results", "clicks"}
    assert not any(
        secret in str(value) for value in stored.values() for secret in ("203.0.113", "198.51.100", "Sporbar")
    )


def test_an_unknown_key_is_the_sites_not_found_page(client, entry):
    response = client.get(FOLLOW, {"q": "astma", "key": "page:999999"})
    assert response.status_code == 404
    assert "Fant ikke siden" in response.content.decode()
    assert LoggedQuery.objects.count() == 0


@pytest.mark.parametrize(
    "params",
    [
        {"q": "astma", "key": EVIL},
        {"q": EVIL, "key": EVIL},
        {"q": "astma", "key": "//evil.example"},
        {"q": "astma", "key": "", "next": EVIL, "url": EVIL},
        {"q": "astma", "next": EVIL},
    ],
    ids=["key", "query and key", "scheme-relative key", "blank key with next and url", "no key"],
)
def test_a_url_in_the_query_string_is_never_followed(client, entry, params):
    response = client.get(FOLLOW, params)
    assert response.status_code == 404
    assert "evil.example" not in response.get("Location", "")


def test_with_a_real_key_other_parameters_do_not_change_where_it_goes(client, entry):
    response = client.get(FOLLOW, {"q": "astma", "key": entry.key, "next": EVIL, "url": EVIL, "redirect": EVIL})
    assert response.status_code == 302
    assert response["Location"] == entry.url


def test_a_head_request_counts_nothing(client, entry):
    response = client.head(FOLLOW, {"q": "astma", "key": entry.key})
    assert response.status_code == 302
    assert LoggedQuery.objects.count() == 0


def test_only_get_and_head_are_answered(client, entry):
    assert client.post(f"{FOLLOW}?q=astma&key={entry.key}").status_code == 405
    assert LoggedQuery.objects.count() == 0


def test_an_entry_of_another_languages_search_is_not_found(client, entry):
    assert client.get(f"/nn{FOLLOW}", {"q": "astma", "key": entry.key}).status_code == 404
    assert client.get(f"/en{FOLLOW}", {"q": "astma", "key": entry.key}).status_code == 404
    assert LoggedQuery.objects.count() == 0


def test_the_nynorsk_search_follows_its_own_entries_and_counts_in_nynorsk(client, article):
    stand_in = SearchEntry.objects.get(page=article, language="nn")
    response = client.get(f"/nn{FOLLOW}", {"q": "Astma", "key": stand_in.key})
    assert response.status_code == 302
    assert response["Location"] == stand_in.url
    assert list(LoggedQuery.objects.values_list("language", "query", "clicks")) == [("nn", "astma", 1)]


# Retention


def _logged(days_ago):
    return LoggedQuery.objects.create(
        day=timezone.localdate() - datetime.timedelta(days=days_ago),
        language="nb",
        query=f"søk {days_ago} dager siden",
        searches=1,
    )


def _prune(*args):
    out = io.StringIO()
    call_command("prune_search_log", *args, stdout=out)
    return out.getvalue()


def test_pruning_deletes_the_days_older_than_the_setting(settings):
    settings.SEARCH_LOG_MAX_AGE_DAYS = 180
    for days_ago in (400, 181, 180, 10, 0):
        _logged(days_ago)

    output = _prune()

    assert "Deleted 2 query log rows" in output
    kept = sorted((timezone.localdate() - row.day).days for row in LoggedQuery.objects.all())
    assert kept == [0, 10, 180]


def test_pruning_with_days_given_and_running_again(settings):
    settings.SEARCH_LOG_MAX_AGE_DAYS = 180
    for days_ago in (181, 31, 30, 2):
        _logged(days_ago)

    assert "Deleted 2 query log rows" in _prune("--days", "30")
    assert "Deleted 0 query log rows" in _prune("--days", "30")
    assert sorted((timezone.localdate() - row.day).days for row in LoggedQuery.objects.all()) == [2, 30]
