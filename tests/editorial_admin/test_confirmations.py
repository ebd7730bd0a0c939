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
