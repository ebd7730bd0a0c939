"""The editor's action menu while a page waits for their review: few actions, plainly named, and
they work."""

import pytest
from wagtail.models import WorkflowState

from editorial import roles
from tests.factories import ArticleIndexPageFactory, ArticlePageFactory

from .conftest import edit_url, make_workflow, submit, workflow_action

pytestmark = pytest.mark.django_db


def _menu(client, user, page):
    client.force_login(user)
    return client.get(edit_url(page)).content.decode()


def test_the_editor_gets_three_plainly_named_actions(client, editor, submitted_article):
    html = _menu(client, editor, submitted_article)

    assert "Godkjenn og publiser" in html
    assert "Be om endringer" in html
    assert "Lagre utkast" in html
    assert 'name="action-publish"' not in html
    assert "Godkjenn med kommentar" not in html
    assert 'data-workflow-action-name="approve"' in html
    assert html.count("data-workflow-action-name=") == 2  # approve, reject: nothing else


def test_approving_publishes_the_page_with_the_optional_comment(client, editor, submitted_article):
    response = workflow_action(client, editor, submitted_article, "approve", comment="")

    assert response.status_code == 302
    submitted_article.refresh_from_db()
    assert submitted_article.live
    assert submitted_article.intro == "Den nye ingressen til vurdering."
    assert submitted_article.workflow_states.get().status == WorkflowState.STATUS_APPROVED


def test_an_earlier_step_of_a_longer_workflow_passes_the_page_on(client, writer, editor, groups):
    index = ArticleIndexPageFactory()
    make_workflow("Faglig og redaksjonell godkjenning", index, [[groups[roles.EDITORS]], [groups[roles.EDITORS]]])
    article = submit(client, writer, ArticlePageFactory(parent=index), intro="Til faglig vurdering.")

    html = _menu(client, editor, article)
    assert "Godkjenn og send videre" in html
    assert "Godkjenn og publiser" not in html

    workflow_action(client, editor, article, "approve")
    html = _menu(client, editor, article)
    assert "Godkjenn og publiser" in html
    article.refresh_from_db()
    assert article.intro == "En kort ingress om siden."  # the first step does not publish


def test_the_writer_submits_and_cannot_publish(client, writer, live_article):
    client.force_login(writer)
    html = client.get(edit_url(live_article)).content.decode()

    assert "Send til godkjenning" in html
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html
    assert "Lagre utkast" in html


def test_the_writer_cannot_approve_their_page_by_posting_the_action(client, writer, submitted_article):
    workflow_action(client, writer, submitted_article, "approve")

    submitted_article.refresh_from_db()
    assert submitted_article.intro == "Den publiserte ingressen."
    assert submitted_article.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_outside_a_review_the_editor_keeps_publish(client, editor, live_article):
    client.force_login(editor)
    html = client.get(edit_url(live_article)).content.decode()
    assert 'name="action-publish"' in html
    assert "Be om endringer" not in html
