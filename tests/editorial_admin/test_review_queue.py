"""The editor's dashboard queue "Til godkjenning (n)" and the comparison with the live page."""

import re

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import RequestFactory

from editorial.panels import ReviewQueuePanel
from tests.factories import ArticlePageFactory

from .conftest import edit_url, submit

pytestmark = pytest.mark.django_db


def _dashboard(client, user):
    client.force_login(user)
    return client.get("/admin/").content.decode()


def test_the_queue_lists_the_oldest_submission_first(client, writer, editor, workflow):
    with time_machine.travel("2026-03-01 09:00 +01:00", tick=False):
        older = submit(client, writer, ArticlePageFactory(title="Eldre innsending"), intro="Ny tekst A")
    with time_machine.travel("2026-03-05 09:00 +01:00", tick=False):
        submit(client, writer, ArticlePageFactory(title="Nyere innsending"), intro="Ny tekst B")

    html = _dashboard(client, editor)
    assert "Til godkjenning (2)" in html
    assert html.index("Eldre innsending") < html.index("Nyere innsending")
    assert "Siri Nordmann" in html
    assert edit_url(older) in html
    # One queue: Wagtail's own "awaiting your review" panel is gone.
    assert 'id="awaiting-review"' not in html


def test_a_writer_has_no_queue(client, writer, submitted_article):
    assert "Til godkjenning" not in _dashboard(client, writer)


def _compare_links(html):
    return re.findall(r'href="([^"]*/revisions/compare/[^"]*)">Sammenlign med publisert versjon', html)


def test_the_editor_compares_the_submission_with_the_live_page(client, editor, submitted_article):
    from_dashboard = _compare_links(_dashboard(client, editor))
    from_edit_page = _compare_links(client.get(edit_url(submitted_article)).content.decode())

    assert from_dashboard and from_dashboard == from_edit_page
    assert "/live..." in from_dashboard[0]
    response = client.get(from_dashboard[0])
    assert response.status_code == 200
    html = response.content.decode()
    assert '<span class="deletion">publiserte</span><span class="addition">nye</span>' in html
    assert '<span class="addition"> til vurdering.</span>' in html


def test_a_page_never_published_is_said_to_be_new(client, writer, editor, workflow):
    draft = ArticlePageFactory(title="Helt ny artikkel", live=False)
    submit(client, writer, draft, intro="Første versjon.")

    html = _dashboard(client, editor)
    assert "Ny side, ikke publisert før." in html
    link = re.search(r'href="([^"]*/revisions/compare/earliest\.\.\.[^"]*)"', html).group(1)
    assert client.get(link).status_code == 200


def _render_queue(editor_pk):
    request = RequestFactory().get("/admin/")
    request.user = get_user_model().objects.get(pk=editor_pk)
    return ReviewQueuePanel().render_html({"request": request})


def _count_queries(function):
    queries = []

    def record(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        result = function()
    return len(queries), result


def test_the_queue_costs_the_same_queries_for_3_and_10_pages(
    client, writer, editor, workflow, django_assert_num_queries
):
    for n in range(3):
        submit(client, writer, ArticlePageFactory(), intro=f"Ny tekst {n}")
    _render_queue(editor.pk)  # warm the per-process caches (content types)
    three, html = _count_queries(lambda: _render_queue(editor.pk))
    assert "Til godkjenning (3)" in html

    for n in range(7):
        submit(client, writer, ArticlePageFactory(), intro=f"Mer tekst {n}")
    with django_assert_num_queries(three):
        html = _render_queue(editor.pk)
    assert "Til godkjenning (10)" in html
