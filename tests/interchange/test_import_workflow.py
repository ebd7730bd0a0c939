"""Who the page history says did an import, and `import_content --submit`: review instead of publish."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.models import PageLogEntry, Revision, Workflow, WorkflowState

from articles.models import ArticlePage
from tests.interchange.helpers import (
    act,
    approve_through,
    article_line,
    counts,
    ensure_workflow,
    fresh,
    publishes,
    run_command,
)

pytestmark = pytest.mark.django_db
User = get_user_model()


def submit(path):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_content", str(path), "--submit", stdout=out, stderr=err)
    return out.getvalue()


@pytest.fixture
def workflow(home):
    return ensure_workflow(home)


# The page history's actor.


def test_the_history_names_the_import_and_its_file(home, full_file, admin_client):
    run_command("import_content", full_file)

    importer = User.objects.get(username="innholdsimport")
    assert importer.get_full_name() == "Innholdsimport"
    assert not importer.is_active and not importer.has_usable_password()
    article = ArticlePage.objects.get(slug="om-mestring", locale__language_code="nb")
    entries = PageLogEntry.objects.filter(page=article)
    assert set(entries.values_list("action", flat=True)) == {
        "wagtail.create",
        "wagtail.edit",
        "wagtail.publish",
        "mestring.import",
    }
    assert {entry.user for entry in entries} == {importer}
    assert entries.get(action="mestring.import").data == {"file": "content.jsonl"}
    assert {revision.user for revision in Revision.objects.filter(object_id=str(article.pk))} == {importer}
    assert article.owner == importer

    history = admin_client.get(reverse("wagtailadmin_pages:history", args=[article.pk])).content.decode()
    assert "Innholdsimport" in history
    assert "Importert fra content.jsonl" in history


def test_no_log_entry_of_an_import_is_anonymous(home, full_file, write_jsonl):
    run_command("import_content", full_file)
    run_command("import_content", write_jsonl([article_line(title="Om mestring, oppdatert")], name="endring.jsonl"))

    importer = User.objects.get(username="innholdsimport")
    imported = PageLogEntry.objects.filter(page__in=ArticlePage.objects.all())
    assert imported.exists() and not imported.exclude(user=importer).exists()
    article = ArticlePage.objects.get(slug="om-mestring", locale__language_code="nb")
    assert article.title == "Om mestring, oppdatert"
    files = [e.data["file"] for e in PageLogEntry.objects.filter(page=article, action="mestring.import")]
    assert files == ["endring.jsonl", "content.jsonl"]  # newest first


def test_every_imported_page_shows_the_import_in_its_history(home, full_file, admin_client):
    run_command("import_content", full_file)

    for page in ArticlePage.objects.all():
        history = admin_client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
        assert "Innholdsimport" in history and "Importert fra content.jsonl" in history, page.slug


def test_nobody_can_log_in_as_the_import(home, full_file, client):
    run_command("import_content", full_file)

    response = client.post(reverse("wagtailadmin_login"), {"username": "innholdsimport", "password": ""})

    assert response.status_code == 200  # the form again, with its error
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


# --submit


def test_submit_leaves_pages_unpublished_and_waiting_for_review(home, workflow, write_jsonl, client):
    path = write_jsonl([article_line(), article_line(slug="utkast", title="Utkast", status="draft")])

    out = submit(path)

    assert "1 sendt til godkjenning" in out
    article = ArticlePage.objects.get(slug="om-mestring")
    assert not article.live
    assert client.get(article.url).status_code == 404
    assert article.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert article.current_workflow_state.requested_by.username == "innholdsimport"
    assert not publishes(article).exists()
    # A draft line stays a draft: it was not ready for review.
    assert ArticlePage.objects.get(slug="utkast").current_workflow_state is None


def test_a_page_already_in_review_is_not_submitted_twice(home, workflow, write_jsonl):
    submit(write_jsonl([article_line()]))

    out = submit(write_jsonl([article_line(intro="Ny ingress")], name="rettelse.jsonl"))

    article = ArticlePage.objects.get(slug="om-mestring")
    assert WorkflowState.objects.filter(object_id=str(article.pk)).count() == 1
    assert "sendt til godkjenning" not in out
    # The reviewers see the corrected text: approval publishes the latest revision.
    assert article.get_latest_revision_as_object().intro == "Ny ingress"


def test_reviewers_approve_an_imported_page_and_it_goes_live_once(home, workflow, write_jsonl, client):
    submit(write_jsonl([article_line()]))
    article = ArticlePage.objects.get(slug="om-mestring")

    approve_through(client, article)

    article = fresh(article)
    assert article.live and not article.has_unpublished_changes
    assert fresh(article).current_workflow_state is None
    assert publishes(article).count() == 1
    client.logout()
    assert "Om mestring" in client.get(article.url).content.decode()


def test_a_rejected_import_stays_unpublished_and_a_new_import_resubmits_it(home, workflow, write_jsonl, client):
    submit(write_jsonl([article_line()]))
    article = ArticlePage.objects.get(slug="om-mestring")

    assert act(client, article, "reject", comment="Ingressen mangler").status_code == 302

    article = fresh(article)
    assert not article.live and not publishes(article).exists()
    assert article.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    client.logout()
    assert client.get(article.url).status_code == 404

    out = submit(write_jsonl([article_line(intro="Nå med ingress")], name="rettet.jsonl"))

    assert "1 sendt til godkjenning" in out
    state = fresh(article).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert WorkflowState.objects.filter(object_id=str(article.pk)).count() == 1
    approve_through(client, article)
    assert fresh(article).live and publishes(article).count() == 1


def test_submit_without_a_workflow_says_so_and_writes_nothing(home, write_jsonl):
    Workflow.objects.update(active=False)
    before = counts()
    err = io.StringIO()

    # The page is written before its missing workflow shows, so this also rolls back a written line.
    with pytest.raises(CommandError, match="Ingenting ble importert"):
        call_command("import_content", str(write_jsonl([article_line()])), "--submit", stderr=err)

    assert "linje 1: ingen arbeidsflyt gjelder for denne siden" in err.getvalue()
    assert counts() == before
    assert not WorkflowState.objects.exists()
    assert not User.objects.filter(username="innholdsimport").exists()
    assert not PageLogEntry.objects.filter(action="mestring.import").exists()
