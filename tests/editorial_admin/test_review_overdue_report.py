"""The report "Faglig vurdering forfalt": who sees it, what it lists, in what order, and its export."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import ArticlePageFactory, ToolkitResourcePageFactory

pytestmark = pytest.mark.django_db

URL = "/admin/reports/faglig-vurdering/"


def _ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def pages(workflow):
    return {
        "old": ArticlePageFactory(title="Vurdert for lenge siden", last_reviewed_at=_ago(400)),
        "never": ToolkitResourcePageFactory(title="Aldri vurdert verktøy", last_reviewed_at=None),
        "older": ToolkitResourcePageFactory(title="Vurdert for svært lenge siden", last_reviewed_at=_ago(800)),
        "fresh": ArticlePageFactory(title="Nylig vurdert", last_reviewed_at=_ago(30)),
    }


def test_the_editor_sees_overdue_pages_oldest_first(client, editor, pages):
    client.force_login(editor)
    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Faglig vurdering forfalt" in html
    assert "Nylig vurdert" not in html
    positions = [html.index(pages[key].title) for key in ("never", "older", "old")]
    assert positions == sorted(positions)


def test_the_age_is_a_setting(client, editor, pages, settings):
    settings.EDITORIAL_REVIEW_MAX_AGE_DAYS = 14
    client.force_login(editor)
    assert "Nylig vurdert" in client.get(URL).content.decode()


def test_the_report_exports_a_spreadsheet(client, editor, pages):
    client.force_login(editor)
    response = client.get(URL, {"export": "csv"})

    assert response.status_code == 200
    body = response.getvalue().decode("utf-8")
    assert "Sist faglig vurdert" in body
    assert "Vurdert for lenge siden" in body and str(_ago(400)) in body
    assert "Nylig vurdert" not in body


def test_the_reports_menu_offers_it_to_writers(client, writer, pages):
    client.force_login(writer)
    assert client.get(URL).status_code == 200
    assert URL in client.get("/admin/").content.decode()


def test_centre_staff_are_refused(client, centre_staff, pages):
    client.force_login(centre_staff)
    response = client.get(URL, follow=True)
    html = response.content.decode()
    assert response.redirect_chain == [("/admin/", 302)]
    assert "Vurdert for lenge siden" not in html
    assert URL not in html  # nor in their reports menu
    export = client.get(URL, {"export": "csv"})
    assert export.status_code == 302
    assert b"Vurdert for lenge siden" not in export.content


def test_anonymous_visitors_are_sent_to_log_in(client, pages):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
