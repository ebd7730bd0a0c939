"""The writer sees the editor's request for changes where they work; a request without a comment is
refused on every way it can be posted."""

import pytest
from wagtail.models import TaskState, WorkflowState

from .conftest import edit_url, submit, workflow_action

pytestmark = pytest.mark.django_db

COMMENT = "Kilden til tallene i andre avsnitt mangler."


def _reject(client, editor, page, comment=COMMENT):
    response = workflow_action(client, editor, page, "reject", comment=comment)
    page.refresh_from_db()
    return response


def test_the_writer_sees_the_comment_credited_to_the_editor_on_the_edit_page(client, writer, editor, submitted_article):
    assert _reject(client, editor, submitted_article).status_code == 302

    client.force_login(writer)
    html = client.get(edit_url(submitted_article)).content.decode()
    assert "Redaktøren ber om endringer" in html
    assert COMMENT in html
    assert "Fra Rune Nordmann" in html
    # At the top: before the form's fields.
    assert html.index(COMMENT) < html.index('name="title"')


def test_the_writer_sees_the_pages_needing_changes_on_the_dashboard(client, writer, editor, submitted_article):
    _reject(client, editor, submitted_article)

    client.force_login(writer)
    html = client.get("/admin/").content.decode()
    assert "Sider som trenger endringer" in html
    assert submitted_article.title in html
    assert COMMENT in html
    assert "Rune Nordmann" in html


def test_the_comment_disappears_once_the_page_is_resubmitted(client, writer, editor, submitted_article):
    _reject(client, editor, submitted_article)
    submit(client, writer, submitted_article, intro="Ingressen med kilde.")

    client.force_login(writer)
    assert COMMENT not in client.get(edit_url(submitted_article)).content.decode()
    assert "Sider som trenger endringer" not in client.get("/admin/").content.decode()
    assert submitted_article.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_no_comment_while_the_page_is_simply_in_review(client, writer, submitted_article):
    client.force_login(writer)
    assert "Redaktøren ber om endringer" not in client.get(edit_url(submitted_article)).content.decode()


@pytest.mark.parametrize("comment", [None, "", "   "])
def test_requesting_changes_without_a_comment_from_the_editor_is_refused(client, editor, submitted_article, comment):
    response = _reject(client, editor, submitted_article, comment=comment)

    assert response.status_code == 200
    assert "Skriv hva som må endres før du ber om endringer." in response.content.decode()
    state = submitted_article.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.status == TaskState.STATUS_IN_PROGRESS


def _action_url(name, page):
    task_state = page.current_workflow_task_state
    return f"/admin/pages/workflow/{name}/{page.pk}/reject/{task_state.pk}/"


def test_requesting_changes_without_a_comment_on_the_action_url_is_refused(client, editor, submitted_article):
    client.force_login(editor)
    response = client.post(_action_url("action", submitted_article), {"comment": ""}, follow=True)

    assert "Skriv hva som må endres før du ber om endringer." in response.content.decode()
    assert submitted_article.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    client.post(_action_url("action", submitted_article), {"comment": COMMENT})
    assert submitted_article.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_the_modal_asks_for_the_comment_before_requesting_changes(client, editor, submitted_article):
    client.force_login(editor)
    url = _action_url("collect_action_data", submitted_article)
    modal = client.get(url, headers={"x-requested-with": "XMLHttpRequest"}).json()
    assert "Be om endringer" in modal["html"]

    refused = client.post(url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"}).json()
    assert refused["step"] == "action"
    assert "Skriv hva som må endres før du ber om endringer." in refused["html"]

    accepted = client.post(url, {"comment": COMMENT}, headers={"x-requested-with": "XMLHttpRequest"}).json()
    assert accepted == {"step": "success", "cleaned_data": {"comment": COMMENT}}
