"""After a review action the editor is told what it did: sent back to whom, or published."""

import pytest
from django.contrib.messages import get_messages

from .conftest import workflow_action

pytestmark = pytest.mark.django_db


def _said(response):
    """The last message the admin showed (the submit before it left its own)."""
    return [str(message).strip() for message in get_messages(response.wsgi_request)][-1:]


def test_asking_for_changes_says_it_went_back_to_the_writer(client, editor, submitted_article):
    response = workflow_action(client, editor, submitted_article, "reject", comment="Legg til en kilde.")
    assert response.status_code == 302
    assert _said(response) == ["«Mestring i hverdagen» er sendt tilbake til Siri Nordmann med kommentaren din."]


def test_approving_says_it_was_published(client, editor, submitted_article):
    response = workflow_action(client, editor, submitted_article, "approve", comment="")
    assert response.status_code == 302
    assert _said(response) == ["«Mestring i hverdagen» er godkjent og publisert."]
    submitted_article.refresh_from_db()
    assert submitted_article.live


@pytest.mark.parametrize(
    "action, label", [("reject", "Hva må endres?"), ("approve", "Kommentar til forfatteren (valgfri)")]
)
def test_the_review_dialog_asks_for_the_comment_in_norwegian(client, editor, submitted_article, action, label):
    client.force_login(editor)
    task_state = submitted_article.current_workflow_task_state
    response = client.get(f"/admin/pages/workflow/collect_action_data/{submitted_article.pk}/{action}/{task_state.pk}/")
    assert response.status_code == 200
    html = response.json()["html"]
    assert label in html
    assert ">Comment<" not in html
